/**
 * Pages the benchmark generates at run time, beside the corpus pages: two pages that are not articles (a
 * section front and a search-results page, which automatic mode must leave alone after the cheap check)
 * and a 5 MB article (memory and time must stay bounded). Built from the bundled sample's text; written to
 * a temporary directory, never committed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes the generated pages and returns them as benchmark pages ({ name, path }). */
export function generatedPages(root: string): { name: string; path: string }[] {
  const seed = readFileSync(join(root, 'sample', 'moscow-times-putin-maduro.txt'), 'utf8');
  const paras = seed.split(/\n+/).map((p) => p.trim()).filter(Boolean).map(esc);
  const sentences = paras.flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 30);
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-bench-pages-'));
  const page = (title: string, body: string, ogType = 'website') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta property="og:type" content="${ogType}"><title>${title}</title></head><body>${body}</body></html>`;
  const nav = `<header><nav><ul>${['World', 'Politics', 'Business', 'Opinion', 'Sport', 'Culture'].map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></nav></header>`;
  const footer = `<footer><p><a href="#">About</a> · <a href="#">Contact</a> · <a href="#">Terms</a></p></footer>`;

  // A section front: 60 teasers (headline + one-line standfirst), no article body.
  const teasers = Array.from({ length: 60 }, (_, i) => {
    const s = sentences[i % sentences.length];
    return `<div class="teaser"><h3><a href="#a${i}">${s.slice(0, 70)}</a></h3><span class="standfirst">${s.slice(0, 110)}</span></div>`;
  }).join('\n');
  const front = page('World news', `${nav}<main><h1>World</h1><section class="grid">${teasers}</section></main>${footer}`);

  // A search-results page: a form and 25 short results.
  const results = Array.from({ length: 25 }, (_, i) => {
    const s = sentences[(i * 7) % sentences.length];
    return `<li><a href="#r${i}">${s.slice(0, 60)}</a><div class="snippet">${s.slice(0, 140)}…</div></li>`;
  }).join('\n');
  const search = page('Search: Venezuela', `${nav}<main><form role="search"><input name="q" value="Venezuela"><button>Search</button></form><ol class="results">${results}</ol></main>${footer}`);

  // A 5 MB article: the sample's paragraphs repeated.
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < 5 * 1024 * 1024; i++) {
    const p = `<p>${paras[i % paras.length]}</p>\n`;
    parts.push(p);
    size += p.length;
  }
  const big = page('A 5 MB article', `<article><h1>A 5 MB article</h1>${parts.join('')}</article>`, 'article');

  const out: { name: string; path: string }[] = [];
  for (const [name, html] of [['gen-section-front', front], ['gen-search-results', search], ['gen-big-5mb', big]] as const) {
    const path = join(dir, `${name}.html`);
    writeFileSync(path, html);
    out.push({ name, path });
  }
  return out;
}
