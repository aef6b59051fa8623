import { describe, expect, it } from 'vitest';
import type { AppealLanguage } from '../lexicons/appeal-phrases';
import { compileLexicon, normToken } from './lexicon';
import { findPhrases, longestAt, type MatchToken } from './match';
import { QuoteCursor, quoteRanges } from './quotes';
import { tokenize } from '../text/tokens';

const lang: AppealLanguage = {
  lang: 'xx',
  phrases: [
    { p: 'sign up for * newsletter', role: 'ask', kind: 'newsletter', w: 4 },
    { p: '# of # articles read', role: 'meter', kind: 'paywall' },
    { p: 'donate', role: 'ask', kind: 'donation', w: 2 },
  ],
  readerAddress: ['you'],
  imperativeLeads: ['please', 'click here to'],
  reportingVerbs: ['said'],
};
const lex = compileLexicon([lang]);
const toks = (s: string): MatchToken[] => tokenize(s).map((t) => ({ norm: normToken(t.text), number: t.kind === 'number' }));

describe('findPhrases', () => {
  it('matches gaps of up to three tokens', () => {
    expect(findPhrases(lex.byFirst, toks('Sign up for the Morning newsletter'))).toHaveLength(1);
    expect(findPhrases(lex.byFirst, toks('Sign up for our weekly politics newsletter'))).toHaveLength(1);
    expect(findPhrases(lex.byFirst, toks('Sign up for our new weekly politics newsletter'))).toHaveLength(0);
  });

  it('matches patterns that start with a number slot', () => {
    const m = findPhrases(lex.byFirst, toks('1 of 10 articles read'));
    expect(m.map((x) => [x.from, x.to])).toEqual([[0, 5]]);
    expect(findPhrases(lex.byFirst, toks('one of ten articles read'))).toHaveLength(0);
  });

  it('finds the longest imperative lead', () => {
    const t = toks('Click here to donate');
    expect(longestAt(lex.leadsByFirst, t, 0, t.length)).toBe(3);
  });
});

describe('quoteRanges', () => {
  it('pairs straight and curly quotes and runs an open quote to the end', () => {
    const s = 'He said "give" and “donate” then «join» and "open';
    const r = quoteRanges(s, 0, s.length).map((x) => s.slice(x.start, x.end));
    expect(r).toEqual(['"give"', '“donate”', '«join»', '"open']);
  });

  it('answers inside() for increasing offsets', () => {
    const s = 'a "b" c';
    const c = new QuoteCursor(quoteRanges(s, 0, s.length));
    expect([0, 2, 3, 4, 6].map((p) => c.inside(p))).toEqual([false, true, true, true, false]);
  });
});
