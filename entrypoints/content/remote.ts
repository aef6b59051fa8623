/**
 * Asks the background to analyse an article text (see `content->background:analyse` in lib/protocol.ts).
 * The text never leaves the browser: it goes from this tab's content script to this extension's own
 * background context and back.
 */
import { browser } from 'wxt/browser';
import type { Analysis, AnalyzeMeta } from '../../lib/core/types';
import { isAnalyseAnswer, type Message } from '../../lib/protocol';

const NO_ANSWER = 'The extension did not answer. Reload the page and try again.';

/**
 * Analyses `text` in the background; rejects with a readable message when that fails. A service worker
 * that is starting or being restarted can drop a message ("message port closed"): such a missing answer
 * is retried a few times with a short pause; an error answered by the background is not.
 */
export async function analyseInBackground(text: string, meta: AnalyzeMeta, attempts = 3): Promise<Analysis> {
  for (let i = 0; ; i++) {
    let answer: unknown;
    try {
      answer = await browser.runtime.sendMessage({ type: 'content->background:analyse', text, meta } satisfies Message);
    } catch {
      answer = undefined;
    }
    if (isAnalyseAnswer(answer)) {
      if (!answer.ok) throw new Error(answer.error);
      return answer.analysis;
    }
    if (i + 1 >= attempts) throw new Error(NO_ANSWER);
    await new Promise((r) => setTimeout(r, 250 * (i + 1)));
  }
}
