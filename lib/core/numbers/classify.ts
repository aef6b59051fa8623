import { isCapitalized } from '../text/tokens';
import { ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE } from '../lexicons/number-words';
import { CURRENCY_CODES, LABEL_NOUNS, MEASURE_UNITS, MONTHS, PEOPLE_NOUNS, TIME_OF_DAY_WORDS, TIME_UNITS, YEAR_PREPOSITIONS } from '../lexicons/units';
import type { NumberMention } from '../types';
import { ANAPHORIC_DETERMINERS, AUXILIARIES, NON_NAME_CAPITALS, PHRASE_STOPS, QUANTITY_ADJECTIVES } from './grammar';
import { findCountedNoun } from './noun';
import type { NumberExpr } from './scan';
import { glued, isWord, lw, type SentenceTokens } from './tokens';

/** The category names of {@link NumberMention}. */
export type Category = NonNullable<NumberMention['category']>;

/** What a number expression is, what it counts, and how far its quantity phrase reaches. */
export interface Classified {
  category: Category;
  unit?: string;
  /** Rate denominator ("month" in "€6 a month"). */
  per?: string;
  /** The surface text's token range and offsets: the classifier may widen the scanned expression to
   * "Sept. 11", "11 September" or "10:30 a.m.". */
  first: number;
  start: number;
  last: number;
  end: number;
  /** Token after the unit, counted noun and rate: where the context's own phrase search starts. */
  unitLast: number;
  /** A counted noun phrase follows the number. */
  hasNoun: boolean;
  /** A small spelled-out count after "the"/"their" that refers back ("the two countries"). */
  anaphoric: boolean;
  /** A fraction of something ("half of the residents"): reads like a percentage. */
  proportion: boolean;
  /** A position or label ("page 12", "No. 1", a list numeral), not a quantity. */
  label: boolean;
}

const CLOCK_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', "o'clock", 'o’clock']);
const AGE_HYPHEN = /^(year|month|week|day)s?-old$/;
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
const RATE_NOUNS = new Set(['person', 'head', 'capita', 'household', 'barrel', 'share', 'ton', 'tonne', 'unit']);
const OPENING_PUNCT = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', ':', '«']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your', 'early', 'late', 'mid']);

/** True when token `i` is a capitalised month name (optionally abbreviated with a period). */
function monthAt(s: SentenceTokens, i: number): boolean {
  const t = s.tokens[i];
  if (t === undefined) return false;
  if (t.text === '.' && i > 0) return glued(s, i - 1, i) && monthAt(s, i - 1);
  return t.kind === 'word' && isCapitalized(t) && MONTHS.has(s.lower[i]);
}

/** Normalises a counted noun: lower-case common nouns, "person(s)" -> "people"; capitalised plurals kept. */
function normaliseNoun(head: string, capitalised: boolean): string {
  const lower = head.toLowerCase();
  if (lower === 'person' || lower === 'persons') return 'people';
  return capitalised ? head : lower;
}

/**
 * Decides what a number expression is (money, percent, date, year, duration, ordinal, count, other), its
 * unit and counted noun, or returns null when the digits or words are not a quantity at all: part of a
 * name ("Boeing 737", "Formula One"), a pronoun ("one of the"), an idiom ("one-off").
 */
export function classify(s: SentenceTokens, e: NumberExpr): Classified | null {
  const a = e.amount;
  const prev = e.first - 1;
  const pw = lw(s, prev);
  const prevTok = s.tokens[prev];
  const out: Classified = {
    category: 'count', first: e.first, start: e.start, last: e.last, end: e.end, unitLast: e.last, hasNoun: false, anaphoric: false,
    proportion: false, label: false,
  };
  const done = (category: Category, unit?: string): Classified => {
    out.category = category;
    if (unit !== undefined) out.unit = unit;
    return out;
  };

  if (a.words) {
    const t0 = s.tokens[a.first];
    // A capitalised number word inside a sentence names something ("Formula One", "the Big Three").
    if (a.first > 0 && isCapitalized(t0) && !OPENING_PUNCT.has(prevTok?.text ?? '')) return null;
    if (s.lower[a.first] === 'one' && a.last === a.first + 1 && a.hyphenRest === undefined) {
      if (ONE_PRONOUN_BEFORE.has(pw) || ONE_PRONOUN_AFTER.has(lw(s, a.last)) || !isWord(s, a.last)) return null;
    }
    if (a.hyphenRest !== undefined) {
      const unitWord = a.hyphenRest.split('-')[0];
      const known = AGE_HYPHEN.test(a.hyphenRest) || a.hyphenRest === 'old' || a.hyphenRest === 'strong' ||
        TIME_UNITS.has(unitWord) || MEASURE_UNITS.has(unitWord);
      if (!known) return null;
    }
  } else if (e.currency === undefined && e.percent === undefined && e.shape === undefined) {
    if (prevTok?.text === '[' && s.tokens[e.last]?.text === ']') return null; // footnote marker "[1]"
    const dotLabel = prevTok?.text === '.' && glued(s, prev - 1, prev) && LABEL_NOUNS.has(lw(s, prev - 1));
    const listNumeral =
      (e.first === 0 && (s.tokens[e.last]?.text === '.' || s.tokens[e.last]?.text === ')')) ||
      (prevTok?.text === '(' && s.tokens[e.last]?.text === ')' && e.first === 1);
    if (LABEL_NOUNS.has(pw) || dotLabel || prevTok?.text === '#' || listNumeral) {
      out.label = true;
      return done('ordinal');
    }
    if (prevTok !== undefined && prevTok.kind === 'word' && isCapitalized(prevTok) && !monthAt(s, prev) &&
      !NON_NAME_CAPITALS.has(pw) && !PHRASE_STOPS.has(pw) && !AUXILIARIES.has(pw) && !CURRENCY_CODES.has(prevTok.text)) {
      return null; // "Boeing 737", "Apollo 11", "Windows 11"
    }
  }

  if (e.shape === 'date') return done('date');
  if (e.shape === 'slashed') return done('other');
  const colon = a.reading?.colon;
  if (colon !== undefined || a.clock === true) {
    const isTime = a.clock === true || (colon !== undefined && colon.left <= 24 && colon.right < 60 && colon.rightDigits === 2);
    if (!isTime) return done('other');
    if (CLOCK_WORDS.has(lw(s, e.last))) extend(s, out, e.last + 1);
    return done('date');
  }
  const clockWord = lw(s, e.last);
  // "10 a.m.", "9 pm", "1400 GMT" (military time: four digits, minutes below 60).
  const hhmm = a.reading?.intDigits === 4 && a.value <= 2359 && a.value % 100 < 60;
  if (!a.words && a.reading?.plainInteger && e.currency === undefined && e.percent === undefined &&
    (CLOCK_WORDS.has(clockWord) ? a.value >= 1 && a.value <= 12 : TIME_OF_DAY_WORDS.has(clockWord) && (hhmm || a.value <= 24))) {
    if (CLOCK_WORDS.has(clockWord)) extend(s, out, e.last + 1);
    return done('date');
  }
  if (e.percent !== undefined) return done('percent', e.percent);
  if (e.currency !== undefined) {
    const noun = findCountedNoun(s, e.last);
    if (noun !== null) {
      out.hasNoun = true;
      out.unitLast = noun.last;
    }
    rate(s, out);
    return done('money', e.currency);
  }
  const intDay = !a.words && Number.isInteger(a.value) && a.value >= 1 && a.value <= 31;
  if (a.ordinal) {
    if (monthAt(s, prev)) return widenToMonth(s, out, prev, done);
    if (monthAt(s, e.last)) extend(s, out, e.last + 1);
    else if (lw(s, e.last) === 'of' && monthAt(s, e.last + 1)) extend(s, out, e.last + 2);
    else return done('ordinal');
    return done('date');
  }
  if (a.plural) {
    if (a.value >= 1000) return done('year');
    return POSSESSIVES.has(pw) ? done('other', 'years old') : done('other');
  }
  const plainYear = !a.words && a.reading?.plainInteger === true && a.reading.intDigits === 4 && a.value >= 1000 && a.value <= 2200;
  if (monthAt(s, prev)) {
    if (intDay) return widenToMonth(s, out, prev, done);
    if (plainYear) return done('year');
  }
  if (intDay && monthAt(s, e.last)) {
    extend(s, out, e.last + 1);
    return done('date');
  }
  if (plainYear) {
    const noun = findCountedNoun(s, e.last);
    const peopleCount = noun !== null && PEOPLE_NOUNS.has(noun.head.toLowerCase());
    const modern = a.value >= 1800 && a.value <= 2100;
    if ((modern && !peopleCount) || (!modern && (YEAR_PREPOSITIONS.has(pw) || noun === null))) {
      if (noun !== null) out.unitLast = noun.last; // "the 2019 attack": the context names the event
      return done('year');
    }
  }
  return unitOrNoun(s, e, out, pw, done);
}

/** Units of time and measure, ages, fractions, then the counted noun. */
function unitOrNoun(
  s: SentenceTokens,
  e: NumberExpr,
  out: Classified,
  pw: string,
  done: (c: Category, u?: string) => Classified,
): Classified {
  const a = e.amount;
  let u = e.last;
  let unitWord = '';
  let hyphenated = false;
  if (a.gluedUnit !== undefined) {
    unitWord = a.gluedUnit;
    u = e.last - 1;
  } else if (a.hyphenRest !== undefined) {
    unitWord = a.hyphenRest;
    hyphenated = true;
    u = e.last - 1;
  } else if (s.tokens[u]?.text === '-' && glued(s, u - 1, u) && glued(s, u, u + 1) && isWord(s, u + 1)) {
    unitWord = s.lower[u + 1];
    hyphenated = true;
    u = u + 1;
  } else {
    if (a.skipArticle) u++;
    unitWord = isWord(s, u) ? s.lower[u] : '';
  }
  const afterUnit = u + 1;
  if (AGE_HYPHEN.test(unitWord) || (hyphenated && unitWord === 'old')) {
    out.unitLast = nounAfter(s, afterUnit);
    return done('other', unitWord.startsWith('month') ? 'months old' : 'years old');
  }
  const firstPart = unitWord.split('-')[0];
  const time = TIME_UNITS.get(firstPart);
  if (time !== undefined) {
    out.unitLast = afterUnit;
    if (!hyphenated && lw(s, afterUnit) === 'old') {
      out.unitLast = afterUnit + 1;
      return done('other', `${time} old`);
    }
    if (!hyphenated && lw(s, afterUnit) === 'ago') {
      out.unitLast = afterUnit + 1;
      return done('date', time);
    }
    if (hyphenated) out.unitLast = nounAfter(s, afterUnit); // "a five-year plan"
    return done('duration', time);
  }
  if (pw === 'aged' || pw === 'age' || isAgeApposition(s, e)) return done('other', 'years old');
  const measure = MEASURE_UNITS.get(firstPart);
  if (measure !== undefined && (hyphenated || a.gluedUnit !== undefined || firstPart.length > 1)) {
    out.unitLast = hyphenated ? nounAfter(s, afterUnit) : afterUnit; // "a 1,000-kg warhead"
    rate(s, out);
    return done('other', measure);
  }
  if (hyphenated && unitWord !== 'strong') {
    out.unitLast = afterUnit;
    return done('other', unitWord);
  }
  if (a.fraction) {
    const next = lw(s, e.last);
    out.proportion = a.ratio === true || next === 'of' || ANAPHORIC_DETERMINERS.has(next);
    const noun = findCountedNoun(s, next === 'of' ? e.last + 1 : e.last);
    if (noun !== null && (next === 'of' || a.ratio === true)) out.unitLast = noun.last;
    return done('other', 'fraction');
  }
  let k = hyphenated ? afterUnit : e.last;
  if (a.approx?.endsWith(' of')) k++;
  const noun = findCountedNoun(s, k);
  if (noun !== null) {
    out.hasNoun = true;
    out.unitLast = noun.last;
    const t = s.tokens[noun.last - 1];
    out.unit = normaliseNoun(noun.head, isCapitalized(t) && noun.last - 1 > 0);
  } else if (hyphenated) {
    out.unitLast = afterUnit;
  } else if (QUANTITY_ADJECTIVES.has(lw(s, k))) {
    out.unitLast = k + 1; // "tens of thousands more marched", "10 others fled"
  }
  out.anaphoric = a.words && a.value <= 10 && ANAPHORIC_DETERMINERS.has(pw);
  rate(s, out);
  return done('count');
}

/** "Putin, 73, said": a number alone between commas right after a capitalised name is an age. */
function isAgeApposition(s: SentenceTokens, e: NumberExpr): boolean {
  const a = e.amount;
  if (a.words || !a.reading?.plainInteger || a.value < 1 || a.value > 120 || e.last !== e.first + 1) return false;
  const before = s.tokens[e.first - 1];
  const name = s.tokens[e.first - 2];
  const after = s.tokens[e.last];
  return before?.text === ',' && name !== undefined && name.kind === 'word' && isCapitalized(name) &&
    (after === undefined || after.text === ',' || after.text === '.');
}

/** Adds a rate after the quantity ("€6 a month", "$70 per barrel", "2 million barrels a day"). */
function rate(s: SentenceTokens, out: Classified): void {
  const p = out.unitLast;
  if (!RATE_WORDS.has(lw(s, p))) return;
  const w = lw(s, p + 1);
  const time = TIME_UNITS.get(w);
  const singular = time !== undefined && !w.endsWith('s') ? w : RATE_NOUNS.has(w) ? w : undefined;
  if (singular === undefined) return;
  out.per = singular === 'capita' || singular === 'head' ? 'person' : singular;
  out.unitLast = p + 2;
}

/** Token after the noun an adjectival number modifies ("a 10-year-old [boy]"), else `k`. */
function nounAfter(s: SentenceTokens, k: number): number {
  return findCountedNoun(s, k)?.last ?? k;
}

/** A day after a month ("Sept. 11"): the date's text starts at the month. */
function widenToMonth(
  s: SentenceTokens,
  out: Classified,
  prev: number,
  done: (c: Category, u?: string) => Classified,
): Classified {
  const first = s.tokens[prev].text === '.' ? prev - 1 : prev;
  out.first = first;
  out.start = s.tokens[first].start;
  return done('date');
}

/** Moves the surface end of the number to include tokens up to `last` ("10:30" -> "10:30 a.m."). */
function extend(s: SentenceTokens, out: Classified, last: number): void {
  out.last = last;
  out.end = s.tokens[last - 1].end;
  out.unitLast = last;
}
