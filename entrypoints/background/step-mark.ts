/**
 * Next / previous statement, from the keyboard commands and the popup: forwarded to the tab's content
 * script, which moves through its marks. A tab without one (never analysed, or a page no extension may
 * script) answers `ok: false` and nothing else happens: a shortcut pressed there is not an error.
 */
import { browser } from 'wxt/browser';
import { isStepMarkAnswer, type Message, type StepDirection, type StepMarkAnswer } from '../../lib/protocol';

/** The keyboard commands that step (declared in wxt.config.ts), and which way each goes. */
const STEP_COMMANDS: ReadonlyMap<string, StepDirection> = new Map([
  ['next-statement', 1],
  ['previous-statement', -1],
]);

/** Which way a keyboard command steps, or null when it is not a step command. */
export function stepDirection(command: string): StepDirection | null {
  return STEP_COMMANDS.get(command) ?? null;
}

/** Asks the content script in `tabId`'s top frame to step; `ok: false` when there is none or it answers nonsense. */
export async function stepMark(tabId: number, direction: StepDirection): Promise<StepMarkAnswer> {
  try {
    const message: Message = { type: 'background->content:step-mark', direction };
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    if (isStepMarkAnswer(answer)) return answer;
  } catch {
    // No receiving end: no content script in this tab.
  }
  return { ok: false, index: -1, total: 0, wrapped: false };
}
