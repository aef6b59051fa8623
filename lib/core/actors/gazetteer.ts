import { DEMONYMS } from '../lexicons/demonyms';
import { GIVEN_NAMES } from '../lexicons/given-names';
import { NON_ACTOR_HEADS, NOT_NAMES, PLACE_HEADS, WELL_KNOWN_PEOPLE } from '../lexicons/names';
import { KNOWN_ORGS, ORG_HEADS, ORG_SUFFIXES } from '../lexicons/orgs';
import { CITIES, COUNTRIES, REGIONS, US_STATES } from '../lexicons/places';
import { GOVERNMENT_SEATS } from '../lexicons/seats';
import { HONORIFICS, PERSON_TITLES, ROLE_NOUNS } from '../lexicons/titles';

/** What the gazetteer knows about a place name. */
export interface PlaceInfo {
  /** Canonical name ("United States" for "U.S."). */
  canonical: string;
  kind: 'country' | 'capital' | 'state' | 'city' | 'region';
  /** For a capital: the country it is the capital of. */
  country?: string;
}

/** Lookup tables built once, on first use, from the lexicon data (cheap start-up: nothing at import). */
interface Tables {
  places: Map<string, PlaceInfo>;
  orgs: Map<string, string>;
  seats: Map<string, string>;
  demonyms: Map<string, string>;
  given: Set<string>;
  titles: Set<string>;
  honorifics: Set<string>;
  roles: Set<string>;
  orgHeads: Set<string>;
  orgSuffixes: Set<string>;
  notNames: Set<string>;
  nonActorHeads: Set<string>;
  placeHeads: Set<string>;
  /** Folded surnames of public figures who are named alone ("trump", "putin"). */
  famous: Set<string>;
  /** Longest multi-word title, in words. */
  maxTitleWords: number;
  /** Folded first words of multi-word places and organisations (a cheap pre-check before joining). */
  multiFirst: Set<string>;
  /**
   * Every prefix of a multi-word place or organisation that can end at a token boundary ("new",
   * "new york", "st."): a run that is no such prefix can stop growing.
   */
  multiPrefixes: Set<string>;
}

let tables: Tables | null = null;

/**
 * Normalises a name for lookup: case-folded, accents removed, curly apostrophes straightened, inner
 * whitespace collapsed. "Nicolás" and "NICOLAS" both become "nicolas".
 */
export function fold(s: string): string {
  // Printable ASCII with single spaces folds to its lower case (no accents, no curly quotes, nothing
  // to collapse): the common case, answered without the memo's hashing.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c < 0x20 || (c === 0x20 && s.charCodeAt(i + 1) === 0x20)) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  // Names repeat: a bounded memo keeps the Unicode normalisation off the hot path.
  const hit = foldMemo.get(s);
  if (hit !== undefined) return hit;
  const out = foldSlow(s);
  if (foldMemo.size >= FOLD_MEMO_MAX) foldMemo.clear();
  foldMemo.set(s, out);
  return out;
}

const FOLD_MEMO_MAX = 20000;
const foldMemo = new Map<string, string>();

function foldSlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function build(): Tables {
  const places = new Map<string, PlaceInfo>();
  const add = (name: string, info: PlaceInfo) => {
    const k = fold(name);
    if (!places.has(k)) places.set(k, info);
  };
  for (const line of COUNTRIES) {
    const [names, capital] = line.split('@');
    const [canonical, ...aliases] = names.split('|');
    for (const n of [canonical, ...aliases]) add(n, { canonical, kind: 'country' });
    if (capital) add(capital, { canonical: capital, kind: 'capital', country: canonical });
  }
  for (const line of US_STATES) {
    const [canonical, ...aliases] = line.split('|');
    for (const n of [canonical, ...aliases]) add(n, { canonical, kind: 'state' });
  }
  for (const line of CITIES) {
    const [canonical, ...aliases] = line.split('|');
    for (const n of [canonical, ...aliases]) add(n, { canonical, kind: 'city' });
  }
  for (const r of REGIONS) add(r, { canonical: r, kind: 'region' });
  const orgs = new Map<string, string>();
  for (const line of KNOWN_ORGS) {
    const [canonical, ...aliases] = line.split('|');
    for (const n of [canonical, ...aliases]) orgs.set(fold(n), canonical);
  }
  const seats = new Map<string, string>();
  for (const line of GOVERNMENT_SEATS) {
    const [names, country] = line.split('>');
    for (const n of names.split('|')) seats.set(fold(n), country);
  }
  const demonyms = new Map<string, string>();
  for (const line of DEMONYMS) {
    const [names, place] = line.split('>');
    for (const n of names.split('|')) demonyms.set(fold(n), place);
  }
  const titles = new Set(PERSON_TITLES.map(fold));
  let maxTitleWords = 1;
  for (const t of titles) maxTitleWords = Math.max(maxTitleWords, words(t).length);
  const multiFirst = new Set<string>();
  for (const k of [...places.keys(), ...orgs.keys()]) {
    const sp = k.search(/[\s.-]/);
    if (sp > 0 && sp < k.length - 1) multiFirst.add(k.slice(0, sp));
  }
  const multiPrefixes = new Set<string>();
  const az = (c: number) => c >= 97 && c <= 122;
  for (const k of [...places.keys(), ...orgs.keys()]) {
    if (!/[\s.-]/.test(k)) continue;
    // A token boundary falls next to a character that is not a lower-case ASCII letter.
    for (let p = 1; p < k.length; p++) if (!az(k.charCodeAt(p)) || !az(k.charCodeAt(p - 1))) multiPrefixes.add(k.slice(0, p));
    multiPrefixes.add(k);
  }
  return {
    multiFirst,
    multiPrefixes,
    places,
    orgs,
    seats,
    demonyms,
    given: new Set(words(fold(GIVEN_NAMES))),
    titles,
    honorifics: new Set(HONORIFICS.map(fold)),
    roles: new Set(ROLE_NOUNS.map(fold)),
    orgHeads: new Set(ORG_HEADS.map(fold)),
    orgSuffixes: new Set(ORG_SUFFIXES.map(fold)),
    notNames: new Set(words(NOT_NAMES)),
    nonActorHeads: new Set(words(NON_ACTOR_HEADS)),
    placeHeads: new Set(words(PLACE_HEADS)),
    famous: new Set(words(WELL_KNOWN_PEOPLE)),
    maxTitleWords,
  };
}

/** The gazetteer tables, built on first call. */
export function gazetteer(): Tables {
  if (tables === null) tables = build();
  return tables;
}

/** Place info for a name ("U.S." -> United States, country), or undefined. */
export function placeInfo(name: string): PlaceInfo | undefined {
  return gazetteer().places.get(fold(name));
}

/** Canonical organisation name for a known organisation or acronym, or undefined. */
export function knownOrg(name: string): string | undefined {
  return gazetteer().orgs.get(fold(name));
}

/** The country whose government a seat stands for ("Kremlin" -> "Russia"), or undefined. */
export function seatCountry(name: string): string | undefined {
  const c = name.charCodeAt(0) | 0x20;
  return gazetteer().seats.get(fold(c === 116 ? name.replace(/^the\s+/i, '') : name));
}

/** The place a demonym refers to ("Russian", "Russians" -> "Russia"), or undefined. */
export function demonymPlace(word: string): string | undefined {
  const d = gazetteer().demonyms;
  const k = fold(word);
  return d.get(k) ?? (k.endsWith('s') ? d.get(k.slice(0, -1)) : undefined);
}
