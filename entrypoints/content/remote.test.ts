import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Analysis } from '../../lib/core/types';
import type { TabState } from '../../lib/protocol';
import { analyseInBackground, reportDone } from './remote';

const analysis: Analysis = {
  schemaVersion: '1.0', text: 'The ministry said the road was closed.', title: null, byline: null, siteName: null, publishedTime: null,
  statements: [], appeals: [], actors: [], numbers: [], timings: { check: 1, show: 2 },
};
const state: Extract<TabState, { status: 'done' }> = { status: 'done', url: 'https://example.org/a', analysis, marks: { placed: 0, missing: 0, visible: true }, updatedAt: 5 };

/** Records what the content script sends; the background answers `done` reports with `ok`. */
function background(ok: boolean) {
  const seen: { type: string; analysis?: boolean }[] = [];
  fakeBrowser.runtime.onMessage.addListener((msg: { type: string; state?: { analysis?: unknown } }, _sender, sendResponse) => {
    seen.push({ type: msg.type, analysis: msg.state?.analysis !== undefined });
    if (msg.type !== 'content->background:done') return undefined;
    sendResponse({ ok });
    return true;
  });
  return seen;
}

describe('reportDone', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends only the reference when the background holds the analysis', async () => {
    const seen = background(true);
    await reportDone(state, 'ref-1');
    expect(seen).toEqual([{ type: 'content->background:done', analysis: false }]);
  });

  it('falls back to the whole state when the background no longer holds it (a restarted worker)', async () => {
    const seen = background(false);
    await reportDone(state, 'ref-1');
    expect(seen).toEqual([{ type: 'content->background:done', analysis: false }, { type: 'content->background:state', analysis: true }]);
  });

  it('sends the whole state when the answer had no reference', async () => {
    const seen = background(true);
    await reportDone(state, undefined);
    expect(seen).toEqual([{ type: 'content->background:state', analysis: true }]);
  });
});

describe('analyseInBackground', () => {
  beforeEach(() => fakeBrowser.reset());

  const answering = (answer: unknown) =>
    fakeBrowser.runtime.onMessage.addListener((_msg, _sender, sendResponse) => {
      sendResponse(answer);
      return true;
    });

  it('returns the analysis, its reference and the mark settings, validated', async () => {
    answering({ ok: true, analysis, ref: 'r1', markSettings: { marks: { official: false, numbers: 'yes' }, palette: 'colorblind', autoSites: ['x'] } });
    const got = await analyseInBackground(analysis.text, {});
    expect(got.ref).toBe('r1');
    expect(got.analysis.text).toBe(analysis.text);
    expect(got.markSettings).toEqual({ marks: { statements: true, official: false, anonymous: true, appeals: true, numbers: true }, palette: 'colorblind' });
  });

  it('has no mark settings when the background sent none (the defaults apply)', async () => {
    answering({ ok: true, analysis, ref: 'r1' });
    expect((await analyseInBackground(analysis.text, {})).markSettings).toBeUndefined();
  });

  it('rejects with the error the background answered', async () => {
    answering({ ok: false, error: 'the text is too long' });
    await expect(analyseInBackground(analysis.text, {})).rejects.toThrow('the text is too long');
  });
});
