import type { PreparedText } from '../text/prepare';
import { fold } from './gazetteer';

/** Bit flags of a token's spelling, computed once per document (see {@link tokenFeatures}). */
export const F_CAP = 1; // a word starting upper case, or an "al-Assad" style particle-name
export const F_ALLCAPS = 2; // a word in capitals with at least two letters ("LONDON", "U.S.")
export const F_LOWER = 4; // written all lower case (text === text.toLowerCase())
export const F_POSS = 8; // ends in a possessive 's
export const F_UPPER = 16; // text === text.toUpperCase()
export const F_LETTERS2 = 32; // has at least two letters
export const F_ONE_LETTER = 64; // exactly one letter and nothing else ("A", "W")
export const F_HAS_LETTER = 128; // has at least one letter
export const F_UPPER_LETTER = 256; // exactly one upper-case letter ("W" in "George W. Bush")
export const F_HYPHEN = 512; // contains a hyphen

/**
 * Per-token spellings and flags for the whole document, parallel to `doc.tokens`. Why: the actors
 * stage asks about the same token many times (is it capitalised? its folded form? a possessive?);
 * computing each answer once, without Unicode-class regexes on ASCII words, keeps the stage linear
 * with a small constant.
 */
export interface TokenFeatures {
  /** `text.toLowerCase()`. */
  low: string[];
  /** `fold(text)`: lower case, accents removed. */
  fk: string[];
  /** `fold(text)` without a possessive "'s". */
  key: string[];
  /** `F_*` flags. */
  flags: Uint16Array;
}

const LETTER_RE = /\p{L}/gu;
const ONE_LETTER_RE = /^\p{L}$/u;
const ONE_UPPER_RE = /^\p{Lu}$/u;
const PARTICLE_NAME_RE = /^(?:al|el|ad|ash|bin|ibn)-\p{Lu}/u;

/** Computes {@link TokenFeatures} for every token of `doc` in one pass. */
export function tokenFeatures(doc: PreparedText): TokenFeatures {
  const toks = doc.tokens;
  const n = toks.length;
  const low = new Array<string>(n);
  const fk = new Array<string>(n);
  const key = new Array<string>(n);
  const flags = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const s = t.text;
    if (t.kind !== 'word') {
      low[i] = s;
      fk[i] = s.length === 1 && s.charCodeAt(0) < 0x7f ? s : fold(s);
      key[i] = fk[i];
      continue;
    }
    const len = s.length;
    // One pass over the characters answers the ASCII case without allocating.
    let ascii = true;
    let upper = 0;
    let lower = 0;
    let hyphen = false;
    for (let k = 0; k < len; k++) {
      const c = s.charCodeAt(k);
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
      else if (c === 45) hyphen = true;
      else if (c > 0x7e) { ascii = false; break; }
    }
    let fl = 0;
    const c1 = s.charCodeAt(len - 1);
    const c2 = len >= 2 ? s.charCodeAt(len - 2) : 0;
    const poss = len >= 2 && (c1 === 115 || c1 === 83) && (c2 === 39 || c2 === 0x2019);
    if (poss) fl |= F_POSS;
    if (ascii) {
      const l = upper === 0 ? s : s.toLowerCase();
      low[i] = l;
      fk[i] = l;
      key[i] = poss ? l.slice(0, -2) : l;
      const letters = upper + lower;
      if (upper === 0) fl |= F_LOWER;
      if (lower === 0) fl |= F_UPPER;
      const c0 = s.charCodeAt(0);
      if ((c0 >= 65 && c0 <= 90) || (hyphen && PARTICLE_NAME_RE.test(s))) fl |= F_CAP;
      if (hyphen) fl |= F_HYPHEN;
      if (len === 1 && letters === 1) {
        fl |= F_ONE_LETTER;
        if (upper === 1) fl |= F_UPPER_LETTER;
      }
      if (letters >= 1) fl |= F_HAS_LETTER;
      if (letters >= 2) fl |= F_LETTERS2;
      if (letters >= 2 && lower === 0) fl |= F_ALLCAPS;
      flags[i] = fl;
      continue;
    }
    const l = s.toLowerCase();
    const u = s.toUpperCase();
    low[i] = l;
    fk[i] = fold(s);
    key[i] = poss ? fold(s.slice(0, -2)) : fk[i];
    if (l === s) fl |= F_LOWER;
    if (u === s) fl |= F_UPPER;
    const c0 = s[0];
    if (c0 !== c0.toLowerCase() || (s.includes('-') && PARTICLE_NAME_RE.test(s))) fl |= F_CAP;
    if (s.includes('-')) fl |= F_HYPHEN;
    LETTER_RE.lastIndex = 0;
    let letters = 0;
    while (letters < 2 && LETTER_RE.exec(s) !== null) letters++;
    if (ONE_LETTER_RE.test(s)) fl |= F_ONE_LETTER;
    if (ONE_UPPER_RE.test(s)) fl |= F_UPPER_LETTER;
    if (letters >= 1) fl |= F_HAS_LETTER;
    if (letters >= 2) fl |= F_LETTERS2;
    if (letters >= 2 && u === s) fl |= F_ALLCAPS;
    flags[i] = fl;
  }
  return { low, fk, key, flags };
}
