/**
 * `npm run bench -- --pages DIR [--browser chromium|node|all] [--runs N] [--corpus FILE.jsonl ...] [--json]`
 *
 * A benchmark, not a test: it prints figures and asserts nothing. Absolute times are noisy on shared
 * machines, so every figure that matters is a ratio against Readability alone, measured in the same run
 * on the same page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPages } from './extra-pages';
import { benchNodePages, bundleSizes, coreThroughput, listPages, type NodePageResult } from './node-bench';
import { fmt, summary } from './stats';

interface Args {
  pages?: string;
  browser: 'node' | 'chromium' | 'all';
  runs: number;
  corpora: string[];
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { browser: 'node', runs: 5, corpora: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => argv[++i] ?? '';
    if (k === '--pages') a.pages = v();
    else if (k === '--browser') a.browser = v() as Args['browser'];
    else if (k === '--runs') a.runs = Math.max(1, Number(v()) || 5);
    else if (k === '--corpus') a.corpora.push(v());
    else if (k === '--json') a.json = true;
    else throw new Error(`unknown argument ${k}`);
  }
  if (!['node', 'chromium', 'all'].includes(a.browser)) throw new Error('--browser must be node, chromium or all');
  return a;
}

function pagesFor(args: Args): { name: string; path: string }[] {
  const root = process.cwd();
  const pages = args.pages ? listPages(args.pages) : [];
  pages.unshift({ name: 'sample', path: join(root, 'sample', 'moscow-times-putin-maduro.html') });
  return pages;
}

function printNode(results: NodePageResult[]): void {
  const r = summary(results.map((x) => x.ratio));
  const rd = summary(results.map((x) => x.readabilityMs));
  const an = summary(results.map((x) => x.analysisMs));
  console.log(`\nNode (linkedom), ${results.length} pages — ms per page, median / p95 / max`);
  console.log(`  Readability alone   ${fmt(rd.median)} ${fmt(rd.p95)} ${fmt(rd.max)}`);
  console.log(`  analysis (ours)     ${fmt(an.median)} ${fmt(an.p95)} ${fmt(an.max)}`);
  console.log(`  ratio ours/Read.    ${fmt(r.median)} ${fmt(r.p95)} ${fmt(r.max)}`);
  const worst = [...results].sort((x, y) => y.ratio - x.ratio).slice(0, 5);
  console.log(`  highest ratios: ${worst.map((w) => `${w.page} ${w.ratio.toFixed(2)}x (${w.words} words)`).join(', ')}`);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const report: Record<string, unknown> = { date: new Date().toISOString(), runs: args.runs };
  const pages = pagesFor(args);

  if (args.browser === 'node' || args.browser === 'all') {
    const results = benchNodePages(pages, args.runs);
    report.node = {
      pages: results,
      ratio: summary(results.map((x) => x.ratio)),
      readabilityMs: summary(results.map((x) => x.readabilityMs)),
      analysisMs: summary(results.map((x) => x.analysisMs)),
    };
    if (!args.json) printNode(results);
  }
  if (args.browser === 'chromium' || args.browser === 'all') {
    const { benchChromium } = await import('./chromium-bench');
    // Plus generated non-articles (the cheap check's cost) and a 5 MB article (bounded time and memory).
    report.chromium = await benchChromium([...pages, ...generatedPages(process.cwd())], args.runs, !args.json);
  }

  // Core throughput on the sample's text plus any corpus texts.
  const texts: string[] = [];
  for (const c of args.corpora) {
    for (const line of readFileSync(c, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as { text?: string };
      if (typeof rec.text === 'string') texts.push(rec.text);
    }
  }
  if (!texts.length) {
    const { extractFromHtml } = await import('../../lib/cli/load-page');
    texts.push(extractFromHtml(readFileSync(pages[0].path, 'utf8')).text);
  }
  const tp = coreThroughput(texts);
  report.throughput = tp;
  const sizes = bundleSizes(process.cwd());
  report.bundles = sizes;
  if (!args.json) {
    console.log(`\nCore throughput (analyze, Node): ${Math.round(tp.wordsPerSecond).toLocaleString('en')} words/s over ${texts.length} texts`);
    if (Object.keys(sizes).length) {
      console.log('\nBundles (.output/chrome-mv3):');
      for (const [k, v] of Object.entries(sizes)) console.log(`  ${k.padEnd(16)} ${(v.bytes / 1024).toFixed(1).padStart(7)} KB  ${(v.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
    } else if (!existsSync('.output')) console.log('\n(no build found: run `npm run build` for bundle sizes)');
  } else {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  }
  return 0;
}

main().then(
  (c) => process.exit(c),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exit(1);
  },
);
