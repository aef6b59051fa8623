import { describe, expect, it } from 'vitest';
import type { TabState } from '../../lib/protocol';
import { tabStateKey } from '../background/tab-states';
import { firstState, readCachedState, type SessionReader } from './cached-state';

const notArticle: TabState = { status: 'not-article', url: 'https://example.com/', reason: 'no-content' };
const idle: TabState = { status: 'idle', url: 'https://example.com/' };

/** A session area holding `data`. */
const session = (data: Record<string, unknown>): SessionReader => ({ get: async (key) => (key in data ? { [key]: data[key] } : {}) });

/** A promise and the functions that settle it, for answers the test releases in a chosen order. */
function later<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('readCachedState', () => {
  it('reads the state the background stored for the tab, under its key', async () => {
    expect(tabStateKey(7)).toBe('tab:7');
    await expect(readCachedState(session({ 'tab:7': notArticle, 'tab:8': idle }), 7)).resolves.toEqual(notArticle);
  });

  it('is null without session storage, without a stored state, with something else stored, or on failure', async () => {
    await expect(readCachedState(null, 7)).resolves.toBeNull();
    await expect(readCachedState(undefined, 7)).resolves.toBeNull();
    await expect(readCachedState(session({}), 7)).resolves.toBeNull();
    await expect(readCachedState(session({ 'tab:7': { status: 'done' } }), 7)).resolves.toBeNull();
    const failing: SessionReader = { get: () => Promise.reject(new Error('access denied')) };
    await expect(readCachedState(failing, 7)).resolves.toBeNull();
  });
});

describe('firstState', () => {
  it('a stored copy in before the answer comes first', async () => {
    const answer = later<TabState>();
    await expect(firstState(Promise.resolve(notArticle), answer.promise)).resolves.toBe(notArticle);
  });

  it('an answer in before the copy comes first', async () => {
    const copy = later<TabState | null>();
    const result = firstState(copy.promise, Promise.resolve(idle));
    copy.resolve(notArticle);
    await expect(result).resolves.toBe(idle);
  });

  it('without a copy, the answer, whenever it comes', async () => {
    const answer = later<TabState>();
    const result = firstState(Promise.resolve(null), answer.promise);
    await new Promise((r) => setTimeout(r, 5));
    answer.resolve(idle);
    await expect(result).resolves.toBe(idle);
  });

  it('fails with the background only when there is no copy, in either order', async () => {
    const error = new Error('no answer');
    await expect(firstState(Promise.resolve(null), Promise.reject(error))).rejects.toBe(error);
    const copy = later<TabState | null>();
    const result = firstState(copy.promise, Promise.reject(error));
    await new Promise((r) => setTimeout(r, 5));
    copy.resolve(null);
    await expect(result).rejects.toBe(error);
    const withCopy = later<TabState | null>();
    const kept = firstState(withCopy.promise, Promise.reject(error));
    await new Promise((r) => setTimeout(r, 5));
    withCopy.resolve(notArticle);
    await expect(kept).resolves.toBe(notArticle);
  });
});
