/**
 * First-run and menu wiring: the onboarding page on install (how Sourcemark may run, which sites to
 * allow), and the "Analyse with Sourcemark" context-menu item (a menu click grants activeTab, like the
 * toolbar button or the keyboard shortcut).
 */
import { browser } from 'wxt/browser';

/** Path of the onboarding page (WXT unlisted page `entrypoints/onboarding`). */
export const ONBOARDING_PAGE = '/onboarding.html';

/** Id of the context-menu item. */
export const MENU_ANALYSE = 'sourcemark-analyse';

/** True when an `onInstalled` event should open the onboarding: a fresh install only, never an update. Pure. */
export function shouldOnboard(details: { reason?: string; temporary?: boolean }): boolean {
  return details.reason === 'install';
}

/** Opens the onboarding page in a new tab. */
export async function openOnboarding(): Promise<void> {
  try {
    await browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PAGE as '/onboarding.html') });
  } catch {
    // No window to open it in (e.g. a headless profile): the options page offers the same choices.
  }
}

/** The menu label in the browser's language (English fallback). */
function menuTitle(): string {
  try {
    return browser.i18n.getMessage('menuAnalyse') || 'Analyse with Sourcemark';
  } catch {
    return 'Analyse with Sourcemark';
  }
}

/**
 * (Re)creates the context-menu item. Run at every background start: Firefox's non-persistent
 * backgrounds and Chrome after an update both need it; removeAll first avoids a duplicate-id error.
 */
export async function createMenu(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  try {
    await menus.removeAll();
    menus.create({ id: MENU_ANALYSE, title: menuTitle(), contexts: ['page', 'selection'] });
  } catch {
    // Menus unavailable (e.g. Firefox for Android): toolbar and shortcut still work.
  }
}
