/**
 * On-demand analysis of one tab: reuse the content script if it is already in the page, else inject it
 * with `scripting.executeScript` — which works only with the activeTab grant (toolbar click, shortcut)
 * or a granted host permission, exactly the consent model of the extension.
 */
import { browser } from 'wxt/browser';
import type { Message, TabState } from '../../lib/protocol';
import { t } from '../../components/strings';
import { CONTENT_SCRIPT_FILE } from './registration';
import type { TabStates } from './tab-states';

/** Pages no extension may script (browser UI, stores, viewers): say so instead of failing vaguely. */
export function isScriptableUrl(url: string | undefined): boolean {
  if (!url) return true; // unknown without a grant: let executeScript decide
  return /^https?:\/\//i.test(url);
}

const sendToTab = (tabId: number, message: Message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });

/** Starts an analysis of `tabId` and returns the state right after the request. */
export async function analyseTab(tabId: number, states: TabStates): Promise<TabState> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    const state: TabState = { status: 'error', url: '', message: t('tabGone') };
    return state;
  }
  if (!isScriptableUrl(url)) {
    const state: TabState = { status: 'not-article', url: url ?? '', reason: 'unsupported-page' };
    await states.set(tabId, state);
    return state;
  }
  const analysing: TabState = { status: 'analysing', url: url ?? '', startedAt: Date.now() };
  await states.set(tabId, analysing);

  try {
    // A user request: analyse this page even if it does not look like an article.
    const answer = (await sendToTab(tabId, { type: 'background->content:analyse', force: true })) as { ok?: boolean } | undefined;
    if (answer?.ok) return analysing;
  } catch {
    // No instance in the page yet: inject one below.
  }
  try {
    // Tell the instance about to start that the user asked for it (content scripts of one extension share
    // their world in a frame), so its first run skips the article check.
    await browser.scripting.executeScript({
      target: { tabId },
      func: () => {
        (globalThis as Record<string, unknown>).__sourcemarkOnDemand = true;
      },
    });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return analysing;
  } catch (err) {
    const state: TabState = {
      status: 'error',
      url: url ?? '',
      message:
        t('mayNotRead') +
        (err instanceof Error && err.message ? ` (${err.message.slice(0, 160)})` : ''),
    };
    await states.set(tabId, state);
    return state;
  }
}

/** Forwards a command to the page's content script; `{ ok: false }` when there is none. */
export async function forward(tabId: number, message: Message): Promise<{ ok: boolean; marks?: unknown }> {
  try {
    const answer = (await sendToTab(tabId, message)) as { ok?: unknown; marks?: unknown } | undefined;
    return { ok: answer?.ok === true, marks: answer?.marks };
  } catch {
    return { ok: false };
  }
}
