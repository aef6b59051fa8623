/**
 * One content-script instance in one page: runs the pipeline, places marks, reports state to the
 * background, answers background commands and re-runs on later page changes. Never throws into the
 * page: every entry point is wrapped and failures are reported as an `error` state.
 */
import { browser } from 'wxt/browser';
import { createPageMarks } from '../../lib/dom/marks';
import { isMessage, type Message, type TabState } from '../../lib/protocol';
import { analysePage, fingerprint } from './pipeline';
import { watchPage } from './watch';

/** What the controller needs from its host (WXT's ContentScriptContext satisfies it). */
export interface ControllerContext {
  /** Aborted when this instance is replaced or the extension goes away. */
  readonly signal: AbortSignal;
  /** Timer bound to the context (cleared when it is invalidated). */
  setTimeout(handler: () => void, timeout?: number): unknown;
}

/** Sends a state to the background. The background may be asleep or reloading: that is not an error here. */
async function report(state: TabState): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'content->background:state', state } satisfies Message);
  } catch {
    // No receiver (extension reloading). The popup asks again when opened.
  }
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

/** Starts the instance. Returns immediately; the first analysis runs on the next task. */
export function startController(ctx: ControllerContext, doc: Document = document): void {
  const { signal } = ctx;
  const marks = createPageMarks(doc, signal);
  const seenBlocks = new Set<string>();
  let last = '';
  let running = false;
  let watching = false;

  const run = (reason: 'initial' | 'requested' | 'changed') => {
    if (signal.aborted || running) return;
    running = true;
    const url = doc.location?.href ?? '';
    try {
      if (reason !== 'changed') void report({ status: 'analysing', url, startedAt: Date.now() });
      const result = analysePage(doc, url, reason === 'changed' ? seenBlocks : undefined);
      if (!result.ok) {
        last = '';
        marks.clear();
        void report({ status: 'not-article', url, reason: result.reason });
        return;
      }
      for (const b of result.signals.blocks ?? []) seenBlocks.add(b.text);
      const print = fingerprint(result);
      // A DOM change that left text and page signals as they were (e.g. a re-render) only needs re-anchoring.
      const same = reason === 'changed' && print === last;
      last = print;
      const count = marks.render(result.analysis, result.blocks);
      if (same) return;
      void report({ status: 'done', url, analysis: result.analysis, marks: count, updatedAt: Date.now() });
      if (!watching) {
        watching = true;
        watchPage(doc, { isOwn: marks.isOwn, onChange: () => run('changed'), signal });
      }
    } catch (err) {
      void report({ status: 'error', url, message: errorMessage(err) });
    } finally {
      running = false;
    }
  };

  const onMessage = (msg: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
    // Only our own extension talks to us, and only with well-formed background->content messages.
    if (sender.id !== browser.runtime.id || !isMessage(msg)) return;
    try {
      switch (msg.type) {
        case 'background->content:analyse':
          ctx.setTimeout(() => run('requested'), 0);
          sendResponse({ ok: true });
          return;
        case 'background->content:set-marks':
          marks.setVisible(msg.visible);
          sendResponse({ ok: true, marks: marks.count() });
          return;
        case 'background->content:scroll-to':
          sendResponse({ ok: marks.scrollTo(msg.start, msg.end) });
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

  ctx.setTimeout(() => run('initial'), 0);
}

