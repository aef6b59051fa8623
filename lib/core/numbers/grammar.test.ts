import { describe, expect, it } from 'vitest';
import {
  ANAPHORIC_DETERMINERS,
  AUXILIARIES,
  CLAUSE_BOUNDARIES,
  CONTEXT_PREPOSITIONS,
  NON_NAME_CAPITALS,
  PHRASE_STOPS,
  QUANTITY_ADJECTIVES,
  VERBS,
} from './grammar';

describe('number-stage grammar words', () => {
  const all = { ANAPHORIC_DETERMINERS, AUXILIARIES, CLAUSE_BOUNDARIES, CONTEXT_PREPOSITIONS, NON_NAME_CAPITALS, PHRASE_STOPS, QUANTITY_ADJECTIVES, VERBS };

  it('is lower-case', () => {
    for (const set of Object.values(all)) for (const w of set) expect(w).toBe(w.toLowerCase());
  });

  it('lets a context keep one prepositional phrase but never cross a clause word', () => {
    expect(CONTEXT_PREPOSITIONS.has('on')).toBe(true);
    expect(CLAUSE_BOUNDARIES.has('on')).toBe(false);
    expect(CLAUSE_BOUNDARIES.has('said')).toBe(true);
    expect(CLAUSE_BOUNDARIES.has('and')).toBe(true);
  });

  it('stops a counted-noun phrase at verbs and auxiliaries, not at nouns', () => {
    expect(AUXILIARIES.has('have')).toBe(true);
    expect(VERBS.has('died')).toBe(true);
    for (const noun of ['people', 'strikes', 'boats', 'troops']) {
      expect(PHRASE_STOPS.has(noun) || AUXILIARIES.has(noun) || VERBS.has(noun)).toBe(false);
    }
  });
});
