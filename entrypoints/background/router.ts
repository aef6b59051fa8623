/**
 * Routes protocol messages arriving at the background. Senders are checked, not trusted:
 * `content->background` only from a tab's top frame, `popup->background` only from this extension's own
 * pages. Anything malformed is ignored.
 */
import { browser } from 'wxt/browser';
import { isMessage, type Message, type TabState } from '../../lib/protocol';
import { analyseTab, forward } from './analyse';
import { analyseText } from './analyse-text';
import { AnsweredAnalyses } from './answered';
import { MarkSettingsCache } from './mark-settings';
import { stepMark } from './step-mark';
import type { TabStates } from './tab-states';

/** The parts of `runtime.MessageSender` used for validation. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** True when the message comes from one of our extension pages (popup, options), not from a web page. */
export function isExtensionPage(sender: SenderLike, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** True when the message comes from our content script in the top frame of a tab. */
export function isTopFrameContent(sender: SenderLike, ownId: string): sender is SenderLike & { tab: { id: number } } {
  return sender.id === ownId && typeof sender.tab?.id === 'number' && sender.tab.id >= 0 && (sender.frameId ?? 0) === 0;
}

/** Handles one popup request and returns the answer to send back. */
async function handlePopup(msg: Message, states: TabStates): Promise<unknown> {
  switch (msg.type) {
    case 'popup->background:get-state':
      return states.get(msg.tabId);
    case 'popup->background:analyse':
      return analyseTab(msg.tabId, states);
    case 'popup->background:scroll-to':
      return forward(msg.tabId, { type: 'background->content:scroll-to', start: msg.start, end: msg.end });
    case 'popup->background:step-mark':
      return stepMark(msg.tabId, msg.direction);
    case 'popup->background:set-marks': {
      const answer = await forward(msg.tabId, { type: 'background->content:set-marks', visible: msg.visible });
      const current = await states.get(msg.tabId);
      if (answer.ok && current.status === 'done') {
        await states.set(msg.tabId, { ...current, marks: { ...current.marks, visible: msg.visible } });
      }
      return { ok: answer.ok };
    }
    default:
      return undefined;
  }
}

/**
 * Creates the `runtime.onMessage` listener. `answered` holds the analyses answered to content scripts
 * until they report them marked by reference; `markSettings` the user's mark settings sent with them.
 */
export function createRouter(
  states: TabStates,
  answered: AnsweredAnalyses = new AnsweredAnalyses(),
  markSettings: MarkSettingsCache = new MarkSettingsCache(),
) {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  return (msg: unknown, sender: SenderLike, sendResponse: (answer: unknown) => void): boolean | undefined => {
    if (!isMessage(msg)) return undefined;
    if (msg.type === 'content->background:state') {
      if (!isTopFrameContent(sender, ownId)) return undefined;
      // The page's own URL as the browser knows it beats what the page-side script says.
      const url = sender.url ?? sender.tab.url ?? ('url' in msg.state ? msg.state.url : undefined) ?? '';
      const state = { ...msg.state, url } as TabState;
      void states.set(sender.tab.id, state);
      return undefined;
    }
    if (msg.type === 'content->background:analyse') {
      if (!isTopFrameContent(sender, ownId)) return undefined;
      // Read (once per worker) while the core runs; the page paints with them, so it never reads storage.
      const settings = markSettings.get();
      const answer = analyseText(msg);
      if (!answer.ok) {
        sendResponse(answer);
        return undefined;
      }
      const kept = { ...answer, ref: answered.keep(sender.tab.id, answer.analysis) };
      settings.then(
        (s) => sendResponse({ ...kept, markSettings: s }),
        () => sendResponse(kept),
      );
      return true; // answer asynchronously
    }
    if (msg.type === 'content->background:done') {
      if (!isTopFrameContent(sender, ownId)) return undefined;
      // Only the analysis this tab was answered under this reference: a content script names its own result.
      const analysis = answered.take(sender.tab.id, msg.ref);
      if (analysis) {
        const url = sender.url ?? sender.tab.url ?? msg.url;
        const { marks, updatedAt, timings } = msg;
        void states.set(sender.tab.id, { status: 'done', url, analysis: { ...analysis, timings }, marks, updatedAt });
      }
      sendResponse({ ok: !!analysis });
      return undefined;
    }
    if (msg.type.startsWith('popup->background:') && isExtensionPage(sender, ownId, ownOrigin)) {
      handlePopup(msg, states).then(sendResponse, (err: unknown) =>
        sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
      );
      return true; // answer asynchronously
    }
    return undefined;
  };
}
