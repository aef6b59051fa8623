import {
  APPROXIMATE_PLURALS,
  FRACTION_WORDS,
  MONEY_ONLY_SUFFIXES,
  ORDINAL_SUFFIXES,
  SCALE_SUFFIXES,
  SCALE_WORDS,
  SMALL_NUMBERS,
} from '../lexicons/number-words';
import { CURRENCY_CODES, CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from '../lexicons/units';
import { readDigits, type DigitReading } from './digits';
import { glued, lw, type SentenceTokens } from './tokens';
import { readWordNumber } from './words';

/** One amount (no currency, no range): digits or words, with any scale ("4.2 million", "2bn", "a dozen"). */
export interface Amount {
  /** Token range `[first, last)` and the text offsets `[start, end)` of the amount. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  /** The value before a scale word or suffix ("4.2" in "4.2 million"), to compare range ends. */
  raw: number;
  /** The multiplier applied (1 when none). */
  scale: number;
  words: boolean;
  /** How the digits were written; absent for words. */
  reading?: DigitReading;
  ordinal?: boolean;
  /** Digits with a glued "s" ("1990s", "80s"). */
  plural?: boolean;
  /** Glued "am"/"pm" ("9pm"). */
  clock?: boolean;
  /** Unit glued to the digits ("100km", "5kg", "24hrs"), lower-case as written. */
  gluedUnit?: string;
  /** Unit after a hyphen inside a spelled-out word ("year" in "five-year", "year-old"). */
  hyphenRest?: string;
  /** A fraction ("half of", "two-thirds", "a third of", "one in five"). */
  fraction?: boolean;
  /** A fraction written as a ratio ("one in five Americans"): always a proportion of what follows. */
  ratio?: boolean;
  /** Imprecise plural as written ("hundreds of", "tens of thousands"). */
  approx?: string;
  /** True when the amount stands before "a"/"an" + a unit ("half an hour"): the unit follows the article. */
  skipArticle?: boolean;
}

/** Signal that the tokens form a code or name ("4G", "3D"), not a number: the caller skips them. */
export const CODE = 'code' as const;

const FRACTION_HEADS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'our', 'all', 'that', 'this']);
const BARE_SCALE_AFTER = new Set(['several', 'few', 'many']);

/**
 * Reads one amount starting at token `i`. `money` says a currency precedes, which licenses the ambiguous
 * glued suffixes ("$5m" is five million; "a 100m sprint" is metres). Returns null when token `i` starts no
 * number, or {@link CODE} for digits glued to letters that make a code ("4G").
 */
export function readAmount(s: SentenceTokens, i: number, money: boolean): Amount | typeof CODE | null {
  const t = s.tokens[i];
  if (t === undefined) return null;
  return t.kind === 'number' ? readDigitAmount(s, i, money) : t.kind === 'word' ? readWordAmount(s, i) : null;
}

function readDigitAmount(s: SentenceTokens, i: number, money: boolean): Amount | typeof CODE | null {
  const t = s.tokens[i];
  const reading = readDigits(t.text);
  if (reading === null) return null;
  const a: Amount = { first: i, last: i + 1, start: t.start, end: t.end, value: reading.value, raw: reading.value, scale: 1, words: false, reading };
  const j = i + 1;
  if (glued(s, i, j) && s.tokens[j].kind === 'word') {
    const suf = s.lower[j];
    const scale = SCALE_SUFFIXES.get(suf);
    const moneyAfter = CURRENCY_WORDS.has(lw(s, j + 1)) || CURRENCY_CODES.has(s.tokens[j + 1]?.text ?? '');
    if (scale !== undefined && (money || moneyAfter || !MONEY_ONLY_SUFFIXES.has(suf))) {
      a.scale = scale;
    } else if (ORDINAL_SUFFIXES.has(suf)) {
      a.ordinal = true;
    } else if (suf === 's') {
      a.plural = true;
    } else if (suf === 'am' || suf === 'pm' || suf === 'a.m.' || suf === 'p.m.') {
      a.clock = true;
    } else if (((MEASURE_UNITS.has(suf) || TIME_UNITS.has(suf)) && (suf.length > 1 || s.tokens[j].text === suf)) || suf === 'k') {
      // A single capital letter glued to digits names a standard or product ("4G", "3D"), not grams.
      if (suf === 'k') a.scale = 1e3;
      else a.gluedUnit = suf;
    } else {
      return CODE;
    }
    a.last = j + 1;
    a.end = s.tokens[j].end;
  }
  if (a.scale === 1 && !a.ordinal && !a.plural && !a.clock && a.gluedUnit === undefined) {
    const scale = s.tokens[a.last]?.kind === 'word' ? SCALE_WORDS.get(s.lower[a.last]) : undefined;
    if (scale !== undefined) {
      a.scale = scale;
      a.end = s.tokens[a.last].end;
      a.last++;
    }
  }
  a.value = a.raw * a.scale;
  return Number.isFinite(a.value) ? a : null;
}

/** Words that can begin a spelled-out amount on their own; checked first because most words cannot. */
const WORD_STARTS: ReadonlySet<string> = new Set([...SMALL_NUMBERS.keys(), ...APPROXIMATE_PLURALS.keys(), 'half']);

/**
 * Cheap test run on every word: may token `i` begin a spelled-out amount ("two", "twenty-five",
 * "a million", "a third of", "several thousand")? The article "a" is common, so its next word decides.
 */
export function mayStartWordAmount(s: SentenceTokens, i: number): boolean {
  const w = s.lower[i];
  if (WORD_STARTS.has(w)) return true;
  if (w === 'a' || w === 'an') return SCALE_WORDS.has(lw(s, i + 1)) || FRACTION_WORDS.has(lw(s, i + 1));
  if (SCALE_WORDS.has(w)) return BARE_SCALE_AFTER.has(lw(s, i - 1));
  const dash = w.indexOf('-');
  return dash > 0 && SMALL_NUMBERS.has(w.slice(0, dash));
}

function readWordAmount(s: SentenceTokens, i: number): Amount | null {
  const w = s.lower[i];
  if (!mayStartWordAmount(s, i)) return null;
  const t = s.tokens[i];
  const base = { first: i, start: t.start, scale: 1, words: true };
  if (w === 'half') {
    const art = lw(s, i + 1);
    const unit = lw(s, i + 2);
    if ((art === 'a' || art === 'an') && SCALE_WORDS.has(unit)) {
      const scale = SCALE_WORDS.get(unit) as number;
      return { ...base, last: i + 3, end: s.tokens[i + 2].end, value: scale / 2, raw: 0.5, scale };
    }
    if ((art === 'a' || art === 'an') && TIME_UNITS.has(unit)) {
      return { ...base, last: i + 1, end: t.end, value: 0.5, raw: 0.5, skipArticle: true };
    }
    if (FRACTION_HEADS.has(art) && lw(s, i - 1) !== 'a') {
      return { ...base, last: i + 1, end: t.end, value: 0.5, raw: 0.5, fraction: true };
    }
    return null;
  }
  const mag = APPROXIMATE_PLURALS.get(w);
  if (mag !== undefined) {
    let value = mag;
    let last = i + 1;
    const mag2 = lw(s, last) === 'of' ? APPROXIMATE_PLURALS.get(lw(s, last + 1)) : undefined;
    if (mag2 !== undefined && mag2 > mag) {
      value = mag * mag2;
      last += 2;
    }
    if (w === 'tens' && last === i + 1 && lw(s, last) !== 'of') return null;
    const approx = s.lower.slice(i, last).join(' ') + (lw(s, last) === 'of' ? ' of' : '');
    return { ...base, last, end: s.tokens[last - 1].end, value, raw: value, approx };
  }
  if ((w === 'a' || w === 'one') && lw(s, i + 2) === 'of') {
    const frac = FRACTION_WORDS.get(lw(s, i + 1));
    if (frac !== undefined && !lw(s, i + 1).endsWith('s')) {
      return { ...base, last: i + 2, end: s.tokens[i + 1].end, value: frac, raw: frac, fraction: true };
    }
  }
  const bareScale = SCALE_WORDS.has(w) && BARE_SCALE_AFTER.has(lw(s, i - 1));
  if (!bareScale && w !== 'a' && w !== 'an' && !SMALL_NUMBERS.has(w) && !SMALL_NUMBERS.has(w.split('-')[0])) return null;
  const n = readWordNumber(s, i);
  if (n === null) return null;
  // "three million": remember the final scale so a range can lend it to its lower end ("two to three million").
  const finalScale = SCALE_WORDS.get(s.lower[n.last - 1]);
  const scale = finalScale !== undefined && n.hyphenRest === undefined ? finalScale : 1;
  const a: Amount = { ...base, last: n.last, end: n.end, value: n.value, raw: n.value / scale, scale };
  if (n.hyphenRest !== undefined) a.hyphenRest = n.hyphenRest;
  if (n.fraction) a.fraction = true;
  return a;
}
