import { describe, expect, it } from 'vitest';
import { prepareText } from '../text/prepare';
import {
  F_ALLCAPS, F_CAP, F_HAS_LETTER, F_HYPHEN, F_LETTERS2, F_LOWER, F_ONE_LETTER, F_POSS, F_UPPER, F_UPPER_LETTER,
  tokenFeatures,
} from './features';
import { fold } from './gazetteer';

/** The slow, obvious definitions the fast per-token pass must agree with. */
function oracle(s: string): number {
  let f = 0;
  const letters = (s.match(/\p{L}/gu) ?? []).length;
  if (s === s.toLowerCase()) f |= F_LOWER;
  if (s === s.toUpperCase()) f |= F_UPPER;
  if (/['’]s$/i.test(s)) f |= F_POSS;
  if (s[0] !== s[0].toLowerCase() || /^(?:al|el|ad|ash|bin|ibn)-\p{Lu}/u.test(s)) f |= F_CAP;
  if (s.includes('-')) f |= F_HYPHEN;
  if (/^\p{L}$/u.test(s)) f |= F_ONE_LETTER;
  if (/^\p{Lu}$/u.test(s)) f |= F_UPPER_LETTER;
  if (letters >= 1) f |= F_HAS_LETTER;
  if (letters >= 2) f |= F_LETTERS2;
  if (letters >= 2 && s === s.toUpperCase()) f |= F_ALLCAPS;
  return f;
}

describe('tokenFeatures', () => {
  const text =
    "WASHINGTON (Reuters) - U.S. President Donald Trump's aide, Nicolás Maduro's envoy and al-Assad met in São Paulo.\n" +
    'Élysée officials, the AT&T board and George W. Bush attended; ÖVP leaders said "no" to Zelenskyy’s plan, O’Neill added.';
  const doc = prepareText(text);
  const f = tokenFeatures(doc);

  it('agrees with the regex definitions on every word, ASCII or not', () => {
    doc.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      expect(f.flags[i], t.text).toBe(oracle(t.text));
      expect(f.low[i]).toBe(t.text.toLowerCase());
      expect(f.fk[i]).toBe(fold(t.text));
      expect(f.key[i]).toBe(fold(/['’]s$/i.test(t.text) ? t.text.slice(0, -2) : t.text));
    });
  });

  it('folds accents and possessives for lookups', () => {
    const at = (w: string) => doc.tokens.findIndex((t) => t.text === w);
    expect(f.key[at("Maduro's")]).toBe('maduro');
    expect(f.fk[at('Nicolás')]).toBe('nicolas');
    expect(f.key[at('Zelenskyy’s')]).toBe('zelenskyy');
    expect(f.flags[at('WASHINGTON')] & F_ALLCAPS).toBeTruthy();
  });
});
