/**
 * Sourcemark's background: keeps each tab's analysis state (mirrored to session storage), shows the
 * statement count on the badge, routes popup requests to the page, hands the user's mark settings to the
 * pages (with each analysis, and when they change), analyses on demand (popup, keyboard
 * shortcut, context menu), steps through the statement marks (next / previous shortcuts), keeps the
 * automatic-analysis registration in line with the sites the user granted, and opens the onboarding
 * page on install.
 * It makes no network requests.
 *
 * Every listener is registered synchronously at start-up: an MV3 service worker woken by an event only
 * receives it if the listener exists by the end of the first turn.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { analyseTab } from './analyse';
import { showBadge } from './badge';
import { createMenu, MENU_ANALYSE, openOnboarding, shouldOnboard } from './install';
import { syncRegistration, webOrigins } from './registration';
import { markSettingsOf, onSettingsChanged } from '../../lib/settings';
import { AnsweredAnalyses } from './answered';
import { MarkSettingsCache, pushMarkSettings } from './mark-settings';
import { createRouter } from './router';
import { stepDirection, stepMark } from './step-mark';
import { TabStates, type SessionArea } from './tab-states';
import { formatOneDate, once } from './warm-up';

/** Name of the keyboard command declared in the manifest. */
const ANALYSE_COMMAND = 'analyse-page';

/** URL without its fragment: in-page anchor jumps are not navigations away from the article. */
const withoutHash = (url: string | undefined) => (url ?? '').replace(/#.*$/, '');

export default defineBackground(() => {
  const session = (browser.storage as unknown as { session?: SessionArea }).session ?? null;
  // The first result in this worker's life is the moment to warm the popup's date formatting (warm-up.ts).
  const warmPopup = once(formatOneDate);
  const states = new TabStates(session, (tabId, state) => {
    void showBadge(tabId, state);
    if (state?.status === 'done') warmPopup();
  });

  const answered = new AnsweredAnalyses();
  const markSettings = new MarkSettingsCache();
  browser.runtime.onMessage.addListener(createRouter(states, answered, markSettings));
  // Pages with marks follow a settings change at once (they never read storage themselves).
  onSettingsChanged((next) => {
    const changed = markSettingsOf(next);
    markSettings.set(changed);
    void pushMarkSettings(changed);
  });

  browser.commands?.onCommand.addListener((command, tab) => {
    const direction = stepDirection(command);
    if (command !== ANALYSE_COMMAND && direction === null) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (typeof id !== 'number') return;
      if (direction === null) await analyseTab(id, states);
      else await stepMark(id, direction); // no marks in that tab: nothing happens
    })();
  });

  browser.runtime.onInstalled.addListener((details) => {
    if (shouldOnboard(details)) void openOnboarding();
  });

  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ANALYSE || typeof tab?.id !== 'number' || tab.id < 0) return;
    void analyseTab(tab.id, states);
  });
  void createMenu();

  browser.tabs.onRemoved.addListener((tabId) => {
    answered.forget(tabId);
    void states.delete(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading') return;
    void (async () => {
      const known = await states.get(tabId);
      if (known.status === 'idle') return;
      const next = change.url ?? tab.url;
      // A reload (no url in the change) or a new document: the old marks and results are gone.
      if (change.url === undefined || withoutHash(next) !== withoutHash(known.url)) {
        // The page that was answered is gone: its analysis will not be reported done.
        answered.forget(tabId);
        await states.delete(tabId);
      }
    })();
  });

  const resync = () => void syncRegistration().catch(() => undefined);
  browser.permissions.onAdded.addListener((granted) => {
    void (async () => {
      await syncRegistration().catch(() => undefined);
      // Registration covers future loads; analyse the page the user just granted right away.
      const origins = webOrigins(granted.origins);
      if (!origins.length) return;
      const tabs = await browser.tabs.query({ active: true, url: origins }).catch(() => []);
      for (const t of tabs) if (typeof t.id === 'number') await analyseTab(t.id, states);
    })();
  });
  browser.permissions.onRemoved.addListener(resync);
  resync();
});
