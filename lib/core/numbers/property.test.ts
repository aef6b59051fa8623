import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import { findNumbers } from './index';

// Fragments that exercise the scanner's branches; arbitrary strings alone rarely form numbers.
const PIECES = [
  '$', '€', 'US', '4.2', '1,200', '87', '2024', '10:30', 'a.m.', 'bn', 'million', ' ', '-', '–', ' to ', ' and ',
  'between ', 'at least ', 'one', 'twenty-five', 'a dozen', 'hundreds of', 'half', '%', ' percent', 'people',
  ' years', '-year-old', 'Sept.', ' 11', 'th', '.', ',', '"', '\n', 'No. ', '½', '٣', '9'.repeat(30), 'of', ' a month',
  ' March ', ' in ', ' or ', 'from ', '/', 'thousand', ' and a half', 'tens', 'killed', 'Boeing', '(', ')', '#', 'pounds',
  'USD', 'C$', '5m', 's', 'ago', 'a', ' the ',
];

function check(text: string, appeals: { start: number; end: number }[] = []): void {
  const found = findNumbers(prepareText(text), [], appeals);
  for (const n of found) {
    expect(n.start >= 0 && n.end <= text.length && n.start < n.end).toBe(true);
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(Number.isFinite(n.value)).toBe(true);
    if (n.valueMax !== undefined) expect(Number.isFinite(n.valueMax) && n.valueMax > n.value).toBe(true);
    expect(text.slice(n.contextStart, n.contextEnd)).toBe(n.context);
    if (n.inAppeal) expect(n.key).toBe(false);
  }
  for (let k = 1; k < found.length; k++) expect(found[k].start >= found[k - 1].end).toBe(true);
}

describe('findNumbers properties', () => {
  it('never throws on arbitrary strings and keeps spans valid', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => check(t)), { numRuns: 400 });
  });

  it('keeps spans valid on number-shaped text', () => {
    const numberish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(numberish, fc.nat(), (t, cut) => check(t, [{ start: cut % (t.length + 1), end: t.length }])),
      { numRuns: 600 },
    );
  });
});
