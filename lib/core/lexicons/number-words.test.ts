import { describe, expect, it } from 'vitest';
import {
  APPROXIMATE_PLURALS,
  FRACTION_WORDS,
  MONEY_ONLY_SUFFIXES,
  ONE_PRONOUN_AFTER,
  ONE_PRONOUN_BEFORE,
  QUALIFIERS,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  SMALL_NUMBERS,
  VULGAR_FRACTIONS,
} from './number-words';

describe('number-words lexicon', () => {
  it('spells every cardinal below twenty and every ten', () => {
    expect(SMALL_NUMBERS.get('zero')).toBe(0);
    expect(SMALL_NUMBERS.get('nineteen')).toBe(19);
    for (const [w, v] of [['twenty', 20], ['forty', 40], ['ninety', 90]] as const) expect(SMALL_NUMBERS.get(w)).toBe(v);
    expect(SMALL_NUMBERS.size).toBe(28);
  });

  it('has scales that multiply, and ambiguous glued suffixes only as money suffixes', () => {
    expect(SCALE_WORDS.get('million')).toBe(1e6);
    expect(SCALE_WORDS.get('dozen')).toBe(12);
    expect(SCALE_SUFFIXES.get('bn')).toBe(1e9);
    for (const s of MONEY_ONLY_SUFFIXES) expect(SCALE_SUFFIXES.has(s)).toBe(true);
    expect(MONEY_ONLY_SUFFIXES.has('bn')).toBe(false);
  });

  it('gives approximate plurals their magnitude and fractions their value', () => {
    expect(APPROXIMATE_PLURALS.get('hundreds')).toBe(100);
    expect(APPROXIMATE_PLURALS.get('dozens')).toBe(12);
    expect(FRACTION_WORDS.get('half')).toBe(0.5);
    expect(FRACTION_WORDS.get('thirds')).toBeCloseTo(1 / 3);
    expect(VULGAR_FRACTIONS.get('¾')).toBe(0.75);
    for (const v of VULGAR_FRACTIONS.values()) expect(v > 0 && v < 1).toBe(true);
  });

  it('lists qualifiers once, lower-case, without the range word "between"', () => {
    expect(new Set(QUALIFIERS).size).toBe(QUALIFIERS.length);
    for (const q of QUALIFIERS) expect(q).toBe(q.toLowerCase().trim());
    expect(QUALIFIERS).toContain('at least');
    expect(QUALIFIERS).toContain('an estimated');
    expect(QUALIFIERS).not.toContain('between');
  });

  it('marks pronoun "one" contexts', () => {
    expect(ONE_PRONOUN_AFTER.has('of')).toBe(true);
    expect(ONE_PRONOUN_BEFORE.has('no')).toBe(true);
    expect(ONE_PRONOUN_AFTER.has('people')).toBe(false);
  });
});
