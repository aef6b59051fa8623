/**
 * The {@link SettingsClient} of the options and onboarding pages: host permissions through
 * `browser.permissions`, settings through `lib/settings.ts` (storage.local). Granting or removing a site
 * also records it in `settings.autoSites`; the background re-registers the content script on
 * `permissions.onAdded` / `onRemoved`.
 */
import { browser } from 'wxt/browser';
import type { SettingsClient } from '../../components/options/settings-client';
import { webOrigins } from '../background/registration';
import { loadSettings, saveSettings } from '../../lib/settings';

/** The real client. */
export function createSettingsClient(): SettingsClient {
  const record = async (add: string[], remove: string[]) => {
    const current = await loadSettings();
    const drop = new Set(remove);
    await saveSettings({ autoSites: [...new Set([...current.autoSites, ...add])].filter((o) => !drop.has(o)) });
  };
  return {
    loadSettings: () => loadSettings(),
    saveSettings: (patch) => saveSettings(patch),
    async grantedOrigins() {
      const { origins } = await browser.permissions.getAll();
      return (origins ?? []).includes('<all_urls>') ? ['<all_urls>'] : webOrigins(origins);
    },
    requestOrigins(origins) {
      // Called first, synchronously inside the click handler: the prompt needs the user gesture.
      const asked = browser.permissions.request({ origins });
      return asked.then(
        async (granted) => {
          if (granted) await record(origins, []).catch(() => undefined);
          return granted;
        },
        () => false,
      );
    },
    async removeOrigins(origins) {
      try {
        const removed = await browser.permissions.remove({ origins });
        if (removed) await record([], origins).catch(() => undefined);
        return removed;
      } catch {
        return false;
      }
    },
    openOptions: () => void browser.runtime.openOptionsPage().catch(() => undefined),
  };
}
