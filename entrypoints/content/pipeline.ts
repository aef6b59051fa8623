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
import { checkPage, parseArticle, toExtraction, type ExtractedBlock } from '../../lib/dom/extract';
import { collectPageSignalsAt, type PageBlockAt } from '../../lib/dom/page-signals';
import { TaskClock, type YieldToPage } from '../../lib/dom/yield';
import { MAX_ANALYSE_CHARS, type NotArticleReason } from '../../lib/protocol';

/** What one read of the page produced: the article text with its metadata and page signals. */
export interface PageRead {
  ok: true;
  text: string;
  blocks: ExtractedBlock[];
  meta: AnalyzeMeta;
  signals: PageSignals;
  /** Each page block with the element it was read from (stays in the page: marking searches it first). */
  pageBlocks: PageBlockAt[];
  /**
   * Main-thread time (ms) per step: `check`, `clone`, `readability`, `blocks`, `pageSignals`; `extract` is
   * the sum of the first four (the figure reported before the steps were split), `longestTask` the
   * longest of them.
   */
  timings: Record<string, number>;
}

/** Outcome of one read; `aborted` when the instance was replaced mid-way. */
export type ReadResult =
  | PageRead
  | { ok: false; reason: NotArticleReason; detail?: string; ms?: number }
  | { ok: false; reason: 'aborted' };

/** Options for {@link readPage}. */
export interface ReadOptions {
  /**
   * Block texts seen in earlier passes: page blocks not among them are flagged `late` (an appeal injected
   * after load is evidence in itself, see {@link PageSignals}).
   */
  lateSince?: ReadonlySet<string>;
  /** Skip the "does this look like an article?" check (the user asked for this page). */
  force?: boolean;
  /** Gives the thread back to the page between steps. */
  yieldToPage: YieldToPage;
  /** Stops between steps once aborted. */
  signal: AbortSignal;
  /** Called once the page passed the check, before the rest: a page left alone sends nothing more. */
  onArticle?: () => void;
}

/**
 * Reads `doc` as it is now, as a chain of short tasks: check -> clone -> Readability -> text blocks ->
 * page signals, yielding to the page between each. The clone is a snapshot, so the page may change while
 * we yield; the page signals read the live page in their own task, and the watcher re-runs us on changes.
 */
export async function readPage(doc: Document, url: string, opts: ReadOptions): Promise<ReadResult> {
  const clock = new TaskClock();
  const aborted = { ok: false, reason: 'aborted' } as const;
  // A page with more text than the background accepts is refused before the clone and Readability, which
  // would block the page for seconds on it, only to be refused afterwards.
  const checked = clock.time('check', () => checkPage(doc, { url, force: opts.force, htmlChars: htmlSize(doc), maxChars: MAX_ANALYSE_CHARS }));
  if (!checked.ok) return { ...checked, ms: clock.steps.check };
  opts.onArticle?.();

  await opts.yieldToPage();
  if (opts.signal.aborted) return aborted;
  const work = clock.time('clone', () => doc.cloneNode(true) as Document);

  await opts.yieldToPage();
  if (opts.signal.aborted) return aborted;
  const parsed = clock.time('readability', () => {
    try {
      return parseArticle(work);
    } catch {
      return null;
    }
  });
  if (!parsed) return { ok: false, reason: 'no-content', detail: 'Readability found no article' };

  await opts.yieldToPage();
  if (opts.signal.aborted) return aborted;
  const extracted = clock.time('blocks', () => toExtraction(parsed, doc, url));
  if (!extracted.ok) return extracted;
  const { text, blocks, meta } = extracted.extraction;
  // The background refuses longer texts (protocol limit): say "too large" instead of a vague "no answer".
  if (text.length > MAX_ANALYSE_CHARS) {
    return { ok: false, reason: 'too-large', detail: `${text.length} characters of article text` };
  }

  await opts.yieldToPage();
  if (opts.signal.aborted) return aborted;
  const { signals, located: pageBlocks } = clock.time('pageSignals', () => {
    const collected = collectPageSignalsAt(doc, text);
    const lateSince = opts.lateSince;
    if (lateSince && collected.signals.blocks) {
      collected.signals.blocks = collected.signals.blocks.map((b) => (lateSince.has(b.text) || b.late ? b : { ...b, late: true }));
    }
    return collected;
  });
  const st = clock.steps;
  return {
    ok: true,
    text,
    blocks,
    meta: { ...meta, url, page: signals },
    signals,
    pageBlocks,
    timings: { ...st, extract: st.check + st.clone + st.readability + st.blocks, longestTask: clock.longest },
  };
}

/**
 * Size of the page's HTML as the browser decoded it (navigation timing), or undefined when unknown. Bytes,
 * not characters, so never smaller than the text it holds.
 */
function htmlSize(doc: Document): number | undefined {
  try {
    const nav = doc.defaultView?.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav && nav.decodedBodySize > 0 ? nav.decodedBodySize : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What a read produced that the analysis depends on, as one string, to skip re-analysing after DOM changes
 * that changed nothing we use. The parts themselves, not a hash of them: building the string is a
 * concatenation (a rope, no copy), and comparing two is a native comparison run only after a change, while
 * hashing the text from script cost 1-2 ms of the page's thread on every read (measured in Chromium).
 */
export function fingerprint(r: PageRead): string {
  const blocks = r.signals.blocks?.map((b) => `${b.where}:${b.text}`).join('\u0000') ?? '';
  // The blocks' length fixes where they end and the text begins, whatever characters either holds.
  return `${r.signals.accessibleForFree ?? ''}\u0001${blocks.length}\u0001${blocks}${r.text}`;
}
