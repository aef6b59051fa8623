/**
 * The user's mark settings (which kinds of marks, which palette), handed to content scripts by the
 * background: with each analysis it answers, and to every tab when they change. A page then never uses
 * the storage API, whose first use in a page cost 0.4-1.2 ms of the page's main thread per article
 * (measured in Chromium), and never holds the rest of the settings (the sites the user granted).
 */
import { browser } from 'wxt/browser';
import type { BackgroundToContentMarkSettings } from '../../lib/protocol';
import { loadSettings, markSettingsOf, type MarkSettings, type Settings } from '../../lib/settings';

/** The current mark settings, read from storage once per background lifetime, then kept up to date. */
export class MarkSettingsCache {
  private current: Promise<MarkSettings> | null = null;

  constructor(private readonly load: () => Promise<Settings> = () => loadSettings()) {}

  /** The current mark settings (defaults when storage fails: `loadSettings` never rejects). */
  get(): Promise<MarkSettings> {
    return (this.current ??= this.load().then(markSettingsOf));
  }

  /** Records mark settings that just changed. */
  set(settings: MarkSettings): void {
    this.current = Promise.resolve(settings);
  }
}

/** The parts of `browser.tabs` used to push settings; tests pass a stand-in. */
export interface TabsLike {
  query(q: object): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/**
 * Sends `settings` to the content script of every tab's top frame. Tabs without one (most tabs) refuse the
 * message; that is not an error. Resolves when every tab has answered or refused.
 */
export async function pushMarkSettings(settings: MarkSettings, tabs: TabsLike = browser.tabs as unknown as TabsLike): Promise<void> {
  const message: BackgroundToContentMarkSettings = { type: 'background->content:mark-settings', settings };
  const all = await tabs.query({}).catch(() => []);
  await Promise.all(
    all.map((t) => (typeof t.id === 'number' && t.id >= 0 ? tabs.sendMessage(t.id, message, { frameId: 0 }).catch(() => undefined) : undefined)),
  );
}
