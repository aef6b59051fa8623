import { describe, expect, it } from 'vitest';
import { compileLexicon, normTokens } from '../appeals/lexicon';
import type { AppealKind } from '../types';
import { APPEAL_EN, APPEAL_LANGUAGES } from './appeal-phrases';

const KINDS: AppealKind[] = ['donation', 'subscription', 'newsletter', 'paywall', 'registration', 'adblock'];

describe('appeal-phrases lexicon', () => {
  it('compiles every language (patterns start with a word or a number slot)', () => {
    expect(() => compileLexicon(APPEAL_LANGUAGES)).not.toThrow();
  });

  it('has lower-case patterns without stray whitespace', () => {
    for (const l of APPEAL_LANGUAGES) {
      for (const e of l.phrases) {
        expect(e.p, `${l.lang}: ${e.p}`).toBe(e.p.toLowerCase().trim());
        expect(e.p).not.toMatch(/\s{2}/);
      }
    }
  });

  it('has no duplicate pattern within a language and role', () => {
    for (const l of APPEAL_LANGUAGES) {
      const seen = new Set<string>();
      for (const e of l.phrases) {
        const key = `${e.role}|${normTokens(e.p).join(' ')}`;
        expect(seen.has(key), `${l.lang}: duplicate ${key}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('gives English an unambiguous (weight 4) ask for every kind but paywall, and meters for paywalls', () => {
    for (const k of KINDS) {
      const has =
        k === 'paywall'
          ? APPEAL_EN.phrases.some((e) => e.kind === k && e.role === 'meter')
          : APPEAL_EN.phrases.some((e) => e.kind === k && e.role === 'ask' && (e.w ?? 0) >= 4);
      expect(has, k).toBe(true);
    }
  });

  it('keeps the reader-address list free of words that are ordinary in another language', () => {
    const all = APPEAL_LANGUAGES.flatMap((l) => l.readerAddress);
    for (const w of ['my', 'sie', 'die']) expect(all).not.toContain(w);
  });

  it('keeps kind-less entries to headings, neutral buttons and cues', () => {
    for (const l of APPEAL_LANGUAGES) {
      for (const e of l.phrases) if (e.role === 'ask' || e.role === 'meter') expect(e.kind, e.p).toBeDefined();
    }
  });

  it('lists reader-address words for every language and excludes the ambiguous German "sie"', () => {
    for (const l of APPEAL_LANGUAGES) expect(l.readerAddress.length).toBeGreaterThan(3);
    expect(APPEAL_LANGUAGES.find((l) => l.lang === 'de')?.readerAddress).not.toContain('sie');
  });

  it('tokenises patterns the way the text is tokenised ("you\'ve" and "abonnez-vous" stay one token)', () => {
    expect(normTokens("You’ve read 2 of 3")).toEqual(["you've", 'read', '2', 'of', '3']);
    expect(normTokens('Abonnez-vous')).toEqual(['abonnez-vous']);
  });
});
