/**
 * The popup's bridge to the background: resolves which tab the popup is about, and implements
 * {@link PopupClient} with `popup->background:*` messages. Message sending is injected so the exact
 * messages can be tested without a browser.
 */
import { isTabState, type Message, type TabState } from '../../lib/protocol';
import { ClientError, type PopupClient } from '../../components/client';
import { STRINGS } from '../../components/strings';

/** Sends one protocol message and resolves with the receiver's answer (`browser.runtime.sendMessage`). */
export type Send = (message: Message) => Promise<unknown>;

/** Queries tabs (`browser.tabs.query`), reduced to what the popup needs. */
export type QueryTabs = (query: { active: true; currentWindow: true }) => Promise<Array<{ id?: number }>>;

/**
 * The tab the popup is about: `?tab=<id>` when given (end-to-end tests open the popup as a page, where
 * the "active tab" would be the popup itself), else the active tab of the current window. Null when
 * there is none (e.g. a window with only devtools).
 */
export async function resolveTabId(search: string, queryTabs: QueryTabs): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    // Strict: a malformed id is a broken test setup, not a reason to silently pick another tab.
    return /^\d+$/.test(param) ? Number(param) : null;
  }
  const [tab] = await queryTabs({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

/** The answer to a state request, checked: the background relays what content scripts reported. */
function asTabState(answer: unknown): TabState {
  if (!isTabState(answer)) throw new ClientError(STRINGS.badAnswer);
  return answer;
}

/** `{ ok: false }` means the page could not act; anything else (including no answer body) is success. */
const okOf = (answer: unknown): boolean =>
  !(typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === false);

/** Wraps transport failures ("Could not establish connection") into a user-facing error. */
async function request(send: Send, message: Message): Promise<unknown> {
  try {
    return await send(message);
  } catch {
    throw new ClientError(STRINGS.noConnection);
  }
}

/** A {@link PopupClient} for one tab, talking to the background through `send`. */
export function createPopupClient(tabId: number, send: Send, openOptions?: () => void): PopupClient {
  return {
    ...(openOptions ? { openOptions } : {}),
    async getState() {
      return asTabState(await request(send, { type: 'popup->background:get-state', tabId }));
    },
    async analyse() {
      return asTabState(await request(send, { type: 'popup->background:analyse', tabId }));
    },
    async scrollTo(start, end) {
      return okOf(await request(send, { type: 'popup->background:scroll-to', tabId, start, end }));
    },
    async setMarks(visible) {
      return okOf(await request(send, { type: 'popup->background:set-marks', tabId, visible }));
    },
    async stepMark(direction) {
      return okOf(await request(send, { type: 'popup->background:step-mark', tabId, direction }));
    },
  };
}

/**
 * A client for when no tab can be resolved: every request fails with a plain explanation, so the popup
 * shows it instead of pretending to work.
 */
export function createNoTabClient(): PopupClient {
  const fail = (): Promise<never> => Promise.reject(new ClientError(STRINGS.noTab));
  return { getState: fail, analyse: fail, scrollTo: fail, setMarks: fail };
}
