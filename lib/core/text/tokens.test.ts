import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCapitalized, TOKEN_GRAMMAR, tokenize } from './tokens';

describe('tokenize', () => {
  it('keeps possessives, hyphens, acronyms and numbers whole, with offsets into the text', () => {
    const t = 'Venezuela\'s read-out: the U.S. paid $4.2 million, AT&T said.';
    const toks = tokenize(t);
    expect(toks.map((x) => x.text)).toEqual([
      "Venezuela's", 'read-out', ':', 'the', 'U.S.', 'paid', '$', '4.2', 'million', ',', 'AT&T', 'said', '.',
    ]);
    for (const k of toks) expect(t.slice(k.start, k.end)).toBe(k.text);
    expect(toks.find((k) => k.text === '4.2')?.kind).toBe('number');
    expect(toks.find((k) => k.text === ',')?.kind).toBe('punct');
  });

  it('tokenises a sub-range with absolute offsets', () => {
    const t = 'Caracas said it. Nicolás Maduro agreed.';
    const toks = tokenize(t, 17, t.length);
    expect(toks[0]).toMatchObject({ text: 'Nicolás', start: 17, kind: 'word' });
    expect(isCapitalized(toks[0])).toBe(true);
    expect(isCapitalized(toks[2])).toBe(false);
  });
});

describe('tokenize matches its grammar', () => {
  const byGrammar = (t: string) => {
    const re = new RegExp(TOKEN_GRAMMAR.source, TOKEN_GRAMMAR.flags);
    return [...t.matchAll(re)].map((m) => [m.index, m[0]]);
  };
  const byScanner = (t: string) => tokenize(t).map((k) => [k.start, k.text]);

  it('on tricky hand-picked strings', () => {
    for (const t of [
      'U.S.A. e.g. U.S said. 3.5,000:12 4th G7 COVID-19 AT&T -x- ’s',
      'naïve café Ωmega ١٢٣ ½ 𝐀𝐁 𝟏𝟐 😀 \u0301x \ud800 lone',
      '  \u00a0\u2003 « Bonjour » „Hallo“ — … ',
    ]) {
      expect(byScanner(t)).toEqual(byGrammar(t));
    }
  });

  it('on arbitrary strings (property)', () => {
    const alphabet = fc.constantFrom(...'aZ9. ,:-’\'&\u00e9\u0301١😀\u00a0\n"«»—…U.S'.split(''), 'U.S.', '3.5', '😀');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (t) => {
        expect(byScanner(t)).toEqual(byGrammar(t));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (t) => {
      expect(byScanner(t)).toEqual(byGrammar(t));
    }), { numRuns: 1000 });
  });
});
