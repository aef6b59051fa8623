import { describe, expect, it } from 'vitest';
import { ANONYMOUS_PATTERNS, CAPITALS, GOVERNMENT_SEATS, OFFICIAL_NOUNS, SUBJECT_PRONOUNS, containsSequence, lexKey } from './sources';

describe('source lexicons', () => {
  it('lists institutions, seats and capitals in lower case', () => {
    for (const w of ['ministry', 'spokeswoman', 'police', 'embassy', 'court']) expect(OFFICIAL_NOUNS.has(w), w).toBe(true);
    expect(GOVERNMENT_SEATS.has('kremlin')).toBe(true);
    expect(GOVERNMENT_SEATS.has('white house')).toBe(true);
    expect(CAPITALS.has('caracas')).toBe(true);
    for (const set of [OFFICIAL_NOUNS, GOVERNMENT_SEATS, CAPITALS]) for (const w of set) expect(w).toBe(w.toLowerCase());
  });

  it('recognises anonymous phrasings as token sequences', () => {
    const hit = (s: string) => ANONYMOUS_PATTERNS.some((p) => containsSequence(s.split(' '), p));
    expect(hit('a person familiar with the matter')).toBe(true);
    expect(hit('officials who spoke on condition of anonymity')).toBe(true);
    expect(hit('two sources close to the negotiations')).toBe(true);
    expect(hit('the foreign ministry')).toBe(false);
  });

  it('normalises tokens for look-up', () => {
    expect(lexKey('Kremlin’s')).toBe('kremlin');
    expect(lexKey("Venezuela's")).toBe('venezuela');
    expect(SUBJECT_PRONOUNS.get('she')).toBe('person');
    expect(SUBJECT_PRONOUNS.get('it')).toBe('thing');
  });
});
