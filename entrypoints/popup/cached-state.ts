/**
 * The tab's state as the background last stored it in `storage.session` (entrypoints/background/
 * tab-states.ts mirrors every state there).
 *
 * Why the popup reads it: the background's answer needs the background running, and Chrome stops an
 * idle MV3 service worker after ~30 s. A popup opened a minute after the analysis woke the worker and
 * waited for it: measured in Chromium on a busy 2-core machine, ~58 ms from the request to the answer,
 * against ~21 ms for this read. The popup still asks the background, whose answer stays the source of
 * truth and replaces this copy when it differs (see `confirm` in components/App.tsx).
 */
import { isTabState, type TabState } from '../../lib/protocol';
import { tabStateKey } from '../background/tab-states';

/** The part of `storage.session` read here (absent in browsers without it, e.g. older Firefox). */
export interface SessionReader {
  get(keys: string): Promise<Record<string, unknown>>;
}

/**
 * The stored state of `tabId`, or null when there is none, no session storage, or the read fails or
 * returns something that is not a state. Never rejects.
 */
export async function readCachedState(session: SessionReader | null | undefined, tabId: number): Promise<TabState | null> {
  if (!session) return null;
  try {
    const key = tabStateKey(tabId);
    const value = (await session.get(key))?.[key];
    return isTabState(value) ? value : null;
  } catch {
    // Storage unavailable here (e.g. an access level that excludes this page): ask the background only.
    return null;
  }
}

/**
 * The popup's first state: whichever comes first of the stored copy and the background's answer to a
 * request already sent — the background's when there is no copy. Rejects only when the background
 * fails and there is no copy. When the copy wins, the background's answer follows (as `background`).
 */
export function firstState(cached: Promise<TabState | null>, background: Promise<TabState>): Promise<TabState> {
  return new Promise((resolve, reject) => {
    // `resolve` and `reject` keep the first call: the background's answer wins if it is in first.
    let noCopy = false;
    let failure: { error: unknown } | undefined;
    background.then(resolve, (error: unknown) => {
      failure = { error };
      if (noCopy) reject(error);
    });
    const miss = () => {
      noCopy = true;
      if (failure) reject(failure.error);
    };
    cached.then((copy) => (copy ? resolve(copy) : miss()), miss);
  });
}
