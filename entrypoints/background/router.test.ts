import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnalyseAnswer } from '../../lib/protocol';
import { AnsweredAnalyses } from './answered';
import { createRouter, type SenderLike } from './router';
import { TabStates } from './tab-states';

const TEXT = 'The Kremlin said in a read-out that the two presidents discussed the situation in Venezuela.';
const URL_A = 'https://example.org/news/a';

describe('router: an analysis reported done by reference', () => {
  let states: TabStates;
  let route: ReturnType<typeof createRouter>;
  const from = (tabId: number): SenderLike => ({ id: fakeBrowser.runtime.id, url: URL_A, tab: { id: tabId, url: URL_A }, frameId: 0 });
  const send = (msg: unknown, sender: SenderLike): unknown => {
    let answer: unknown;
    route(msg, sender, (a) => (answer = a));
    return answer;
  };
  const analyse = (tabId: number) => send({ type: 'content->background:analyse', text: TEXT, meta: {} }, from(tabId)) as AnalyseAnswer & { ref: string };
  const done = (ref: string) => ({ type: 'content->background:done', ref, url: URL_A, timings: { check: 1.5, show: 2 }, marks: { placed: 1, missing: 0, visible: true }, updatedAt: 42 });

  beforeEach(() => {
    fakeBrowser.reset();
    states = new TabStates(null);
    route = createRouter(states, new AnsweredAnalyses());
  });

  it('answers the analysis with a reference, and records it done with the page-side timings', async () => {
    const answer = analyse(3);
    expect(answer.ok).toBe(true);
    expect(typeof answer.ref).toBe('string');
    expect(send(done(answer.ref), from(3))).toEqual({ ok: true });
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
    const answer = analyse(3);
    expect(send(done(answer.ref), from(4))).toEqual({ ok: false });
    expect(send(done('not-a-ref'), from(3))).toEqual({ ok: false });
    expect((await states.get(3)).status).toBe('idle');
    expect(send(done(answer.ref), from(3))).toEqual({ ok: true });
    expect(send(done(answer.ref), from(3))).toEqual({ ok: false });
  });

  it('ignores done reports from frames other than the top one', async () => {
    const answer = analyse(3);
    expect(send(done(answer.ref), { ...from(3), frameId: 2 })).toBeUndefined();
    expect((await states.get(3)).status).toBe('idle');
  });
});
