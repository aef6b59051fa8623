import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokens';
import type { SentenceTokens } from './tokens';
import { readWordNumber, splitHyphenNumber } from './words';

function read(text: string, at = 0) {
  const tokens = tokenize(text);
  const s: SentenceTokens = { tokens, lower: tokens.map((t) => t.text.toLowerCase()) };
  const n = readWordNumber(s, at);
  return n === null ? null : { value: n.value, text: text.slice(tokens[at].start, n.end), rest: n.hyphenRest };
}

describe('readWordNumber', () => {
  it('adds units to tens and multiplies by scales', () => {
    expect(read('twenty five people')).toEqual({ value: 25, text: 'twenty five', rest: undefined });
    expect(read('one hundred and twenty migrants')?.value).toBe(120);
    expect(read('two million three hundred thousand barrels')?.value).toBe(2_300_000);
    expect(read('a dozen officers')).toMatchObject({ value: 12, text: 'a dozen' });
    expect(read('two dozen eggs')?.value).toBe(24);
    expect(read('two and a half years')).toMatchObject({ value: 2.5, text: 'two and a half' });
  });

  it('never merges two numbers in a list', () => {
    expect(read('one two three')).toMatchObject({ value: 1, text: 'one' });
    expect(read('two and three')).toMatchObject({ value: 2, text: 'two' });
    expect(read('ten five')?.value).toBe(10);
  });

  it('splits hyphenated words into a number and what follows', () => {
    expect(read('twenty-five')).toMatchObject({ value: 25, text: 'twenty-five' });
    expect(read('a five-year plan', 1)).toEqual({ value: 5, text: 'five', rest: 'year' });
    expect(read('two-thirds')?.value).toBeCloseTo(2 / 3);
    expect(splitHyphenNumber('twenty-one-year-old')).toEqual({ value: 21, numberChars: 10, rest: 'year-old' });
    expect(splitHyphenNumber('well-known')).toBeNull();
  });

  it('does not start at "a" without a scale', () => {
    expect(read('a tanker')).toBeNull();
  });
});
