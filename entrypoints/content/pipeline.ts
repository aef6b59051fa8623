/**
 * The content script's analysis pipeline for one pass over the live page:
 * cheap article check -> Readability extraction (on a clone) -> page signals -> analyze().
 * Pure with respect to the page: it reads the document and never writes to it.
 */
import { analyze } from '../../lib/core/analyze';
import type { Analysis, PageSignals } from '../../lib/core/types';
import { extractArticle, type ExtractedBlock } from '../../lib/dom/extract';
import { collectPageSignals } from '../../lib/dom/page-signals';
import type { NotArticleReason } from '../../lib/protocol';

/** Outcome of one pass. */
export type PassResult =
  | { ok: true; analysis: Analysis; blocks: ExtractedBlock[]; signals: PageSignals }
  | { ok: false; reason: NotArticleReason; detail?: string };

/**
 * Analyses `doc` as it is now.
 *
 * @param lateSince block texts seen in earlier passes: page blocks not among them are flagged `late`
 *   (an appeal injected after load is evidence in itself, see {@link PageBlock.late}).
 */
export function analysePage(doc: Document, url: string, lateSince?: ReadonlySet<string>): PassResult {
  const extracted = extractArticle(doc, { url });
  if (!extracted.ok) return extracted;
  const { text, blocks, meta } = extracted.extraction;
  const signals = collectPageSignals(doc, text);
  if (lateSince && signals.blocks) {
    signals.blocks = signals.blocks.map((b) => (lateSince.has(b.text) || b.late ? b : { ...b, late: true }));
  }
  const analysis = analyze(text, { ...meta, url, page: signals });
  return { ok: true, analysis, blocks, signals };
}

/** A cheap fingerprint of a pass, to skip re-sending identical results after unrelated DOM changes. */
export function fingerprint(r: Extract<PassResult, { ok: true }>): string {
  const blocks = r.signals.blocks?.map((b) => `${b.where}:${b.text}`).join('\u0000') ?? '';
  return `${r.analysis.text.length}:${hash(r.analysis.text)}:${hash(blocks)}:${r.signals.accessibleForFree ?? ''}`;
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
