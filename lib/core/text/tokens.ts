import type { TextSpan } from '../types';

/** A token with its offsets into the full text. */
export interface Token extends TextSpan {
  /** `word` (letters, may contain ' - . &), `number` (digits with , . : separators), `punct` (one char). */
  kind: 'word' | 'number' | 'punct';
}

/**
 * The token grammar, as a regular expression. It is the specification (and the test oracle) of the
 * hand-written scanner below, which produces exactly the same tokens about 5x faster: Unicode property
 * classes are slow in V8 and tokenising is the one step that touches every character of the article.
 *
 * Words keep internal apostrophes, hyphens, periods and ampersands ("Venezuela's", "read-out", "U.S",
 * "AT&T"); dotted acronyms keep their final period ("U.S."), so "said." stays "said" + ".".
 */
export const TOKEN_GRAMMAR =
  /(\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const LETTER_RE = /^\p{L}$/u;
const MARK_RE = /^\p{M}$/u;
const NUM_RE = /^\p{N}$/u;
const SPACE_RE = /^\s$/u;

/** Character classes by code point: 1 letter, 2 mark, 3 number, 4 space, 0 other. ASCII is a table. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = /[A-Za-z]/.test(ch) ? 1 : /[0-9]/.test(ch) ? 3 : /\s/.test(ch) ? 4 : 0;
}

/** Class of the code point at `i` of `s`, and its length in UTF-16 units (1, or 2 for astral). */
function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c];
  const cp = s.codePointAt(i) as number;
  const ch = String.fromCodePoint(cp);
  return LETTER_RE.test(ch) ? 1 : MARK_RE.test(ch) ? 2 : NUM_RE.test(ch) ? 3 : SPACE_RE.test(ch) ? 4 : 0;
}

function unitLen(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const isWordClass = (k: number) => k === 1 || k === 2 || k === 3;

/** End of a run of word characters (letters, marks, numbers) starting at `i`, bounded by `end`. */
function wordRun(s: string, i: number, end: number): number {
  while (i < end && isWordClass(classAt(s, i))) i += unitLen(s, i);
  return i;
}

/** End of a run of number characters starting at `i`. */
function numRun(s: string, i: number, end: number): number {
  while (i < end && classAt(s, i) === 3) i += unitLen(s, i);
  return i;
}

/**
 * Tokenises `text[start, end)` following {@link TOKEN_GRAMMAR}. Linear time; offsets index into `text`.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const k = classAt(text, i);
    if (k === 4) {
      i += unitLen(text, i);
      continue;
    }
    let j: number;
    let kind: Token['kind'];
    if (k === 1 && acronymEnd(text, i, end) > i) {
      j = acronymEnd(text, i, end);
      kind = 'word';
    } else if (k === 3) {
      j = numRun(text, i, end);
      // (?:[.,:]\p{N}+)*
      while (j + 1 < end && (text[j] === '.' || text[j] === ',' || text[j] === ':') && classAt(text, j + 1) === 3) {
        j = numRun(text, j + 1, end);
      }
      kind = 'number';
    } else if (k === 1 || k === 2) {
      j = wordRun(text, i, end);
      // (?:['’\-&.][\p{L}\p{M}\p{N}]+)*
      while (j + 1 < end && "'’-&.".includes(text[j]) && isWordClass(classAt(text, j + 1))) {
        j = wordRun(text, j + 1, end);
      }
      kind = 'word';
    } else {
      j = i + unitLen(text, i);
      kind = 'punct';
    }
    out.push({ start: i, end: j, text: text.slice(i, j), kind });
    i = j;
  }
  return out;
}

/** End of a dotted acronym `(\p{L}\.){2,}` at `i`, or `i` when there is none. */
function acronymEnd(s: string, i: number, end: number): number {
  let j = i;
  let pairs = 0;
  while (j < end && classAt(s, j) === 1) {
    const n = j + unitLen(s, j);
    if (n >= end || s[n] !== '.') break;
    j = n + 1;
    pairs++;
  }
  return pairs >= 2 ? j : i;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(token: { text: string }): boolean {
  const c = token.text[0];
  return c !== undefined && c !== c.toLowerCase();
}
