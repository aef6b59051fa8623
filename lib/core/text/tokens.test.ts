import { describe, expect, it } from 'vitest';
import { isCapitalized, tokenize } from './tokens';

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
