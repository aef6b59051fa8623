import { QUALIFIERS } from '../lexicons/number-words';
import { lw, type SentenceTokens } from './tokens';

// Word sequences grouped by their last word, longest first, so "just over" is preferred to "over" and
// "no more than" to "more than"; the word before a number picks the few candidates to compare.
const BY_LAST_WORD = new Map<string, string[][]>();
for (const words of QUALIFIERS.map((q) => q.split(' ')).sort((x, y) => y.length - x.length)) {
  const lastWord = words[words.length - 1];
  const list = BY_LAST_WORD.get(lastWord);
  if (list === undefined) BY_LAST_WORD.set(lastWord, [words]);
  else list.push(words);
}

/** A hedge or bound written right before a number, with the token where it starts. */
export interface Qualifier {
  text: string;
  first: number;
}

/**
 * The qualifier ending right before token `first` ("at least 87", "an estimated $4 billion"), or null.
 * Only whole words immediately before the number count, so punctuation in between breaks the match.
 */
export function findQualifier(s: SentenceTokens, first: number): Qualifier | null {
  const candidates = BY_LAST_WORD.get(lw(s, first - 1));
  if (candidates === undefined) return null;
  for (const words of candidates) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = lw(s, start + k) === words[k];
    if (ok) return { text: words.join(' '), first: start };
  }
  return null;
}
