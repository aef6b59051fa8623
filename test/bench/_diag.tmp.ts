import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/dom/extract';
import { findArticleRegion } from '../../lib/dom/article-region';
import { buildTextIndex, stripWhitespace } from '../../lib/dom/text-index';
const dir = '../shared/corpus/readability-pages';
let fails = 0, pagesFail = 0, foundWhole = 0, total = 0;
for (const name of readdirSync(dir)) {
  const f = `${dir}/${name}/source.html`;
  if (!existsSync(f)) continue;
  const html = readFileSync(f, 'utf8');
  const { document } = parseHTML(html);
  const ex = extractArticle(document as unknown as Document, { force: true });
  if (!ex.ok) continue;
  const { text, blocks } = ex.extraction;
  const { document: live } = parseHTML(html);
  const region = findArticleRegion(live as unknown as Document, text, blocks);
  if (!region) { console.log(name.padEnd(40), 'no region'); continue; }
  total++;
  const rflat = buildTextIndex(region).flat;
  const wflat = buildTextIndex((live as unknown as Document).body).flat;
  const missing = blocks.map((b) => stripWhitespace(text.slice(b.start, b.end))).filter((q) => q.length >= 24 && !rflat.includes(q));
  if (missing.length) {
    pagesFail++;
    const inWhole = missing.filter((q) => wflat.includes(q));
    fails += missing.length; foundWhole += inWhole.length;
    console.log(name.padEnd(40), `region ${rflat.length}/${wflat.length}`, 'missing', missing.length, 'in whole', inWhole.length, '|', missing.slice(0, 2).map((q) => q.slice(0, 60)).join(' || '), '| tags', blocks.filter(b=>missing.includes(stripWhitespace(text.slice(b.start,b.end)))).map(b=>b.tag).slice(0,5).join(','));
  }
}
console.log({ total, pagesFail, fails, foundWhole });
