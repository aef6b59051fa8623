import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nonWhitespaceCount, nthNonWhitespace } from './text-index';

/** Reference definitions, one character at a time, with JavaScript's own `\s`. */
const isSpace = (ch: string) => /\s/.test(ch);
function countRef(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isSpace(s[i])) n++;
  return n;
}
function nthRef(data: string, k: number, after: boolean): number {
  let seen = 0;
  for (let i = 0; i < data.length; i++) {
    if (isSpace(data[i])) continue;
    if (seen === k) return after ? i + 1 : i;
    seen++;
  }
  return data.length;
}

// Letters and the whitespace a page really holds: spaces, line breaks, tabs, NBSP, line separator,
// BOM, ideographic and thin spaces.
const text = fc.string({ unit: fc.constantFrom('a', 'é', 'Z', '.', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u2009'), maxLength: 80 });

describe('nonWhitespaceCount', () => {
  it('counts the non-whitespace characters of a range as a character loop would', () => {
    fc.assert(
      fc.property(text, fc.nat(90), fc.nat(90), (s, a, b) => {
        expect(nonWhitespaceCount(s, a, b)).toBe(countRef(s, a, Math.min(b, s.length)));
      }),
    );
    expect(nonWhitespaceCount('Moscow\u00a0said  on\nFriday')).toBe(18);
    expect(nonWhitespaceCount('the Kremlin said', 3, 12)).toBe(7);
  });
});

describe('nthNonWhitespace', () => {
  it('finds the k-th non-whitespace character (and just past it) as a character loop would', () => {
    fc.assert(
      fc.property(text, fc.nat(90), fc.boolean(), (s, k, after) => {
        expect(nthNonWhitespace(s, k, after)).toBe(nthRef(s, k, after));
      }),
    );
    expect(nthNonWhitespace('  “We   will  respond,”', 3, false)).toBe(8);
    expect(nthNonWhitespace('  “We   will  respond,”', 3, true)).toBe(9);
    expect(nthNonWhitespace(' \n ', 0, false)).toBe(3);
  });
});
