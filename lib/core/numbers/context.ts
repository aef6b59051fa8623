import { AUXILIARIES, CLAUSE_BOUNDARIES, CONTEXT_PREPOSITIONS, PHRASE_STOPS, VERBS } from './grammar';
import { isWord, lw, type SentenceTokens } from './tokens';

/** Longest context, in words; the popup shows it on one line. */
const MAX_WORDS = 12;
const MAX_VERB_GROUP = 4;
const MAX_PHRASE = 4;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);
const PARTICLES = new Set(['up', 'down', 'off', 'out', 'away', 'back']);

/** What the context builder needs to know about a classified number. */
export interface ContextInput {
  /** First token of the number including its qualifier. */
  first: number;
  /** Token after the number's unit, counted noun and rate. */
  unitLast: number;
  /**
   * How many words before the number may be taken when they are needed: 0 when a counted noun follows
   * (the number is the subject), a few for dates and labels ("on page 12"), more for a bare figure.
   */
  maxLeft: number;
  /** Tokens `[lo, hi)` the context must stay within: it never reaches into a neighbouring number's phrase. */
  lo: number;
  hi: number;
}

function isPastForm(w: string): boolean {
  return w.length > 4 && w.endsWith('ed');
}

function isVerbish(w: string): boolean {
  return AUXILIARIES.has(w) || VERBS.has(w) || isPastForm(w) || (w.length > 4 && w.endsWith('ly'));
}

/** End token of a short noun phrase from `p` ("boats", "the tanker", "the Eastern Pacific"), or `p` if none. */
function phraseEnd(s: SentenceTokens, p: number, max: number, hi: number): number {
  let j = p;
  let content = 0;
  while (j < hi && j - p < max) {
    const t = s.tokens[j];
    // Another figure starts its own mention; a context never swallows half of it.
    if (t.kind !== 'word') break;
    const w = s.lower[j];
    if (CLAUSE_BOUNDARIES.has(w)) break;
    if (content === 0 && DETERMINERS.has(w)) {
      j++;
      continue;
    }
    if (t.kind === 'word' && (PHRASE_STOPS.has(w) || isVerbish(w))) break;
    content++;
    j++;
  }
  return content > 0 ? j : p;
}

/**
 * The clause-bounded phrase around a number that says what is counted, as a token range `[from, to)`:
 * the number with its qualifier and noun, then either its verb group ("have been killed", plus a short
 * object) or one prepositional phrase ("on boats", "a month"). When no noun follows, the words before
 * the number back to the clause start are taken instead ("the death toll rose to 87"). Never crosses
 * punctuation or a clause word ("and", "said", "which"); at most {@link MAX_WORDS} words.
 */
export function contextRange(s: SentenceTokens, c: ContextInput): [number, number] {
  const n = Math.min(s.tokens.length, c.hi);
  let from = c.first;
  let r = c.unitLast;
  const verbStart = r;
  let mainVerb = false;
  while (r < n && r - verbStart < MAX_VERB_GROUP && isWord(s, r) && isVerbish(s.lower[r]) && !CLAUSE_BOUNDARIES.has(s.lower[r])) {
    if (!AUXILIARIES.has(s.lower[r])) mainVerb = true;
    r++;
  }
  if (r > verbStart) {
    if (PARTICLES.has(lw(s, r))) r++;
    if (mainVerb) {
      r = phraseEnd(s, r, 3, c.hi);
    } else {
      // "87 people are in hospital", "the toll is 87": an auxiliary alone needs its complement.
      const e = CONTEXT_PREPOSITIONS.has(lw(s, r)) ? phraseEnd(s, r + 1, MAX_PHRASE, c.hi) : phraseEnd(s, r, 3, c.hi);
      r = e > r + (CONTEXT_PREPOSITIONS.has(lw(s, r)) ? 1 : 0) ? e : verbStart;
    }
  } else if (CONTEXT_PREPOSITIONS.has(lw(s, r))) {
    const e = phraseEnd(s, r + 1, MAX_PHRASE, c.hi);
    if (e > r + 1) r = e;
  }
  if (c.maxLeft > 0) {
    let words = 0;
    while (from > c.lo && words < c.maxLeft) {
      const t = s.tokens[from - 1];
      if (t.kind === 'punct' || CLAUSE_BOUNDARIES.has(s.lower[from - 1])) break;
      from--;
      words++;
    }
  }
  // Keep the number's own words; drop the farthest words first, left side before right.
  let words = 0;
  for (let k = from; k < r; k++) if (s.tokens[k].kind !== 'punct') words++;
  while (words > MAX_WORDS && from < c.first) {
    if (s.tokens[from].kind !== 'punct') words--;
    from++;
  }
  while (words > MAX_WORDS && r > c.unitLast) {
    r--;
    if (s.tokens[r].kind !== 'punct') words--;
  }
  while (from < c.first && s.tokens[from].kind === 'punct') from++;
  return [from, Math.max(r, c.unitLast)];
}
