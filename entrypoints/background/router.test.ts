import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalyseAnswer } from '../../lib/protocol';
import { SETTINGS_KEY } from '../../lib/settings';
import { AnsweredAnalyses } from './answered';
import { MarkSettingsCache } from './mark-settings';
import { createRouter, type SenderLike } from './router';
import { TabStates } from './tab-states';

const TEXT = 'The Kremlin said in a read-out that the two presidents discussed the situation in Venezuela.';
const URL_A = 'https://example.org/news/a';

describe('router: an analysis reported done by reference', () => {
  let states: TabStates;
  let route: ReturnType<typeof createRouter>;
  const from = (tabId: number): SenderLike => ({ id: fakeBrowser.runtime.id, url: URL_A, tab: { id: tabId, url: URL_A }, frameId: 0 });
  /** The router's answer, given now or later (`true` returned); undefined when it does not answer. */
  const send = (msg: unknown, sender: SenderLike): Promise<unknown> =>
    new Promise((resolve) => {
      if (route(msg, sender, resolve) !== true) resolve(undefined);
    });
  const analyse = async (tabId: number) =>
    (await send({ type: 'content->background:analyse', text: TEXT, meta: {} }, from(tabId))) as Extract<AnalyseAnswer, { ok: true }> & { ref: string };
  const done = (ref: string) => ({ type: 'content->background:done', ref, url: URL_A, timings: { check: 1.5, show: 2 }, marks: { placed: 1, missing: 0, visible: true }, updatedAt: 42 });

  beforeEach(() => {
    fakeBrowser.reset();
    states = new TabStates(null);
    route = createRouter(states, new AnsweredAnalyses(), new MarkSettingsCache());
  });

  it('answers the analysis with a reference, and records it done with the page-side timings', async () => {
    const answer = await analyse(3);
    expect(answer.ok).toBe(true);
    expect(typeof answer.ref).toBe('string');
    expect(await send(done(answer.ref), from(3))).toEqual({ ok: true });
    const state = await states.get(3);
    expect(state.status).toBe('done');
    if (state.status !== 'done') return;
    expect(state.analysis.text).toBe(TEXT);
    expect(state.analysis.statements.length).toBeGreaterThan(0);
    expect(state.analysis.timings).toEqual({ check: 1.5, show: 2 });
    expect(state.marks).toEqual({ placed: 1, missing: 0, visible: true });
    expect(state.updatedAt).toBe(42);
  });

  it('refuses a reference of another tab, an unknown one, or one already used: the state is left alone', async () => {
    const answer = await analyse(3);
    expect(await send(done(answer.ref), from(4))).toEqual({ ok: false });
    expect(await send(done('not-a-ref'), from(3))).toEqual({ ok: false });
    expect((await states.get(3)).status).toBe('idle');
    expect(await send(done(answer.ref), from(3))).toEqual({ ok: true });
    expect(await send(done(answer.ref), from(3))).toEqual({ ok: false });
  });

  it('ignores done reports from frames other than the top one', async () => {
    const answer = await analyse(3);
    expect(await send(done(answer.ref), { ...from(3), frameId: 2 })).toBeUndefined();
    expect((await states.get(3)).status).toBe('idle');
  });
});

describe('router: the analysis comes with the mark settings to paint it with', () => {
  const from: SenderLike = { id: fakeBrowser.runtime.id, url: URL_A, tab: { id: 7, url: URL_A }, frameId: 0 };
  const analyse = (route: ReturnType<typeof createRouter>) =>
    new Promise<Extract<AnalyseAnswer, { ok: true }>>((resolve) => {
      route({ type: 'content->background:analyse', text: TEXT, meta: {} }, from, (a) => resolve(a as Extract<AnalyseAnswer, { ok: true }>));
    });

  beforeEach(() => fakeBrowser.reset());

  it('sends the stored mark settings, and never the granted sites', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, autoSites: ['https://*.example.org/*'], marks: { anonymous: false }, palette: 'colorblind' },
    });
    const answer = await analyse(createRouter(new TabStates(null), new AnsweredAnalyses(), new MarkSettingsCache()));
    expect(answer.ok).toBe(true);
    expect(answer.analysis.text).toBe(TEXT);
    expect(answer.markSettings).toEqual({
      marks: { statements: true, official: true, anonymous: false, appeals: true, numbers: true },
      palette: 'colorblind',
    });
    expect(JSON.stringify(answer)).not.toContain('example.org/*');
  });

  it('sends the defaults when nothing is stored, and a change recorded since', async () => {
    const cache = new MarkSettingsCache();
    const route = createRouter(new TabStates(null), new AnsweredAnalyses(), cache);
    expect((await analyse(route)).markSettings?.palette).toBe('default');
    cache.set({ marks: { statements: false, official: true, anonymous: true, appeals: true, numbers: true }, palette: 'colorblind' });
    const after = await analyse(route);
    expect(after.markSettings).toEqual({ marks: { statements: false, official: true, anonymous: true, appeals: true, numbers: true }, palette: 'colorblind' });
  });
});
