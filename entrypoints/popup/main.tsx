/**
 * Popup entrypoint: resolves the tab, wires the {@link App} to `browser.runtime`, and renders it.
 *
 * Start-up is on the path to the popup's first useful frame, so nothing waits that need not: the
 * settings read and the tab lookup run at once, the state request goes out as soon as the tab is known
 * (before anything is rendered) together with a read of the state stored in session storage, and the
 * first render waits briefly for whichever is in first, so that a cached result is the first thing
 * drawn — not "Loading…" followed by a second round trip from an effect.
 * The build loads this script `async` (scripts/build/popup-page.ts), so it may run before the page is
 * parsed: the requests go out first, and only the render waits for the mount point.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '../../components/App';
import { track } from '../../components/tracked';
import { loadSettings } from '../../lib/settings';
import { firstState, readCachedState, type SessionReader } from './cached-state';
import { createNoTabClient, createPopupClient, resolveTabId } from './client';
import { whenElement } from './root';

/**
 * How long the first render waits for the background's first answer (ms). A quicker answer is drawn
 * directly; a slower one (e.g. a service worker being started) gets "Loading…" first, as a blank popup
 * must not linger.
 */
export const FIRST_ANSWER_WAIT_MS = 100;

async function main(): Promise<void> {
  const settings = track(loadSettings());
  const tabId = await resolveTabId(location.search, (query) => browser.tabs.query(query)).catch(() => null);
  const openOptions = () => {
    void browser.runtime.openOptionsPage().catch(() => undefined);
    window.close();
  };
  const client =
    tabId === null
      ? { ...createNoTabClient(), openOptions }
      : createPopupClient(tabId, (message) => browser.runtime.sendMessage(message), openOptions);
  // The background's answer is the truth; a copy stored in session storage, when there is one, is
  // usually in sooner (above all when the background has to be woken first): see cached-state.ts.
  const background = track(client.getState());
  const session = (browser.storage as unknown as { session?: SessionReader }).session;
  const cached = tabId === null ? Promise.resolve(null) : readCachedState(session, tabId);
  const first = track(firstState(cached, background.promise));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled([first.promise, settings.promise]),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_ANSWER_WAIT_MS))),
  ]);
  clearTimeout(timer);
  const root = await whenElement('app');
  if (!root) return;
  const draw = () => {
    const palette = settings.outcome?.ok ? settings.outcome.value.palette : undefined;
    render(<App client={client} first={first} confirm={background.promise} palette={palette} />, root);
  };
  draw();
  // Settings slower than the wait: the legend follows once they are in (loadSettings never rejects).
  if (!settings.outcome) void settings.promise.then(draw);
}

void main();
