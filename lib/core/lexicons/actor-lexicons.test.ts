import { describe, expect, it } from 'vitest';
import { demonymPlace, fold, gazetteer, knownOrg, placeInfo, seatCountry } from '../actors/gazetteer';
import { DEMONYMS } from './demonyms';
import { GIVEN_NAMES } from './given-names';
import { NON_ACTOR_HEADS, NOT_NAMES, PLACE_HEADS } from './names';
import { KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES } from './orgs';
import { CITIES, COUNTRIES, REGIONS, US_STATES } from './places';
import { GOVERNMENT_SEATS } from './seats';
import { HONORIFICS, PERSON_TITLES, ROLE_NOUNS } from './titles';

describe('actor lexicons (names, titles, places, organisations, seats, demonyms)', () => {
  it('are well-formed data: no empty entries, lower-case where matched lower-case', () => {
    for (const line of [...COUNTRIES, ...US_STATES, ...CITIES, ...REGIONS, ...KNOWN_ORGS]) expect(line.split(/[|@]/).every((x) => x.trim().length > 0)).toBe(true);
    for (const line of [...DEMONYMS, ...GOVERNMENT_SEATS]) expect(line).toMatch(/^[^>]+>[^>]+$/);
    for (const w of [...HONORIFICS, ...PERSON_TITLES, ...ROLE_NOUNS, ...ORG_HEADS, ...ORG_SUFFIXES]) expect(w).toBe(w.toLowerCase());
    for (const block of [GIVEN_NAMES, NOT_NAMES, NON_ACTOR_HEADS, PLACE_HEADS]) expect(block).toBe(block.toLowerCase());
  });

  it('knows every demonym\'s and seat\'s place', () => {
    for (const line of DEMONYMS) {
      const place = line.split('>')[1];
      expect(placeInfo(place) ?? knownOrg(place), `${line}`).toBeDefined();
    }
    for (const line of GOVERNMENT_SEATS) expect(placeInfo(line.split('>')[1]) ?? knownOrg(line.split('>')[1]), line).toBeDefined();
  });

  it('maps aliases to one canonical place and capitals to their country', () => {
    expect(placeInfo('U.S.')?.canonical).toBe('United States');
    expect(placeInfo('America')?.canonical).toBe('United States');
    expect(placeInfo('Caracas')).toEqual({ canonical: 'Caracas', kind: 'capital', country: 'Venezuela' });
    expect(placeInfo('NEW YORK')?.kind).toBe('city');
    expect(placeInfo('Texas')?.kind).toBe('state');
  });

  it('folds case and accents, and resolves demonyms, seats and organisations', () => {
    expect(fold('Nicolás  MADURO')).toBe('nicolas maduro');
    expect(demonymPlace('Venezuelan')).toBe('Venezuela');
    expect(demonymPlace('Russians')).toBe('Russia');
    expect(seatCountry('the Kremlin')).toBe('Russia');
    expect(seatCountry('Downing Street')).toBe('United Kingdom');
    expect(knownOrg('NATO')).toBe('North Atlantic Treaty Organization');
    expect(gazetteer().given.has('vladimir')).toBe(true);
    expect(gazetteer().titles.has('prime minister')).toBe(true);
  });
});
