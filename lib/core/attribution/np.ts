import { ADJUNCT_PREPOSITIONS, CUE_AUXILIARIES, CUE_NOUNS, CUE_VERB_FORMS, TIME_WORDS } from '../lexicons/cues';
import { SUBJECT_PRONOUNS } from '../lexicons/sources';
import type { Token } from '../text/tokens';

/** A token with its lower-cased text and the index of the quote it sits in (-1 outside quotes). */
export interface Tok extends Token {
  lc: string;
  q: number;
}

/** Determiners and possessives: a cue word right after one is a noun ("the statement", "her claim"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose',
  'any', 'every', 'each', 'no', 'another', 'such',
]);

/** Words that cannot be inside a subject noun phrase: walking back from a cue stops at them. */
const NP_BARRIERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'because', 'and', 'but', 'or', 'nor', 'if', 'when', 'while', 'as', 'since',
  'although', 'though', 'so', 'than', 'where', 'after', 'before', 'until', 'unless', 'whether', 'what',
  'how', 'why', 'once', 'yet', 'then', 'also', 'not', 'to', 'says', 'said', 'say', 'is', 'are', 'was',
  'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'do', 'does', 'did', 'him', 'them', 'me', 'us', 'there', 'here', 'even', 'just', 'only',
  'however', 'meanwhile', 'still', 'instead', 'thus', 'therefore', 'indeed', 'too', 'very', 'about',
  'being', 'said', 'like', 'unlike', 'by',
]);

/** Prepositions that may sit inside a subject ("a spokesman for the ministry", "officials in Moscow"). */
const NP_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'within']);

/** Relative pronouns that may introduce a clause inside a subject ("officials who spoke ..."). */
const RELATIVES: ReadonlySet<string> = new Set(['who']);

const MAX_NP = 14;

function isWord(t: Tok | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'number');
}

/** True for "&" and the ")" / "(" of "(R-Neb.)" inside a name. */
function isNameJoiner(t: Tok): boolean {
  return t.text === '&' || t.text === '(' || t.text === ')';
}

/**
 * The subject noun phrase that ends at token `k` (inclusive), walking left no further than `floor`.
 * Returns the index of its first token, or -1 when `k` cannot end a noun phrase.
 * Why a walk and not a parser: news subjects are short and bounded by punctuation or function words.
 */
export function npBackward(toks: readonly Tok[], k: number, floor: number): number {
  const last = toks[k];
  if (!isWord(last) || last.q >= 0) return -1;
  if (SUBJECT_PRONOUNS.has(last.lc) || last.lc === 'who') return k;
  if ((NP_BARRIERS.has(last.lc) || CUE_AUXILIARIES.has(last.lc)) && !inName(toks, k, floor)) return -1;
  let start = k;
  let parens = 0;
  for (let j = k - 1; j >= floor && k - j < MAX_NP; j--) {
    const t = toks[j];
    if (t.q >= 0) break;
    if (t.text === ')') {
      parens++;
      continue;
    }
    if (t.text === '(' && parens > 0) {
      parens--;
      continue;
    }
    if (parens > 0) continue;
    // The period of a title abbreviation ("Rep. Gwen Moore", "Mr. Obama") stays inside the name.
    if (t.text === '.' && j > floor && toks[j - 1].end === t.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(toks[j - 1].text)) continue;
    if (!isWord(t) && !isNameJoiner(t)) break;
    if (t.text === '(') break;
    if (SUBJECT_PRONOUNS.has(t.lc) && t.lc !== 'it') break;
    if (RELATIVES.has(t.lc)) {
      // "officials who spoke on condition of anonymity said": keep the clause when a noun precedes it.
      const before = toks[j - 1];
      if (j - 1 >= floor && isWord(before) && !NP_BARRIERS.has(before.lc) && !CUE_VERB_FORMS.has(before.lc)) {
        continue;
      }
      break;
    }
    if ((NP_BARRIERS.has(t.lc) || CUE_VERB_FORMS.has(t.lc)) && !inName(toks, j, floor)) break;
    start = j;
  }
  while (start < k && toks[start].text === ')') start++;
  return trimLeadingAdjunct(toks, start, k);
}

/** A capitalised word right after another inside a name ("Theresa May", "Will Smith"), not a function word. */
function inName(toks: readonly Tok[], k: number, floor: number): boolean {
  return k > floor && /^\p{Lu}/u.test(toks[k].text) && /^\p{Lu}/u.test(toks[k - 1].text) && toks[k - 1].kind === 'word';
}

/**
 * Drops a leading time or place adjunct from a subject walked back to the sentence start:
 * "On Thursday the Kremlin" -> "the Kremlin"; "In Moscow officials" -> "officials".
 */
function trimLeadingAdjunct(toks: readonly Tok[], start: number, end: number): number {
  if (!NP_PREPOSITIONS.has(toks[start].lc) && !TIME_WORDS.has(toks[start].lc)) return start;
  for (let j = start + 1; j <= end; j++) {
    if (TIME_WORDS.has(toks[j - 1].lc) && !NP_PREPOSITIONS.has(toks[j].lc)) return j;
    if (DETERMINERS.has(toks[j].lc) && j > start + 1) return j;
  }
  return start;
}

/**
 * The noun phrase that starts at token `k` (a source after its cue: `said Maria Chen, the group's
 * director`), ending before `ceil`. Keeps one appositive after a comma when it runs to the sentence end or
 * to the next comma. Returns the index of its last token, or -1.
 */
export function npForward(toks: readonly Tok[], k: number, ceil: number): number {
  const first = toks[k];
  if (!isWord(first) || first.q >= 0) return -1;
  if (SUBJECT_PRONOUNS.has(first.lc)) return k;
  if (NP_BARRIERS.has(first.lc) || TIME_WORDS.has(first.lc) || CUE_VERB_FORMS.has(first.lc)) return -1;
  let end = k;
  let parens = 0;
  for (let j = k + 1; j < ceil && j - k < MAX_NP * 2; j++) {
    const t = toks[j];
    if (t.q >= 0) break;
    if (t.text === '(') {
      parens++;
      continue;
    }
    if (t.text === ')' && parens > 0) {
      parens--;
      end = j;
      continue;
    }
    if (parens > 0) continue;
    if (t.text === ',') {
      // An appositive: ", the group's director" / ", a former minister" up to the sentence end.
      const next = toks[j + 1];
      if (next && isWord(next) && (DETERMINERS.has(next.lc) || /^\p{Ll}/u.test(next.text) || /'s$|’s$/.test(next.text))) {
        if (TIME_WORDS.has(next.lc) || NP_BARRIERS.has(next.lc) || CUE_VERB_FORMS.has(next.lc)) break;
        continue;
      }
      break;
    }
    if (t.text === '.' && toks[j - 1].end === t.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(toks[j - 1].text) && isWord(toks[j + 1])) continue;
    if (!isWord(t) && t.text !== '&') break;
    if (j - k > 0 && (TIME_WORDS.has(t.lc) || CUE_VERB_FORMS.has(t.lc))) break;
    if (NP_BARRIERS.has(t.lc) && t.lc !== 'who') break;
    if (ADJUNCT_PREPOSITIONS.has(t.lc) && j > k && startsAdjunct(toks, j + 1, ceil)) break;
    end = j;
  }
  return end;
}

/** True when the words from `k` are a communication or time adjunct's object ("a statement", "Thursday"). */
export function startsAdjunct(toks: readonly Tok[], k: number, ceil: number): boolean {
  let j = k;
  while (j < ceil && j < k + 4 && (DETERMINERS.has(toks[j].lc) || /^\p{Ll}/u.test(toks[j].text)) && !CUE_NOUNS.has(toks[j].lc) && !TIME_WORDS.has(toks[j].lc)) j++;
  return j < ceil && (CUE_NOUNS.has(toks[j].lc) || TIME_WORDS.has(toks[j].lc));
}
