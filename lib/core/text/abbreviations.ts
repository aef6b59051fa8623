/**
 * Abbreviations that end in a period without ending a sentence. Lower-case, without the final period.
 * Data, not logic: extend freely (tests in `sentences.test.ts` pin the behaviour).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'lt', 'col', 'gen', 'maj', 'capt', 'cmdr', 'sgt',
  'adm', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'cpl', 'pvt', 'amb', 'atty', 'sec', 'treas', 'messrs',
  'jr', 'sr', 'st', 'mt', 'ft', 'fr', 'sra', 'sr',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // organisations and misc.
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn', 'est', 'no', 'nos', 'vol',
  'vs', 'etc', 'approx', 'fig', 'al', 'cf', 'ca', 'p', 'pp', 'ed', 'eds', 'op', 'e.g', 'i.e', 'a.m', 'p.m',
  // US states (AP style)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'va', 'vt', 'wash', 'wis', 'wyo',
]);

/**
 * Abbreviations that commonly END a sentence too ("... in the U.S. The next day"): after these, a
 * following capitalised word starts a new sentence unless it looks like a name continuation.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'a.m', 'p.m',
]);
