import { describe, expect, it } from 'vitest';
import { isMessage, isStepMarkAnswer } from './protocol';

describe('isMessage: step-mark', () => {
  it('accepts a step to the next or the previous statement', () => {
    expect(isMessage({ type: 'background->content:step-mark', direction: 1 })).toBe(true);
    expect(isMessage({ type: 'background->content:step-mark', direction: -1 })).toBe(true);
    expect(isMessage({ type: 'popup->background:step-mark', tabId: 12, direction: -1 })).toBe(true);
  });

  it('refuses any other direction: a step is one statement, never a jump', () => {
    for (const direction of [0, 2, -2, 0.5, '1', null, undefined, Number.NaN]) {
      expect(isMessage({ type: 'background->content:step-mark', direction })).toBe(false);
      expect(isMessage({ type: 'popup->background:step-mark', tabId: 12, direction })).toBe(false);
    }
  });

  it('refuses a popup step without a valid tab id', () => {
    expect(isMessage({ type: 'popup->background:step-mark', direction: 1 })).toBe(false);
    expect(isMessage({ type: 'popup->background:step-mark', tabId: -1, direction: 1 })).toBe(false);
    expect(isMessage({ type: 'popup->background:step-mark', tabId: '12', direction: 1 })).toBe(false);
  });

  it('still refuses unknown message types and non-objects', () => {
    expect(isMessage({ type: 'content->background:step-mark', direction: 1 })).toBe(false);
    expect(isMessage('background->content:step-mark')).toBe(false);
    expect(isMessage(null)).toBe(false);
  });
});

describe('isStepMarkAnswer', () => {
  it('accepts where a step went, and a step that found nothing', () => {
    expect(isStepMarkAnswer({ ok: true, index: 2, total: 12, wrapped: false })).toBe(true);
    expect(isStepMarkAnswer({ ok: true, index: 0, total: 12, wrapped: true })).toBe(true);
    expect(isStepMarkAnswer({ ok: false, index: -1, total: 0, wrapped: false })).toBe(true);
  });

  it('refuses positions outside the statements and missing fields', () => {
    expect(isStepMarkAnswer({ ok: true, index: 12, total: 12, wrapped: false })).toBe(false);
    expect(isStepMarkAnswer({ ok: true, index: -2, total: 12, wrapped: false })).toBe(false);
    expect(isStepMarkAnswer({ ok: true, index: 1.5, total: 12, wrapped: false })).toBe(false);
    expect(isStepMarkAnswer({ ok: true, index: 1, total: 12 })).toBe(false);
    expect(isStepMarkAnswer(undefined)).toBe(false);
  });
});

describe('isMessage: done by reference', () => {
  const done = { type: 'content->background:done', ref: 'lq3x-1', url: 'https://example.org/a', timings: { locate: 2.5, show: 1 }, marks: { placed: 3, missing: 1, visible: true }, updatedAt: 1 };

  it('accepts a reference with timings and mark counts', () => {
    expect(isMessage(done)).toBe(true);
  });

  it('refuses malformed references, timings and counts: the page-side script is input, not fact', () => {
    expect(isMessage({ ...done, ref: 7 })).toBe(false);
    expect(isMessage({ ...done, ref: 'x'.repeat(65) })).toBe(false);
    expect(isMessage({ ...done, timings: { locate: '2' } })).toBe(false);
    expect(isMessage({ ...done, timings: { locate: Number.POSITIVE_INFINITY } })).toBe(false);
    expect(isMessage({ ...done, timings: Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, 1])) })).toBe(false);
    expect(isMessage({ ...done, marks: { placed: -1, missing: 0, visible: true } })).toBe(false);
    expect(isMessage({ ...done, marks: { placed: 1, missing: 0 } })).toBe(false);
    expect(isMessage({ ...done, updatedAt: Number.NaN })).toBe(false);
    expect(isMessage({ ...done, url: undefined })).toBe(false);
  });
});

describe('isMessage: mark settings', () => {
  it('accepts an object of settings (their fields are checked by the receiver) and nothing else', () => {
    const settings = { marks: { statements: true, official: false, anonymous: true, appeals: true, numbers: true }, palette: 'colorblind' };
    expect(isMessage({ type: 'background->content:mark-settings', settings })).toBe(true);
    expect(isMessage({ type: 'background->content:mark-settings' })).toBe(false);
    expect(isMessage({ type: 'background->content:mark-settings', settings: 'colorblind' })).toBe(false);
    expect(isMessage({ type: 'background->content:mark-settings', settings: null })).toBe(false);
  });
});
