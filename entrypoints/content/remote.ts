/**
 * Asks the background to analyse an article text (see `content->background:analyse` in lib/protocol.ts).
 * The text never leaves the browser: it goes from this tab's content script to this extension's own
 * background context and back.
 */
import { browser } from 'wxt/browser';
import type { Analysis, AnalyzeMeta } from '../../lib/core/types';
import { isAnalyseAnswer, type Message, type TabState } from '../../lib/protocol';
import { parseMarkSettings, type MarkSettings } from '../../lib/settings';

const NO_ANSWER = 'The extension did not answer. Reload the page and try again.';

/**
 * An analysis from the background, with the reference it is kept under there and the user's mark settings
 * to paint it with (validated; absent when the background could not read them: then the defaults apply).
 */
export interface Answered {
  analysis: Analysis;
  ref?: string;
  markSettings?: MarkSettings;
}

/**
 * Analyses `text` in the background; rejects with a readable message when that fails. A service worker
 * that is starting or being restarted can drop a message ("message port closed"): such a missing answer
 * is retried a few times with a short pause; an error answered by the background is not.
 */
export async function analyseInBackground(text: string, meta: AnalyzeMeta, attempts = 3): Promise<Answered> {
  for (let i = 0; ; i++) {
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage({ type: 'content->background:analyse', text, meta } satisfies Message);
    } catch {
      answer = undefined;
    }
    if (isAnalyseAnswer(answer)) {
      if (!answer.ok) throw new Error(answer.error);
      return {
        analysis: answer.analysis,
        ref: typeof answer.ref === 'string' ? answer.ref : undefined,
        markSettings: answer.markSettings === undefined ? undefined : parseMarkSettings(answer.markSettings),
      };
    }
    if (i + 1 >= attempts) throw new Error(NO_ANSWER);
    await new Promise((r) => setTimeout(r, 250 * (i + 1)));
  }
}

/** Sends a state to the background. The background may be asleep or reloading: that is not an error here. */
export async function report(state: TabState): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'content->background:state', state } satisfies Message);
  } catch {
    // No receiver (extension reloading). The popup asks again when opened.
  }
}

/**
 * Reports the tab done: by reference when the background holds the analysis under `ref` (it answers
 * `ok: true`), else (no reference, a restarted worker) as the whole state with {@link report}. Never throws.
 */
export async function reportDone(state: Extract<TabState, { status: 'done' }>, ref: string | undefined): Promise<void> {
  if (ref !== undefined) {
    const { url, marks, updatedAt, analysis } = state;
    const byRef = { type: 'content->background:done', ref, url, timings: analysis.timings ?? {}, marks, updatedAt } satisfies Message;
    try {
      const answer = (await browser.runtime.sendMessage(byRef)) as { ok?: unknown } | undefined;
      if (answer?.ok === true) return;
    } catch {
      return; // No receiver (extension reloading): the whole state would not be received either.
    }
  }
  await report(state);
}
