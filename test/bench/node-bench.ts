/**
 * Node side of the benchmark: per page, Readability alone vs. Sourcemark's extra work (analysis), both
 * measured in the same run on the same parsed page, repeated; core throughput in words/s; bundle sizes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/core/analyze';
import { extractArticle } from '../../lib/dom/extract';
import { summary } from './stats';

/** Per-page timing result (milliseconds, medians over the repeats). */
export interface NodePageResult {
  page: string;
  words: number;
  readabilityMs: number;
  analysisMs: number;
  ratio: number;
  stages: Record<string, number>;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function median(xs: number[]): number {
  return summary(xs).median;
}

/** Lists `<dir>/<name>/source.html` pages (plus extra single files). */
export function listPages(dir: string): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name, 'source.html');
    if (existsSync(p)) out.push({ name, path: p });
  }
  return out;
}

/** Times Readability alone and our analysis on each page, `runs` times each, in Node with linkedom. */
export function benchNodePages(pages: { name: string; path: string }[], runs: number): NodePageResult[] {
  const results: NodePageResult[] = [];
  for (const { name, path } of pages) {
    const html = readFileSync(path, 'utf8');
    const rd: number[] = [];
    const an: number[] = [];
    const stageRuns: Record<string, number[]> = {};
    let text = '';
    for (let i = 0; i < runs; i++) {
      // Readability alone, on a fresh document (it mutates what it parses).
      const d1 = parseHTML(html).document as unknown as Document;
      let t = performance.now();
      new Readability(d1).parse();
      rd.push(performance.now() - t);
      const d2 = parseHTML(html).document as unknown as Document;
      const ex = extractArticle(d2, { force: true, noClone: true });
      if (!ex.ok) break;
      text = ex.extraction.text;
      t = performance.now();
      const a = analyze(text, ex.extraction.meta, { timings: true });
      an.push(performance.now() - t);
      for (const [k, v] of Object.entries(a.timings ?? {})) (stageRuns[k] ??= []).push(v);
    }
    if (!an.length) continue;
    const r = median(rd);
    const m = median(an);
    const stages: Record<string, number> = {};
    for (const [k, v] of Object.entries(stageRuns)) stages[k] = median(v);
    results.push({ page: name, words: words(text), readabilityMs: r, analysisMs: m, ratio: m / r, stages });
  }
  return results;
}

/**
 * Core throughput: words per second of `analyze` over the given texts, repeated until `minMs` elapsed,
 * after a warm-up pass over them all (at most `minMs`). A steady-state figure, as for the background, whose
 * core stays warm across pages: with a warm-up of five texts, V8 was still optimising the core's functions
 * during the timed window, which read 190,000–270,000 words/s on PolNeAR dev where the steady state is
 * 260,000–350,000 on this machine.
 */
export function coreThroughput(texts: string[], minMs = 2000): { wordsPerSecond: number; words: number; ms: number } {
  const total = texts.reduce((n, t) => n + words(t), 0);
  const warm = performance.now();
  for (const t of texts) {
    analyze(t);
    if (performance.now() - warm > minMs) break;
  }
  let done = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const t of texts) analyze(t);
    done += total;
    elapsed = performance.now() - t0;
  }
  return { wordsPerSecond: (done / elapsed) * 1000, words: done, ms: elapsed };
}

/** Raw and gzip sizes of the built bundles, when a build exists. */
export function bundleSizes(root: string): Record<string, { bytes: number; gzip: number }> {
  const out: Record<string, { bytes: number; gzip: number }> = {};
  const base = join(root, '.output', 'chrome-mv3');
  if (!existsSync(base)) return out;
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  // Paths inside the build: the checkout's own path may contain "popup" or "chunks" too.
  const files = walk(base).map((f) => relative(base, f).split(sep).join('/')).filter((f) => /\.(js|css|html)$/.test(f));
  // The popup is popup.html and the files it loads (scripts, modulepreloads, stylesheets), whether the
  // build inlines or shares them.
  const popupHtml = existsSync(join(base, 'popup.html')) ? readFileSync(join(base, 'popup.html'), 'utf8') : '';
  const loaded = [...popupHtml.matchAll(/\b(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const groups: Record<string, string[]> = {
    'content script': files.filter((f) => f.startsWith('content-scripts/')),
    background: files.filter((f) => f === 'background.js'),
    popup: files.filter((f) => f === 'popup.html' || loaded.includes(f)),
  };
  for (const [k, list] of Object.entries(groups)) {
    const buf = Buffer.concat(list.map((f) => readFileSync(join(base, f))));
    if (buf.length) out[k] = { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  }
  return out;
}
