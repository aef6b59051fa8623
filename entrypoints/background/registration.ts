/**
 * Automatic analysis on the sites the user agreed to: the content script is registered (not declared
 * in the manifest) for exactly the optional host permissions currently granted, and re-synced whenever
 * permissions change and on every background start (registrations may not survive a browser restart).
 */
import { browser } from 'wxt/browser';

/** Path of the built content script (WXT's output for `entrypoints/content`). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** Id of our one dynamic registration. */
export const AUTO_SCRIPT_ID = 'sourcemark-auto';

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
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
    if (!matches.length) {
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
      return matches;
    }
    const script = { id: AUTO_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches, runAt: 'document_idle' as const, allFrames: false };
    if (existing.length) await browser.scripting.updateContentScripts([script]);
    else await browser.scripting.registerContentScripts([script]);
    return matches;
  });
  queue = next.catch(() => undefined);
  return next;
}
