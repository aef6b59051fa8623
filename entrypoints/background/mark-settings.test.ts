import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, markSettingsOf } from '../../lib/settings';
import { MarkSettingsCache, pushMarkSettings, type TabsLike } from './mark-settings';

describe('MarkSettingsCache', () => {
  it('reads storage once, then answers from memory until a change is recorded', async () => {
    const stored = { ...defaultSettings(), palette: 'colorblind' as const };
    const load = vi.fn(async () => stored);
    const cache = new MarkSettingsCache(load);
    expect(await cache.get()).toEqual(markSettingsOf(stored));
    await cache.get();
    expect(load).toHaveBeenCalledTimes(1);
    cache.set(markSettingsOf({ ...defaultSettings(), marks: { ...defaultSettings().marks, official: false } }));
    expect((await cache.get()).marks.official).toBe(false);
    expect((await cache.get()).palette).toBe('default');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('pushMarkSettings', () => {
  it("sends the settings to every tab's top frame; tabs without a content script refusing is not an error", async () => {
    const sent: [number, unknown, unknown][] = [];
    const tabs: TabsLike = {
      query: async () => [{ id: 1 }, { id: 2 }, {}, { id: -1 }],
      sendMessage: async (id, message, options) => {
        sent.push([id, message, options]);
        if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true };
      },
    };
    const settings = markSettingsOf(defaultSettings());
    await expect(pushMarkSettings(settings, tabs)).resolves.toBeUndefined();
    expect(sent).toEqual([
      [1, { type: 'background->content:mark-settings', settings }, { frameId: 0 }],
      [2, { type: 'background->content:mark-settings', settings }, { frameId: 0 }],
    ]);
  });

  it('does nothing when the tabs cannot be listed', async () => {
    const tabs: TabsLike = { query: async () => Promise.reject(new Error('no')), sendMessage: vi.fn() };
    await pushMarkSettings(markSettingsOf(defaultSettings()), tabs);
    expect(tabs.sendMessage).not.toHaveBeenCalled();
  });
});
