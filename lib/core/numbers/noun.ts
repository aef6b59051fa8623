import { isCapitalized } from '../text/tokens';
import { MONTHS, PEOPLE_NOUNS } from '../lexicons/units';
import { AUXILIARIES, PHRASE_STOPS, QUANTITY_ADJECTIVES, VERBS } from './grammar';
import type { SentenceTokens } from './tokens';

/** The noun a number counts, found in the words right after it. */
export interface CountedNoun {
  /** The head noun as written, possessive "'s" removed ("strikes", "Venezuelans", "people"). */
  head: string;
  /** Token after the noun phrase. */
  last: number;
}

const MAX_PHRASE_WORDS = 3;

function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly');
}

function isPastForm(w: string): boolean {
  return w.length > 4 && w.endsWith('ed');
}

function stops(s: SentenceTokens, j: number): boolean {
  const t = s.tokens[j];
  if (t === undefined || t.kind !== 'word') return true;
  const w = s.lower[j];
  if (PHRASE_STOPS.has(w) || AUXILIARIES.has(w) || VERBS.has(w) || isAdverb(w)) return true;
  return MONTHS.has(w.replace(/\.$/, '')) && isCapitalized(t);
}

/**
 * Finds the counted noun in the (at most three) words starting at token `k`: "87 [people] have",
 * "three Venezuelan oil [tankers] were", "22 [strikes] on". Stops at function words, verbs and
 * punctuation, and after the first plural or people noun, because a counted head is almost always plural
 * and what follows it is the predicate. A past participle is kept only as a modifier ("3 armed [men]").
 */
export function findCountedNoun(s: SentenceTokens, k: number): CountedNoun | null {
  let j = k;
  let head = -1;
  while (j - k < MAX_PHRASE_WORDS && !stops(s, j)) {
    const w = s.lower[j];
    if (isPastForm(w)) {
      // "87 killed in" has no noun; "3 armed men" does.
      if (stops(s, j + 1) || isPastForm(s.lower[j + 1] ?? '')) break;
      j++;
      continue;
    }
    head = j;
    j++;
    const bare = w.replace(/['’]s$/, '');
    if (bare !== w) break;
    const plural = bare.endsWith('s') && !bare.endsWith('ss');
    // "police officers", "crew members": a collective people noun may still be a modifier.
    const compound = !plural && !stops(s, j) && /[^s]s$/.test(s.lower[j] ?? '') && !isPastForm(s.lower[j]);
    if ((PEOPLE_NOUNS.has(bare) && !compound) || plural) break;
  }
  if (head < 0) return null;
  const w = s.lower[head].replace(/['’]s$/, '');
  if (QUANTITY_ADJECTIVES.has(w) || (w.endsWith('ing') && head === j - 1 && head === k)) return null;
  const t = s.tokens[head];
  return { head: t.text.replace(/['’]s$/, ''), last: head + 1 };
}
