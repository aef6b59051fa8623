/**
 * Spelled-out numbers and the words around numbers in English news text. Data only: the grammar that
 * combines them lives in `lib/core/numbers/words.ts`. All keys are lower-case.
 */

/** Cardinals below one hundred that combine additively ("twenty" + "five"). */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Multipliers written as words after a number ("1.5 million", "two hundred", "a dozen"). "lakh" and
 * "crore" appear in South Asian English-language news.
 */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['lakh', 1e5], ['million', 1e6], ['crore', 1e7],
  ['billion', 1e9], ['trillion', 1e12],
]);

/**
 * Multipliers glued to digits ("2bn", "£1.2tn", "$5m", "30k"). Single letters are also units of length
 * or mass ("a 100m sprint"), so `index` only honours the entries in {@link MONEY_ONLY_SUFFIXES} after a
 * currency.
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9], ['tn', 1e12],
  ['trn', 1e12], ['tr', 1e12],
]);

/** Glued scale suffixes that are ambiguous without a currency ("100m" is metres, "5k" a race). */
export const MONEY_ONLY_SUFFIXES: ReadonlySet<string> = new Set(['k', 'm', 'b', 'tr']);

/**
 * Plural magnitudes that stand for an imprecise count ("hundreds of people"). Choice: the value is the
 * magnitude itself (a lower order-of-magnitude, not an estimate), and the phrase as written becomes
 * the qualifier, so "hundreds of people" reads value 100, qualifier "hundreds of". "tens" only counts
 * before "of" ("tens of thousands" = 10,000).
 */
export const APPROXIMATE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['tens', 10], ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['trillions', 1e12],
]);

/**
 * Fractions written as words. Singular forms follow "a"/"one" ("a third of"), plural forms follow a
 * numerator ("two-thirds"). "second(s)" is left out: it is a unit of time far more often.
 */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4],
  ['quarters', 1 / 4], ['fourth', 1 / 4], ['fourths', 1 / 4], ['fifth', 1 / 5], ['fifths', 1 / 5],
  ['sixth', 1 / 6], ['sixths', 1 / 6], ['tenth', 1 / 10], ['tenths', 1 / 10],
]);

/** Unicode vulgar fractions, alone or after digits ("2½"). */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5],
  ['⅗', 3 / 5], ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8],
  ['⅞', 7 / 8], ['⅐', 1 / 7], ['⅑', 1 / 9], ['⅒', 1 / 10],
]);

/** Ordinal suffixes glued to digits ("11th", "1st"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Hedges and bounds written before a number, as lower-case word sequences. Matched longest first, so
 * "just over" wins over "over". "between" is not here: it opens a range and stays in the number's text.
 */
export const QUALIFIERS: readonly string[] = [
  'at least', 'at most', 'more than', 'fewer than', 'less than', 'up to', 'about', 'around', 'nearly',
  'almost', 'roughly', 'approximately', 'some', 'over', 'under', 'an estimated', 'estimated',
  'as many as', 'as much as', 'as few as', 'as little as', 'no fewer than', 'no more than', 'no less than',
  'not more than', 'just over', 'just under', 'well over', 'well under', 'close to', 'upwards of',
  'in excess of', 'only', 'just', 'barely', 'a mere', 'almost exactly', 'exactly', 'precisely',
  'several', 'a few', 'a couple of', 'many',
];

/**
 * Words after which "one" is a pronoun or part of an idiom, not a count ("no one", "the one who",
 * "each one").
 */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'someone', 'anyone', 'only', 'little',
  'last', 'next', 'another', 'other', 'big', 'new', 'old', 'right', 'wrong', 'such', 'same', 'as',
]);

/**
 * Words after which "one" is a pronoun or an idiom ("one of the", "one another", "one day", "on the
 * one hand"), not a count.
 */
export const ONE_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  'of', 'another', 'day', 'time', 'way', 'point', 'hand', 'side', 'thing', 'more', 'who', 'that', 'which',
  'is', 'was', 'has', 'had', 'would', 'could', 'can', 'will', 'should', 'might', 'must', 'may', 'does',
  'did', 'and', 'or', 'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'than', 'too',
  'such', 'else', 'here', 'there', 'after', 'bit', 'sort', 'kind',
  'occasion', 'night', 'evening', 'morning', 'afternoon', 'stage', 'level', 'piece', 'instance', 'moment',
]);
