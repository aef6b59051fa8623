import type { Token } from '../text/tokens';

/**
 * One sentence's tokens with their lower-cased texts, shared by the number scanner, the classifier and
 * the context builder so each looks words up once.
 */
export interface SentenceTokens {
  tokens: Token[];
  /** `tokens[i].text.toLowerCase()`. */
  lower: string[];
}

/** The lower-cased text of token `i`, or '' outside the sentence (so callers need no bounds checks). */
export function lw(s: SentenceTokens, i: number): string {
  return i >= 0 && i < s.lower.length ? s.lower[i] : '';
}

/** True when tokens `a` and `b` touch with no character between them ("$" + "2", "2" + "bn"). */
export function glued(s: SentenceTokens, a: number, b: number): boolean {
  const ta = s.tokens[a];
  const tb = s.tokens[b];
  return ta !== undefined && tb !== undefined && ta.end === tb.start;
}

/** True when token `i` exists and is a word. */
export function isWord(s: SentenceTokens, i: number): boolean {
  const t = s.tokens[i];
  return t !== undefined && t.kind === 'word';
}
