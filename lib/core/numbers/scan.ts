import { SMALL_NUMBERS } from '../lexicons/number-words';
import {
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_NATIONALITIES,
  DOLLAR_PREFIXES,
  PERCENT_WORDS,
} from '../lexicons/units';
import { CODE, mayStartWordAmount, readAmount, type Amount } from './amount';
import { glued, lw, type SentenceTokens } from './tokens';

/**
 * A number expression as written: currency, amount (or range of amounts), percent sign or word. What it
 * counts and whether it matters are decided later (`classify.ts`, `key.ts`).
 */
export interface NumberExpr {
  /** Token range `[first, last)` and text offsets `[start, end)` of the expression's surface text. */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  /** ISO 4217 code (or a plural currency name when the country is ambiguous). */
  currency?: string;
  /** "%" or "percentage points". */
  percent?: string;
  /** The (lower) amount as read. */
  amount: Amount;
  /** All-digit date ("2024-12-11", "12/11/2024") or a slashed pair ("24/7", "9/11"). */
  shape?: 'date' | 'slashed';
}

const DASHES = new Set(['-', '–', '‒']);
const NOT_RANGEABLE = (a: Amount) =>
  a.ordinal === true || a.plural === true || a.clock === true || a.fraction === true || a.approx !== undefined ||
  a.hyphenRest !== undefined || a.gluedUnit !== undefined;

/**
 * Finds every number expression in a sentence, left to right, without overlaps. Each step looks at a
 * bounded window of tokens, so the scan is linear in the sentence length.
 */
export function scanNumbers(s: SentenceTokens): NumberExpr[] {
  const out: NumberExpr[] = [];
  const n = s.tokens.length;
  let i = 0;
  while (i < n) {
    if (!mayStart(s, i)) {
      i++;
      continue;
    }
    const e = readExpr(s, i);
    if (e === CODE) {
      i += 2;
      continue;
    }
    if (e === null) {
      i++;
      continue;
    }
    const shaped = digitShape(s, e);
    if (shaped === 'score') {
      i = e.last + 2;
      continue;
    }
    const full = shaped ?? withRange(s, e);
    out.push(full);
    i = full.last;
  }
  return out;
}

/** Cheap test run on every token: can an expression start here? Most tokens are plain words. */
function mayStart(s: SentenceTokens, i: number): boolean {
  const t = s.tokens[i];
  if (t.kind === 'number') return true;
  if (t.kind === 'punct') return CURRENCY_SYMBOLS.has(t.text);
  return mayStartWordAmount(s, i) || CURRENCY_CODES.has(t.text);
}

/** Reads currency + amount + percent/currency suffix starting at token `i`. */
function readExpr(s: SentenceTokens, i: number): NumberExpr | typeof CODE | null {
  const t = s.tokens[i];
  if (t === undefined) return null;
  let first = i;
  let k = i;
  let currency: string | undefined;
  if (t.kind === 'punct' && CURRENCY_SYMBOLS.has(t.text)) {
    currency = CURRENCY_SYMBOLS.get(t.text);
    const prefix = s.tokens[i - 1];
    if (t.text === '$' && prefix !== undefined && prefix.kind === 'word' && glued(s, i - 1, i) && DOLLAR_PREFIXES.has(prefix.text)) {
      currency = DOLLAR_PREFIXES.get(prefix.text);
      first = i - 1;
    }
    k = i + 1;
    if (s.tokens[k]?.kind !== 'number') return null;
  } else if (t.kind === 'word' && CURRENCY_CODES.has(t.text) && s.tokens[i + 1]?.kind === 'number') {
    currency = t.text;
    k = i + 1;
  }
  const read = readAmount(s, k, currency !== undefined);
  if (read === null || read === CODE) return read;
  const amount = currency === undefined ? oneInN(s, read) ?? read : read;
  const e: NumberExpr = { first, last: amount.last, start: s.tokens[first].start, end: amount.end, value: amount.value, amount };
  if (currency !== undefined) e.currency = currency;
  if (amount.ordinal || amount.plural || amount.clock || amount.hyphenRest !== undefined || amount.gluedUnit !== undefined) return e;
  let j = amount.last;
  const w = lw(s, j);
  if (currency === undefined && !amount.fraction) {
    if (s.tokens[j]?.text === '%' || (PERCENT_WORDS.has(w) && w !== 'percentage')) {
      e.percent = '%';
      j++;
    } else if (w === 'per' && lw(s, j + 1) === 'cent') {
      e.percent = '%';
      j += 2;
    } else if (w === 'percentage' && (lw(s, j + 1) === 'point' || lw(s, j + 1) === 'points')) {
      e.percent = 'percentage points';
      j += 2;
    } else {
      const c = currencyAfter(s, j);
      if (c !== null) {
        e.currency = c.code;
        j = c.last;
      }
    }
  }
  if (j > amount.last) {
    e.last = j;
    e.end = s.tokens[j - 1].end;
  }
  return e;
}

/**
 * "one in five Americans", "1 in 4 adults": a proportion written as a ratio of two small whole numbers.
 * The amount becomes the fraction (0.2), its text the whole ratio.
 */
function oneInN(s: SentenceTokens, a: Amount): Amount | null {
  if (lw(s, a.last) !== 'in' || a.scale !== 1 || !Number.isInteger(a.value) || a.value < 1 || a.value > 10) return null;
  if (a.last !== a.first + 1 || a.hyphenRest !== undefined || a.fraction || a.approx !== undefined) return null;
  const b = readAmount(s, a.last + 1, false);
  if (b === null || b === CODE || b.words !== a.words || b.last !== b.first + 1 || b.scale !== 1) return null;
  if (!Number.isInteger(b.value) || b.value <= a.value || b.value > 1000 || b.hyphenRest !== undefined || b.ordinal || b.plural) return null;
  if (s.tokens[b.last]?.kind !== 'word') return null; // "one in 10" needs a noun: "1 in 4 adults"
  return { ...a, last: b.last, end: b.end, value: a.value / b.value, raw: a.value / b.value, fraction: true, ratio: true };
}

/** A currency written after an amount ("euros", "Canadian dollars", "EUR", "€"), or null. */
function currencyAfter(s: SentenceTokens, j: number): { code: string; last: number } | null {
  const w = lw(s, j);
  const t = s.tokens[j];
  if (t === undefined) return null;
  const code = CURRENCY_WORDS.get(w);
  if (code !== undefined) {
    // "five pounds of cocaine" weighs; "pounds sterling" is one currency name.
    if ((w === 'pound' || w === 'pounds') && lw(s, j + 1) === 'of') return null;
    return { code, last: w === 'pounds' && lw(s, j + 1) === 'sterling' ? j + 2 : j + 1 };
  }
  const dollars = (x: string) => x === 'dollar' || x === 'dollars';
  if (DOLLAR_NATIONALITIES.has(w) && dollars(lw(s, j + 1))) return { code: DOLLAR_NATIONALITIES.get(w) as string, last: j + 2 };
  if ((w === 'hong' || w === 'new') && DOLLAR_NATIONALITIES.has(lw(s, j + 1)) && dollars(lw(s, j + 2))) {
    return { code: DOLLAR_NATIONALITIES.get(lw(s, j + 1)) as string, last: j + 3 };
  }
  if (t.kind === 'word' && CURRENCY_CODES.has(t.text)) return { code: t.text, last: j + 1 };
  if (t.kind === 'punct' && t.text !== '$' && CURRENCY_SYMBOLS.has(t.text)) return { code: CURRENCY_SYMBOLS.get(t.text) as string, last: j + 1 };
  return null;
}

/**
 * Digit groups joined by "/" or "-" without spaces: dates ("2024-12-11", "12/11/2024"), slashed pairs
 * ("24/7"), and tallies ("a 5-4 ruling", "won 3-1") which are skipped: their first figure alone would
 * mislead. Returns null for anything else.
 */
function digitShape(s: SentenceTokens, e: NumberExpr): NumberExpr | 'score' | null {
  const a = e.amount;
  if (a.words || e.currency !== undefined || e.percent !== undefined || e.last !== a.first + 1 || a.reading === undefined) return null;
  const sep = s.tokens[e.last]?.text;
  if ((sep !== '/' && sep !== '-') || !glued(s, e.last - 1, e.last) || !glued(s, e.last, e.last + 1)) return null;
  const b = s.tokens[e.last + 1];
  if (b === undefined || b.kind !== 'number' || !/^[0-9]+$/.test(b.text)) return null;
  const third = s.tokens[e.last + 3];
  const threePart =
    s.tokens[e.last + 2]?.text === sep && glued(s, e.last + 1, e.last + 2) && glued(s, e.last + 2, e.last + 3) &&
    third !== undefined && third.kind === 'number' && /^[0-9]+$/.test(third.text);
  if (threePart) return { ...e, last: e.last + 4, end: third.end, shape: 'date' };
  if (sep === '/') return { ...e, last: e.last + 2, end: b.end, shape: 'slashed' };
  // "2019-20" and "2019-2020" are ranges; other dash pairs with a smaller second figure are tallies.
  const v = a.value;
  const bv = Number(b.text);
  const isYear = a.reading.plainInteger && a.reading.intDigits === 4 && v >= 1000 && v <= 2200;
  if (isYear && b.text.length === 2 && Math.floor(v / 100) * 100 + bv > v) {
    return { ...e, last: e.last + 2, end: b.end, valueMax: Math.floor(v / 100) * 100 + bv };
  }
  if (bv <= v && !(isYear && b.text.length === 4)) return 'score';
  return null;
}

/** Extends `a` into a range when a connector and a larger second amount follow ("10 to 15", "between 2 and 3"). */
function withRange(s: SentenceTokens, a: NumberExpr): NumberExpr {
  if (NOT_RANGEABLE(a.amount)) return a;
  const j = a.last;
  const c = s.tokens[j];
  if (c === undefined) return a;
  const cw = s.lower[j];
  const before = lw(s, a.first - 1);
  const between = before === 'between';
  let ok = false;
  if (c.text === '-') ok = glued(s, j - 1, j) && glued(s, j, j + 1);
  else if (DASHES.has(c.text)) ok = true;
  else if (cw === 'to') ok = before !== 'from' && !between;
  else if (cw === 'and') ok = between;
  else if (cw === 'or') ok = !between;
  if (!ok) return a;
  const b = readExpr(s, j + 1);
  if (b === null || b === CODE || NOT_RANGEABLE(b.amount) || b.amount.words !== a.amount.words) return a;
  if (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency) return a;
  if (cw === 'or' && a.amount.words && !SMALL_NUMBERS.has(s.lower[a.amount.first])) return a;
  let low = a.value;
  if (a.amount.scale === 1 && b.amount.scale > 1 && a.amount.raw < b.amount.raw) low = a.amount.raw * b.amount.scale;
  if (!(b.value > low)) return a;
  const first = between ? a.first - 1 : a.first;
  const out: NumberExpr = { ...a, first, start: s.tokens[first].start, last: b.last, end: b.end, value: low, valueMax: b.value };
  const currency = a.currency ?? b.currency;
  const percent = a.percent ?? b.percent;
  if (currency !== undefined) out.currency = currency;
  if (percent !== undefined) out.percent = percent;
  return out;
}
