/**
 * What the options and onboarding pages need from the extension. The pages' entrypoints wire it to
 * `browser.permissions` and `storage.local` (`entrypoints/options/client.ts`); component tests pass a
 * fake, so the components never touch a browser API.
 *
 * `requestOrigins` must be the first thing a click handler calls: browsers only show the permission
 * prompt from a user gesture, and Firefox drops the gesture at the first `await`.
 */
import type { Settings } from '../../lib/settings';

/** The settings pages' view of the extension. */
export interface SettingsClient {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Omit<Settings, 'version'>>): Promise<Settings>;
  /** Web origin patterns the user has granted (host permissions). */
  grantedOrigins(): Promise<string[]>;
  /** Asks the browser (a prompt) for host permissions; resolves true when granted. */
  requestOrigins(origins: string[]): Promise<boolean>;
  /** Gives host permissions back; resolves false when the browser refused (e.g. a required permission). */
  removeOrigins(origins: string[]): Promise<boolean>;
  /** Opens the settings page (onboarding only). */
  openOptions?(): void;
}

/** True when the granted patterns cover every site. Pure. */
export function coversAllSites(origins: readonly string[]): boolean {
  const set = new Set(origins);
  return set.has('<all_urls>') || set.has('*://*/*') || (set.has('https://*/*') && set.has('http://*/*'));
}
