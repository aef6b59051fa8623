/**
 * The content script's page-side pipeline for one pass over the live page: cheap article check ->
 * Readability extraction (on a clone) -> page signals. Pure with respect to the page: it reads the
 * document and never writes to it.
 *
 * The analysis itself (`analyze()`) does not run here but in the background (see `remote.ts`): the
 * background's core stays warm across pages, its work is off the page's main thread, and the content
 * script stays small. Only extraction and marking, which need the live DOM, run in the page.
 */
import type { AnalyzeMeta, PageSignals } from '../../lib/core/types';
import { extractArticle, type ExtractedBlock } from '../../lib/dom/extract';
import { collectPageSignals } from '../../lib/dom/page-signals';
import { MAX_ANALYSE_CHARS, type NotArticleReason } from '../../lib/protocol';

/** What one read of the page produced: the article text with its metadata and page signals. */
export interface PageRead {
  ok: true;
  text: string;
  blocks: ExtractedBlock[];
  meta: AnalyzeMeta;
  signals: PageSignals;
  /** Main-thread time spent (ms), per step. */
  timings: { extract: number; pageSignals: number };
}

/** Outcome of one read. */
export type ReadResult = PageRead | { ok: false; reason: NotArticleReason; detail?: string; ms?: number };

/**
 * Reads `doc` as it is now.
 *
 * @param lateSince block texts seen in earlier passes: page blocks not among them are flagged `late`
 *   (an appeal injected after load is evidence in itself, see {@link PageSignals}).
 * @param force skip the "does this look like an article?" check (the user asked for this page).
 */
export function readPage(doc: Document, url: string, lateSince?: ReadonlySet<string>, force = false): ReadResult {
  const t0 = performance.now();
  const extracted = extractArticle(doc, { url, force });
  if (!extracted.ok) return { ...extracted, ms: performance.now() - t0 };
  const t1 = performance.now();
  const { text, blocks, meta } = extracted.extraction;
  // The background refuses longer texts (protocol limit): say "too large" instead of a vague "no answer".
  if (text.length > MAX_ANALYSE_CHARS) {
    return { ok: false, reason: 'too-large', detail: `${text.length} characters of article text`, ms: t1 - t0 };
  }
  const signals = collectPageSignals(doc, text);
  if (lateSince && signals.blocks) {
    signals.blocks = signals.blocks.map((b) => (lateSince.has(b.text) || b.late ? b : { ...b, late: true }));
  }
  const t2 = performance.now();
  return { ok: true, text, blocks, meta: { ...meta, url, page: signals }, signals, timings: { extract: t1 - t0, pageSignals: t2 - t1 } };
}

/** A cheap fingerprint of a read, to skip re-analysing after DOM changes that changed nothing we use. */
export function fingerprint(r: PageRead): string {
  const blocks = r.signals.blocks?.map((b) => `${b.where}:${b.text}`).join('\u0000') ?? '';
  return `${r.text.length}:${hash(r.text)}:${hash(blocks)}:${r.signals.accessibleForFree ?? ''}`;
}

/** FNV-1a over UTF-16 code units: fast; combined with the length, a false "unchanged" is negligible. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
