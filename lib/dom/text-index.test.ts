import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, isIndexable, nonWhitespaceCount, nthNonWhitespace, type TextIndex } from './text-index';

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

describe('buildTextIndex reusing the index of a part of the page', () => {
  // Trees with text, whitespace, and every kind of skipped content the index knows (tags, hidden, styles).
  const opening = ['div', 'p', 'span', 'section', 'script', 'div hidden', 'div style="display:none"', 'span aria-hidden="true"', 'em', 'div class="x"'];
  const leaf = fc.constantFrom('word', ' a b ', '\n  ', 'x', '', 'z.');
  const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom(...opening), fc.array(tie('node'), { maxLength: 4 })).map(([open, kids]) => {
        const tag = open.split(' ')[0];
        return `<${open}>${kids.join('')}</${tag}>`;
      }),
    ),
  })).node;
  const same = (a: TextIndex, b: TextIndex) => {
    expect(a.flat).toBe(b.flat);
    expect(a.nodes.length).toBe(b.nodes.length);
    a.nodes.forEach((n, i) => expect(n).toBe(b.nodes[i]));
    expect(Array.from(a.starts)).toEqual(Array.from(b.starts));
    expect(Array.from(a.gapBefore)).toEqual(Array.from(b.gapBefore));
    expect(a.truncated).toBe(b.truncated);
    expect(a.gapAfter).toBe(b.gapAfter);
  };

  it('gives exactly the index a walk of the whole page gives, whatever part it reuses', () => {
    fc.assert(
      fc.property(fc.array(html, { minLength: 1, maxLength: 5 }), fc.nat(), (parts, pick) => {
        const { document } = parseHTML(`<html><body>${parts.join('')}</body></html>`);
        const body = document.body as unknown as Element;
        const candidates = Array.from(body.querySelectorAll('*')).filter((el) => isIndexable(el as Element));
        if (!candidates.length) return;
        const region = candidates[pick % candidates.length] as Element;
        const reused = buildTextIndex(body, { reuse: { root: region, index: buildTextIndex(region) } });
        same(reused, buildTextIndex(body));
      }),
      { numRuns: 500 },
    );
  });

  it('walks the part itself when its index was cut short', () => {
    const { document } = parseHTML('<html><body><p>before</p><div id="r"><p>inside the region</p></div><p>after</p></body></html>');
    const body = document.body as unknown as Element;
    const region = document.getElementById('r') as unknown as Element;
    const cut = buildTextIndex(region, { maxChars: 3 });
    expect(cut.truncated).toBe(true);
    same(buildTextIndex(body, { reuse: { root: region, index: cut } }), buildTextIndex(body));
  });
});
