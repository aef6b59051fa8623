import { FRACTION_WORDS, SCALE_WORDS, SMALL_NUMBERS } from '../lexicons/number-words';
import { lw, type SentenceTokens } from './tokens';

/** A spelled-out number read from tokens `[first, last)`. */
export interface WordNumber {
  value: number;
  /** Token after the number. */
  last: number;
  /** End offset of the number's text (inside the last token for "five-year"). */
  end: number;
  /** What follows the number inside a hyphenated token ("year" in "five-year", "old" in "ten-year-old"). */
  hyphenRest?: string;
  /** True for fractions ("two-thirds", "one-third"). */
  fraction?: boolean;
}

/** Splits a hyphenated word into its leading number (1-99) and the rest ("twenty-five-year" -> 25, "year"). */
export function splitHyphenNumber(word: string): { value: number; numberChars: number; rest: string } | null {
  const parts = word.split(/[-‐‑]/);
  const first = SMALL_NUMBERS.get(parts[0]);
  if (first === undefined) return null;
  let value = first;
  let used = 1;
  const second = parts.length > 1 ? SMALL_NUMBERS.get(parts[1]) : undefined;
  if (second !== undefined && first >= 20 && first % 10 === 0 && second > 0 && second < 10) {
    value += second;
    used = 2;
  }
  let numberChars = 0;
  for (let k = 0; k < used; k++) numberChars += parts[k].length + (k > 0 ? 1 : 0);
  return { value, numberChars, rest: parts.slice(used).join('-') };
}

/**
 * Reads an English number written in words from token `i` on: "two", "twenty-five", "one hundred and
 * twenty", "two million", "two and a half", "a dozen" (with `startsWithA`, token `i` is "a"/"an"),
 * "two-thirds". Returns null when token `i` does not start one.
 *
 * Why a small accumulator rather than a full grammar: news writes numbers above ninety-nine in digits,
 * so the words that occur are short sums of units, tens and scales; the accumulator refuses the
 * sequences that would be two numbers ("one two") so a list of numbers is never merged.
 */
export function readWordNumber(s: SentenceTokens, i: number): WordNumber | null {
  const toks = s.tokens;
  let j = i;
  let current = 0;
  let total = 0;
  let lastScale = Infinity;
  let consumed = false;
  const w0 = lw(s, i);
  if (w0 === 'a' || w0 === 'an') {
    const next = lw(s, i + 1);
    if (!SCALE_WORDS.has(next)) return null;
    current = 1;
    j = i + 1;
  } else if (w0.includes('-')) {
    const h = splitHyphenNumber(w0);
    if (h === null) return null;
    const t = toks[i];
    if (h.rest === '') {
      current = h.value;
      j = i + 1;
      consumed = true;
    } else {
      const frac = FRACTION_WORDS.get(h.rest);
      if (frac !== undefined && (h.rest.endsWith('s') ? h.value > 1 : h.value === 1)) {
        return { value: h.value * frac, last: i + 1, end: t.end, fraction: true };
      }
      return { value: h.value, last: i + 1, end: t.start + h.numberChars, hyphenRest: h.rest };
    }
  }
  while (j < toks.length && toks[j].kind === 'word') {
    const w = s.lower[j];
    const small = SMALL_NUMBERS.get(w) ?? (w.includes('-') ? fullHyphenValue(w) : undefined);
    if (small !== undefined) {
      const tail = current % 100;
      const combines = tail === 0 || (tail >= 20 && tail % 10 === 0 && small > 0 && small < 10);
      if (!combines) break;
      current += small;
    } else if (w === 'hundred') {
      if (current >= 100) break;
      current = (current || 1) * 100;
    } else if (w === 'dozen') {
      if (current >= 100) break;
      current = (current || 1) * 12;
    } else if (SCALE_WORDS.has(w)) {
      const scale = SCALE_WORDS.get(w) as number;
      if (scale >= lastScale) break;
      total += (current || 1) * scale;
      current = 0;
      lastScale = scale;
    } else if (w === 'and' && consumed) {
      // "one hundred and twenty"; "two and a half (million)".
      if (lw(s, j + 1) === 'a' && lw(s, j + 2) === 'half' && current > 0 && current % 1 === 0) {
        current += 0.5;
        j += 3;
        continue;
      }
      const next = SMALL_NUMBERS.get(lw(s, j + 1));
      if (next === undefined || current % 100 !== 0 || (current === 0 && total === 0)) break;
    } else {
      break;
    }
    consumed = true;
    j++;
  }
  if (!consumed) return null;
  // A trailing "and" belongs to the sentence, not the number.
  while (j > i + 1 && s.lower[j - 1] === 'and') j--;
  return { value: total + current, last: j, end: toks[j - 1].end };
}

/** Value of a fully numeric hyphenated word ("twenty-five"), else undefined. */
function fullHyphenValue(word: string): number | undefined {
  const h = splitHyphenNumber(word);
  return h !== null && h.rest === '' ? h.value : undefined;
}
