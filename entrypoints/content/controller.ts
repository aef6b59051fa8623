/**
 * One content-script instance in one page: runs the pipeline, places marks, reports state to the
 * background, answers background commands and re-runs on later page changes. Never throws into the
 * page: every entry point is wrapped and failures are reported as an `error` state.
 */
import { browser } from 'wxt/browser';
import { createPageMarks, type PageMarks } from '../../lib/dom/marks';
import { NO_STEP } from '../../lib/dom/mark-nav';
import type { MarkColours } from '../../lib/dom/mark-colours';
import { isMessage } from '../../lib/protocol';
import type { Analysis } from '../../lib/core/types';
import type { ExtractedBlock } from '../../lib/dom/extract';
import type { PageBlockAt } from '../../lib/dom/page-signals';
import { analysisForMarks, MARK_COLOURS, parseMarkSettings, type MarkSettings } from '../../lib/settings';
import { createYield, TaskClock } from '../../lib/dom/yield';
import { fingerprint, readPage } from './pipeline';
import { analyseInBackground, report, reportDone } from './remote';
import { watchPage } from './watch';

/** What the controller needs from its host (WXT's ContentScriptContext satisfies it). */
export interface ControllerContext {
  /** Aborted when this instance is replaced or the extension goes away. */
  readonly signal: AbortSignal;
  /** Timer bound to the context (cleared when it is invalidated). */
  setTimeout(handler: () => void, timeout?: number): unknown;
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/** Name of the flag the background sets in the content-script world before an on-demand injection. */
export const ON_DEMAND_FLAG = '__sourcemarkOnDemand';

/** Reads and clears the on-demand flag (see background/analyse.ts). */
function consumeOnDemandFlag(): boolean {
  const g = globalThis as Record<string, unknown>;
  const on = g[ON_DEMAND_FLAG] === true;
  delete g[ON_DEMAND_FLAG];
  return on;
}

/** Milliseconds the content script took to evaluate its modules (see startup-mark.ts), if known. */
function startupMs(): number | undefined {
  const g = globalThis as Record<string, unknown>;
  const t0 = g.__sourcemarkEvalStart;
  const t1 = g.__sourcemarkEvalEnd;
  return typeof t0 === 'number' && typeof t1 === 'number' ? t1 - t0 : undefined;
}

/** Starts the instance. Returns immediately; the first analysis runs on the next task. */
export function startController(ctx: ControllerContext, doc: Document = document): void {
  const { signal } = ctx;
  // Set when the user asked for this page (toolbar, shortcut, popup): then the article check is skipped,
  // for this run and the re-runs after page changes.
  let forced = consumeOnDemandFlag();
  // Without the on-demand flag this instance was started by the registration for a granted site, which
  // puts the highlight styles in the page at document_start (background/registration.ts): none is added.
  const sheetInPage = !forced;
  // The marks' controller (its closures, statement navigation, listeners) is made with the first article,
  // in the timed marking step: a page left alone pays for the cheap check only. Colours and a "hide marks"
  // that arrive before it exists are kept and applied when it is made.
  let marks: PageMarks | null = null;
  let colours: MarkColours | null = null;
  let hiddenBeforeMarks = false;
  const marksNow = (): PageMarks => {
    if (!marks) {
      marks = createPageMarks(doc, signal, { sheetInPage });
      if (colours) marks.setColours(colours);
      if (hiddenBeforeMarks) marks.setVisible(false);
    }
    return marks;
  };
  const seenBlocks = new Set<string>();
  let last = '';
  let running = false;
  let watching = false;

  let current: Analysis | null = null;
  let currentBlocks: readonly ExtractedBlock[] | undefined;
  let currentPageBlocks: readonly PageBlockAt[] | undefined;
  // The user's mark settings (which kinds to show, which palette), as the background hands them over: with
  // each analysis, and again when they change. The page never reads the storage API (the background does).
  // The analysis reported to the background stays whole; only what is painted in the page is filtered.
  let settings: MarkSettings | null = null;
  const shownOf = (analysis: Analysis) => (settings ? analysisForMarks(analysis, settings.marks) : analysis);
  const paint = (analysis: Analysis) => marksNow().render(shownOf(analysis), currentBlocks, currentPageBlocks);
  const yieldToPage = createYield();
  /** Follows new mark settings; repaints the current marks when asked to (a change, not a new analysis). */
  const useSettings = (next: MarkSettings, repaint: boolean) => {
    settings = next;
    colours = MARK_COLOURS[next.palette];
    marks?.setColours(colours);
    if (repaint && current && marks) paint(current);
  };

  // A change or request that arrives while a pass awaits the background is not lost: it runs next.
  let queued: { reason: 'requested' | 'changed'; force: boolean } | null = null;

  const run = async (reason: 'initial' | 'requested' | 'changed', force = false): Promise<void> => {
    if (signal.aborted) return;
    if (running) {
      if (reason !== 'initial') queued = { reason: queued?.reason === 'requested' ? 'requested' : reason, force: force || !!queued?.force };
      return;
    }
    running = true;
    forced ||= force;
    const url = doc.location?.href ?? '';
    // The page-thread cost of talking to the background and of setting up the watcher, timed apart from
    // the pipeline's steps so that the benchmark reports it beside them (only the final report is untimed:
    // it carries the timings).
    const glue = new TaskClock();
    try {
      // "Analysing" is said once the page passed the check: a page that is not an article sends one message.
      const onArticle = reason === 'changed' ? undefined : () => glue.time('messaging', () => void report({ status: 'analysing', url, startedAt: Date.now() }));
      const read = await readPage(doc, url, { lateSince: reason === 'changed' ? seenBlocks : undefined, force: forced, yieldToPage, signal, onArticle });
      if (signal.aborted || (!read.ok && read.reason === 'aborted')) return;
      if (!read.ok) {
        last = '';
        current = null;
        marks?.clear();
        void report({ status: 'not-article', url, reason: read.reason, ...(read.ms === undefined ? {} : { timings: { check: read.ms } }) });
        return;
      }
      for (const b of read.signals.blocks ?? []) seenBlocks.add(b.text);
      const print = fingerprint(read);
      // A DOM change that left text and page signals as they were (e.g. a re-render) only needs re-anchoring.
      if (reason === 'changed' && print === last && current) {
        currentBlocks = read.blocks;
        currentPageBlocks = read.pageBlocks;
        paint(current);
        return;
      }
      const ta = performance.now();
      const { analysis, ref, markSettings } = await glue.time('messaging', () => analyseInBackground(read.text, read.meta));
      const roundTrip = performance.now() - ta;
      if (signal.aborted) return;
      if (markSettings) useSettings(markSettings, false);
      last = print;
      current = analysis;
      currentBlocks = read.blocks;
      currentPageBlocks = read.pageBlocks;
      // Marking in two tasks: locate (text index, anchors, ranges: DOM reads) then show (paint).
      const clock = new TaskClock();
      const found = clock.time('locate', () => marksNow().locate(shownOf(analysis), read.blocks, read.pageBlocks));
      await yieldToPage();
      if (signal.aborted) return;
      const count = clock.time('show', () => marksNow().show(found));
      if (!watching) {
        watching = true;
        glue.time('watch', () => watchPage(doc, { isOwn: marksNow().isOwn, onChange: () => void run('changed'), signal }));
      }
      const startup = startupMs();
      analysis.timings = {
        ...analysis.timings,
        ...read.timings,
        ...clock.steps,
        roundTrip,
        mark: clock.steps.locate + clock.steps.show,
        longestTask: Math.max(read.timings.longestTask ?? 0, clock.longest),
        ...(startup === undefined ? {} : { startup }),
        ...glue.steps,
      };
      void reportDone({ status: 'done', url, analysis, marks: count, updatedAt: Date.now() }, ref);
    } catch (err) {
      void report({ status: 'error', url, message: errorMessage(err) });
    } finally {
      running = false;
      const next = queued;
      queued = null;
      if (next && !signal.aborted) ctx.setTimeout(() => void run(next.reason, next.force), 0);
    }
  };

  const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    // Only our own extension talks to us, and only with well-formed background->content messages.
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return;
    try {
      switch (msg.type) {
        case 'background->content:analyse':
          ctx.setTimeout(() => void run('requested', msg.force === true), 0);
          sendResponse({ ok: true });
          return;
        case 'background->content:set-marks':
          if (marks) marks.setVisible(msg.visible);
          else hiddenBeforeMarks = !msg.visible;
          sendResponse({ ok: true, marks: marks ? marks.count() : { placed: 0, missing: 0, visible: msg.visible } });
          return;
        case 'background->content:scroll-to':
          sendResponse({ ok: marks ? marks.scrollTo(msg.start, msg.end) : false });
          return;
        case 'background->content:step-mark':
          sendResponse(marks ? marks.step(msg.direction) : { ...NO_STEP });
          return;
        case 'background->content:mark-settings':
          useSettings(parseMarkSettings(msg.settings), true);
          sendResponse({ ok: true });
          return;
        default:
          return;
      }
    } catch (err) {
      sendResponse({ ok: false, error: errorMessage(err) });
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  ctx.setTimeout(() => void run('initial'), 0);
}

