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
