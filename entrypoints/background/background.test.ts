import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/core/types';
import type { TabState } from '../../lib/protocol';
import { isScriptableUrl } from './analyse';
import { badgeFor } from './badge';
import { webOrigins } from './registration';
import { isExtensionPage, isTopFrameContent } from './router';
import { TabStates, type SessionArea } from './tab-states';

const analysis = (inAppeal: boolean[]): Analysis => ({
  schemaVersion: '1.0', text: '', title: null, byline: null, siteName: null, publishedTime: null,
  statements: inAppeal.map((a, i) => ({ id: `s${i}`, start: 0, end: 0, text: '', mode: 'direct', source: null, cue: null, official: false, inAppeal: a })),
  appeals: [], actors: [], numbers: [],
});
const done = (inAppeal: boolean[]): TabState => ({
  status: 'done', url: 'https://example.org/a', analysis: analysis(inAppeal), marks: { placed: 1, missing: 0, visible: true }, updatedAt: 1,
});

/**
 * An in-memory stand-in for storage.session that survives a "worker restart" (a new TabStates). It
 * records the keys asked for, and `hold` makes reads wait until the returned release is called.
 */
function memorySession(): SessionArea & { data: Record<string, unknown>; reads: (string | string[] | null)[]; hold(): () => void } {
  const data: Record<string, unknown> = {};
  const reads: (string | string[] | null)[] = [];
  let gate: Promise<void> = Promise.resolve();
  return {
    data,
    reads,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return release;
    },
    get: async (keys) => {
      reads.push(keys);
      const snapshot = structuredClone(data);
      await gate;
      if (keys === null) return snapshot;
      const wanted = Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(Object.entries(snapshot).filter(([k]) => wanted.includes(k)));
    },
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (keys) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => delete data[k]),
  };
}

describe('badgeFor', () => {
  it('counts article statements only, never those inside appeals', () => {
    expect(badgeFor(done([false, false, true])).text).toBe('2');
    expect(badgeFor(done([false])).title).toBe('Sourcemark: 1 attributed statement in this article');
  });
  it('is empty for idle, unknown and non-article tabs', () => {
    expect(badgeFor(undefined).text).toBe('');
    expect(badgeFor({ status: 'not-article', url: 'https://x.org', reason: 'not-readerable' }).text).toBe('');
    expect(badgeFor({ status: 'error', url: 'https://x.org', message: 'boom' }).text).toBe('!');
  });
});

describe('webOrigins', () => {
  it('keeps web match patterns only, deduplicated and sorted', () => {
    expect(webOrigins(['https://www.themoscowtimes.com/*', 'chrome://favicon/*', 'http://127.0.0.1/*', 'https://www.themoscowtimes.com/*', '*://*.example.org/*']))
      .toEqual(['*://*.example.org/*', 'http://127.0.0.1/*', 'https://www.themoscowtimes.com/*']);
    expect(webOrigins(undefined)).toEqual([]);
  });
});

describe('sender checks', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it('accepts popup messages only from our own extension pages', () => {
    expect(isExtensionPage({ id, url: `${origin}popup.html` }, id, origin)).toBe(true);
    expect(isExtensionPage({ id, url: 'https://evil.example/popup.html', tab: { id: 3 } }, id, origin)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `chrome-extension://other/popup.html` }, id, origin)).toBe(false);
  });
  it('accepts content messages only from a tab\'s top frame', () => {
    expect(isTopFrameContent({ id, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 }, id)).toBe(true);
    expect(isTopFrameContent({ id, url: 'https://ads.example/f', tab: { id: 7 }, frameId: 12 }, id)).toBe(false);
    expect(isTopFrameContent({ id, url: `${origin}popup.html` }, id)).toBe(false);
  });
});

describe('isScriptableUrl', () => {
  it('refuses browser pages and viewers up front, defers unknown URLs to executeScript', () => {
    expect(isScriptableUrl('https://www.themoscowtimes.com/2025/12/11/a')).toBe(true);
    expect(isScriptableUrl('chrome://extensions/')).toBe(false);
    expect(isScriptableUrl('about:reader?url=x')).toBe(false);
    expect(isScriptableUrl(undefined)).toBe(true);
  });
});

describe('TabStates', () => {
  it('survives a service-worker restart through session storage and forgets closed tabs', async () => {
    const session = memorySession();
    const changes: [number, string | undefined][] = [];
    const first = new TabStates(session, (tab, s) => changes.push([tab, s?.status]));
    await first.set(4, done([false, false]));
    await first.set(5, { status: 'analysing', url: 'https://b.example/', startedAt: 1 });
    await first.delete(5);
    expect(changes).toEqual([[4, 'done'], [5, 'analysing'], [5, undefined]]);

    const restarted = new TabStates(session);
    expect((await restarted.get(4)).status).toBe('done');
    expect((await restarted.get(5)).status).toBe('idle');
  });

  it('prefers a state set after restart over the stored one', async () => {
    const session = memorySession();
    await new TabStates(session).set(9, done([false]));
    const restarted = new TabStates(session);
    await restarted.set(9, { status: 'error', url: 'https://c.example/', message: 'x' });
    expect((await restarted.get(9)).status).toBe('error');
  });

  it('after a restart, reads only the asked tab from storage, once', async () => {
    const session = memorySession();
    const before = new TabStates(session);
    for (let tab = 1; tab <= 50; tab++) await before.set(tab, done([false]));
    const restarted = new TabStates(session);
    const [a, b] = await Promise.all([restarted.get(7), restarted.get(7)]);
    expect(a.status).toBe('done');
    expect(b).toBe(a);
    expect((await restarted.get(7)).status).toBe('done');
    expect((await restarted.get(99)).status).toBe('idle');
    expect(session.reads).toEqual(['tab:7', 'tab:99']);
  });

  it('a state set while the stored one is being read wins over it', async () => {
    const session = memorySession();
    await new TabStates(session).set(3, done([false]));
    const restarted = new TabStates(session);
    const release = session.hold();
    const asked = restarted.get(3);
    await restarted.set(3, { status: 'analysing', url: 'https://a.example/', startedAt: 2 });
    release();
    expect((await asked).status).toBe('analysing');
    expect((await restarted.get(3)).status).toBe('analysing');
  });

  it('a tab forgotten while its stored state is being read stays forgotten', async () => {
    const session = memorySession();
    await new TabStates(session).set(3, done([false]));
    const restarted = new TabStates(session);
    const release = session.hold();
    const asked = restarted.get(3);
    await restarted.delete(3);
    release();
    expect((await asked).status).toBe('idle');
    expect((await restarted.get(3)).status).toBe('idle');
  });

  it('works without session storage (older Firefox)', async () => {
    const states = new TabStates(null);
    await states.set(1, done([false]));
    expect((await states.get(1)).status).toBe('done');
  });
});
