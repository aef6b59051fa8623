import { describe, expect, it } from 'vitest';
import {
  CASUALTY_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  EVENT_NOUNS,
  LABEL_NOUNS,
  MEASURE_UNITS,
  MONTHS,
  PEOPLE_NOUNS,
  TIME_UNITS,
} from './units';

describe('units lexicon', () => {
  it('maps currency symbols, prefixes and names to ISO 4217 codes', () => {
    expect(CURRENCY_SYMBOLS.get('$')).toBe('USD');
    expect(CURRENCY_SYMBOLS.get('€')).toBe('EUR');
    expect(CURRENCY_SYMBOLS.get('£')).toBe('GBP');
    expect(CURRENCY_SYMBOLS.get('₽')).toBe('RUB');
    expect(DOLLAR_PREFIXES.get('C')).toBe('CAD');
    expect(CURRENCY_WORDS.get('roubles')).toBe('RUB');
    expect(CURRENCY_WORDS.has('won')).toBe(false); // a verb far more often
    const iso = /^[A-Z]{3}$/;
    for (const c of [...CURRENCY_SYMBOLS.values(), ...DOLLAR_PREFIXES.values()]) expect(c).toMatch(iso);
    for (const c of CURRENCY_CODES) expect(c).toMatch(iso);
  });

  it('normalises time units to plurals and knows the months', () => {
    expect(TIME_UNITS.get('year')).toBe('years');
    expect(TIME_UNITS.get('hrs')).toBe('hours');
    expect(MONTHS.get('sept')).toBe(9);
    for (const m of MONTHS.values()) expect(m >= 1 && m <= 12).toBe(true);
    expect(new Set(MONTHS.values()).size).toBe(12);
  });

  it('normalises measures', () => {
    expect(MEASURE_UNITS.get('kilometres')).toBe('km');
    expect(MEASURE_UNITS.get('barrels')).toBe('barrels');
  });

  it('keeps keys lower-case where lookups are lower-cased', () => {
    for (const set of [PEOPLE_NOUNS, EVENT_NOUNS, CASUALTY_WORDS, LABEL_NOUNS]) for (const w of set) expect(w).toBe(w.toLowerCase());
    for (const map of [TIME_UNITS, MEASURE_UNITS, CURRENCY_WORDS, MONTHS]) for (const w of map.keys()) expect(w).toBe(w.toLowerCase());
  });

  it('separates people, events and casualty words', () => {
    expect(PEOPLE_NOUNS.has('civilians')).toBe(true);
    expect(EVENT_NOUNS.has('strikes')).toBe(true);
    expect(CASUALTY_WORDS.has('killed')).toBe(true);
    expect(PEOPLE_NOUNS.has('strikes')).toBe(false);
  });
});
