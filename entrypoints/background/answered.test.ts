import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/core/types';
import { AnsweredAnalyses } from './answered';

const analysis = (text: string): Analysis => ({
  schemaVersion: '1.0', text, title: null, byline: null, siteName: null, publishedTime: null, statements: [], appeals: [], actors: [], numbers: [],
});

describe('AnsweredAnalyses', () => {
  it('gives back the analysis answered to a tab under its reference, once', () => {
    const answered = new AnsweredAnalyses();
    const a = analysis('The Kremlin said the talks were useful.');
    const ref = answered.keep(7, a);
    expect(answered.take(7, ref)).toBe(a);
    expect(answered.take(7, ref)).toBeUndefined();
  });

  it('never gives one tab the analysis of another, nor an answer a newer one replaced', () => {
    const answered = new AnsweredAnalyses();
    const older = answered.keep(7, analysis('older'));
    const other = answered.keep(8, analysis('other tab'));
    const newer = answered.keep(7, analysis('newer'));
    expect(new Set([older, other, newer]).size).toBe(3);
    expect(answered.take(7, other)).toBeUndefined();
    expect(answered.take(7, older)).toBeUndefined();
    expect(answered.take(7, newer)?.text).toBe('newer');
    expect(answered.take(8, other)?.text).toBe('other tab');
  });

  it('forgets a closed tab, and a restarted worker knows no earlier reference', () => {
    const answered = new AnsweredAnalyses();
    const ref = answered.keep(7, analysis('a'));
    answered.forget(7);
    expect(answered.take(7, ref)).toBeUndefined();
    // The first answer of a restarted worker is not the first answer of the worker before it.
    const before = new AnsweredAnalyses().keep(9, analysis('before the restart'));
    const restarted = new AnsweredAnalyses();
    restarted.keep(9, analysis('after the restart'));
    expect(restarted.take(9, before)).toBeUndefined();
  });
});
