/**
 * Automatic analysis on the sites the user agreed to: the content script is registered (not declared
 * in the manifest) for exactly the optional host permissions currently granted, and re-synced whenever
 * permissions change and on every background start (registrations may not survive a browser restart).
 */
import { browser } from 'wxt/browser';
import { HIGHLIGHTS_CSS_FILE } from '../../lib/dom/highlights';

/** Path of the built content script (WXT's output for `entrypoints/content`). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Id of the content script's registration. */
export const AUTO_SCRIPT_ID = 'sourcemark-auto';

/**
 * Id of the highlight stylesheet's registration: the same sites, at `document_start`, so the marks' styles
 * are part of the page's first style computation instead of restyling the whole page when marks appear
 * (see HIGHLIGHTS_CSS_FILE). The content script started by the registration relies on it being there.
 */
export const AUTO_STYLE_ID = 'sourcemark-auto-style';

/** The registrations for `matches`: the stylesheet first, so no page gets the script without it. */
export function autoRegistrations(matches: string[]) {
  return [
    { id: AUTO_STYLE_ID, css: [HIGHLIGHTS_CSS_FILE], matches, runAt: 'document_start' as const, allFrames: false },
    { id: AUTO_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle' as const, allFrames: false },
  ];
}

/** Granted origin patterns that pages can match (drops non-web schemes). Pure, for tests. */
export function webOrigins(origins: readonly string[] | undefined): string[] {
  return [...new Set((origins ?? []).filter((o) => /^(https?|\*):\/\/[^/]+\/.*$/.test(o)))].sort();
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registration match the granted origins. Calls are serialised: a permission change during a
 * startup sync must not race it into a duplicate-id error.
 */
export function syncRegistration(): Promise<string[]> {
  const next = queue.then(async () => {
    const { origins } = await browser.permissions.getAll();
    const matches = webOrigins(origins);
    const existing = new Set((await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_STYLE_ID, AUTO_SCRIPT_ID] })).map((r) => r.id));
    if (!matches.length) {
      if (existing.size) await browser.scripting.unregisterContentScripts({ ids: [...existing] });
      return matches;
    }
    const scripts = autoRegistrations(matches);
    const known = scripts.filter((r) => existing.has(r.id));
    const added = scripts.filter((r) => !existing.has(r.id));
    if (known.length) await browser.scripting.updateContentScripts(known);
    // One call for both when neither is there yet: a page cannot get one without the other.
    if (added.length) await browser.scripting.registerContentScripts(added);
    return matches;
  });
  queue = next.catch(() => undefined);
  return next;
}
