import type { Span } from '../types';
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './abbreviations';

/**
 * Words that begin sentences far more often than they continue a name. After an ambiguous
 * abbreviation ("U.S.", "Inc.") a following capitalised word from this list starts a new sentence.
 */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'after', 'before', 'since',
  'as', 'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'no', 'not', 'for', 'with',
  'what', 'who', 'why', 'how', 'where', 'still', 'also', 'meanwhile', 'however', 'last', 'earlier', 'later',
]);

const CLOSERS = '"\'”’»)]›';
const OPENERS = '"\'“‘«([„‹¿¡';

function isUpperStart(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch;
}

function isSentenceOpener(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return isUpperStart(ch) || OPENERS.includes(ch) || (ch >= '0' && ch <= '9') || ch === '—' || ch === '-';
}

/** The word that ends at `dot` (exclusive), lower-cased, with leading punctuation removed. */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && !/\s/.test(text[i - 1])) i--;
  return text.slice(i, dot).replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
}

/** The word that starts at `from`, lower-cased, stripped of opening quotes. */
function wordAfter(text: string, from: number, ceil: number): string {
  let j = from;
  while (j < ceil && OPENERS.includes(text[j])) j++;
  let k = j;
  while (k < ceil && /[\p{L}\p{M}'’]/u.test(text[k])) k++;
  return text.slice(j, k).toLowerCase();
}

/**
 * Decides whether the period at `dot` ends a sentence, given the next sentence would start at `next`.
 * Why heuristics: an abbreviation list alone fails on "the U.S. The", and capitalisation alone fails on
 * "Mr. Smith"; together they are right on newswire in practice.
 */
function periodEndsSentence(text: string, dot: number, next: number, floor: number, ceil: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (!word) return true;
  // A single letter ("J." in "J. Smith") is an initial.
  if (/^\p{L}$/u.test(word)) return false;
  const following = wordAfter(text, next, ceil);
  const isAcronym = /^(\p{L}\.)+\p{L}$/u.test(word); // "u.s", "e.u"
  if (isAcronym || SENTENCE_FINAL_ABBREVIATIONS.has(word)) return SENTENCE_STARTERS.has(following);
  if (ABBREVIATIONS.has(word)) return false;
  // Numbers like "No. 2" are covered above; "3.5" never reaches here (no whitespace after the dot).
  return true;
}

/** Speech verbs that end a short inverted attribution after a quoted question or exclamation. */
const SPEECH_AFTER = new Set([
  'said', 'says', 'asked', 'asks', 'told', 'added', 'replied', 'wrote', 'tweeted', 'insisted', 'continued',
  'shouted', 'yelled', 'recalled', 'explained', 'answered', 'wondered', 'declared', 'exclaimed', 'responded',
  'joked', 'quipped', 'demanded', 'cried',
]);

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isNameChar = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 39 || c === 0x2019 || c > 0xbf;

/**
 * True when `“Is it true?” Clinton said.` continues after the quote: up to four capitalised words (a
 * name, with titles such as "Sen.") followed by a speech verb. Looks at a bounded window, so the
 * splitter stays linear.
 */
function namedSpeakerFollows(text: string, from: number, ceil: number): boolean {
  let i = from;
  let names = 0;
  for (let w = 0; w < 5 && i < ceil; w++) {
    const c = text.charCodeAt(i);
    let e = i;
    while (e < ceil && isNameChar(text.charCodeAt(e))) e++;
    if (e === i) return false;
    if (isAsciiUpper(c) || (c > 0xbf && text[i].toLowerCase() !== text[i])) {
      if (++names > 4) return false;
    } else {
      let v = e;
      while (v > i && (text[v - 1] === '.' || text[v - 1] === '-' || text[v - 1] === "'")) v--;
      return names > 0 && SPEECH_AFTER.has(text.slice(i, v));
    }
    i = e;
    if (i >= ceil || text[i] !== ' ') return false;
    i++;
  }
  return false;
}

/**
 * Splits one paragraph `[start, end)` of `text` into sentence spans. Runs in linear time.
 * Sentences never cross the paragraph's bounds; a terminal mark followed by closing quotes keeps the
 * quotes in the sentence ('... the Kremlin said."').
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  let i = s;
  while (i < end) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      // Runs of terminal marks ("?!", "...").
      while (j < end && '.!?…'.includes(text[j])) j++;
      while (j < end && CLOSERS.includes(text[j])) j++;
      let k = j;
      while (k < end && /\s/.test(text[k])) k++;
      const hasSpace = k > j;
      if (k >= end) break;
      if (hasSpace && isSentenceOpener(text[k])) {
        const quoted = (ch === '?' || ch === '!') && j > i + 1 && CLOSERS.includes(text[j - 1]);
        const ends =
          ch === '.' && j === i + 1 ? periodEndsSentence(text, i, k, s, end) :
          quoted ? !namedSpeakerFollows(text, k, end) :
          true;
        if (ends) {
          out.push({ start: s, end: j });
          s = k;
        }
      }
      i = k > i ? k : i + 1;
      continue;
    }
    i++;
  }
  let e = end;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
  return out;
}
