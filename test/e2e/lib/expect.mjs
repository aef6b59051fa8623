/**
 * What the page marks should be for a given Analysis, and how to read the marks back from a page.
 * Kept independent of the extension's code on purpose: the test restates the rules it checks.
 */
import { flat } from './harness.mjs';

/** Mark kind of a statement: official voice, named person, or any other source. */
function kindOf(s) {
  if (s.official || s.source?.kind === 'official') return 'official';
  if (s.source?.kind === 'person') return 'person';
  return 'other';
}

/** Expected mark texts per kind (whitespace removed, sorted). */
export function expectedMarks(analysis) {
  const out = { official: [], person: [], other: [], appeal: [] };
  for (const s of analysis.statements) {
    if (s.inAppeal) continue;
    const spans = s.fragments?.length ? s.fragments : [s];
    for (const sp of spans) out[kindOf(s)].push(flat(analysis.text.slice(sp.start, sp.end)));
  }
  for (const a of analysis.appeals) {
    if (a.where === 'article' && a.start !== null && a.end !== null) out.appeal.push(flat(analysis.text.slice(a.start, a.end)));
  }
  for (const k of Object.keys(out)) out[k].sort();
  return out;
}

/**
 * Runs in the page (main world): the texts of every Sourcemark highlight, our host/style element count,
 * and the page text. The highlight registry belongs to the document, so the page world sees it too.
 */
export function readMarksInPage() {
  const kinds = ['official', 'person', 'other', 'appeal'];
  const marks = {};
  let total = 0;
  for (const k of kinds) {
    const h = globalThis.CSS?.highlights?.get(`sourcemark-${k}`);
    marks[k] = h ? Array.from(h, (r) => r.toString().replace(/\s+/g, '')).sort() : [];
    total += marks[k].length;
  }
  let registry = 0;
  if (globalThis.CSS?.highlights) for (const [name] of globalThis.CSS.highlights) if (name.startsWith('sourcemark-')) registry++;
  return {
    marks,
    total,
    registry,
    own: document.querySelectorAll('[data-sourcemark]').length,
    // The official marks' background as the page's styles give it (the registered stylesheet's rule), or
    // null where the browser cannot compute a highlight's style.
    officialStyle: (() => {
      try {
        const bg = getComputedStyle(document.body, '::highlight(sourcemark-official)').backgroundColor;
        return bg || null;
      } catch {
        return null;
      }
    })(),
    innerText: document.body.innerText,
    bodyChildren: document.body.childElementCount,
    highlightApi: typeof globalThis.Highlight === 'function',
  };
}

/** Compares page marks with the expectation; returns a list of differences (empty = equal). */
export function diffMarks(expected, actual) {
  const diffs = [];
  for (const k of Object.keys(expected)) {
    const e = expected[k];
    const a = actual[k] ?? [];
    if (JSON.stringify(e) === JSON.stringify(a)) continue;
    const missing = e.filter((t) => !a.includes(t));
    const extra = a.filter((t) => !e.includes(t));
    diffs.push(`${k}: expected ${e.length}, page ${a.length}` +
      (missing.length ? `; missing "${missing[0].slice(0, 60)}"` : '') + (extra.length ? `; extra "${extra[0].slice(0, 60)}"` : ''));
  }
  return diffs;
}

/** Number of article statements (not inside appeals): the badge count. */
export const statementCount = (analysis) => analysis.statements.filter((s) => !s.inAppeal).length;

/**
 * The text a step to the first statement selects: the earliest article statement (not inside an appeal),
 * from its first fragment's start to its last fragment's end, whitespace removed.
 */
export function firstStatementText(analysis) {
  const first = analysis.statements.filter((s) => !s.inAppeal).sort((a, b) => a.start - b.start)[0];
  if (!first) return '';
  const spans = first.fragments?.length ? first.fragments : [first];
  return flat(analysis.text.slice(spans[0].start, spans[spans.length - 1].end));
}
