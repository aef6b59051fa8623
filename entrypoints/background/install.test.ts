import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ONBOARDING_PAGE, openOnboarding, shouldOnboard } from './install';

afterEach(() => fakeBrowser.reset());

describe('onboarding on install', () => {
  it('opens only on a fresh install, never on update or browser update', () => {
    expect(shouldOnboard({ reason: 'install' })).toBe(true);
    expect(shouldOnboard({ reason: 'update' })).toBe(false);
    expect(shouldOnboard({ reason: 'browser_update' })).toBe(false);
    expect(shouldOnboard({})).toBe(false);
  });

  it('opens the onboarding page in a new tab', async () => {
    await fakeBrowser.windows.create({ focused: true });
    await openOnboarding();
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.some((t) => t.url?.endsWith(ONBOARDING_PAGE))).toBe(true);
  });
});
