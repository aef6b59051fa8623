import type { Span } from '../types';
import { splitSentences } from './sentences';
import { type Token, tokenize } from './tokens';

/** A sentence with the index of the paragraph it belongs to. */
export interface Sentence extends Span {
  /** Index into `PreparedText.paragraphs`. */
  paragraph: number;
  /** Index into `PreparedText.sentences`. */
  index: number;
  /** This sentence's tokens are `PreparedText.tokens[tokenStart, tokenEnd)`. */
  tokenStart: number;
  tokenEnd: number;
}

/**
 * The text with its structure computed once and shared by every analysis stage: paragraphs
 * (separated by line breaks) and sentences. Offsets index into `text`.
 */
export interface PreparedText {
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  /** Index of the first sentence of each paragraph, for paragraph-local scans. */
  paragraphFirstSentence: number[];
  /** Every token of the text, in order: computed once here so that no stage tokenises again. */
  tokens: Token[];
}

/** The tokens of one sentence (a view into the shared token array; no copy of the text). */
export function sentenceTokens(prepared: PreparedText, sentence: Sentence): Token[] {
  return prepared.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
}

/**
 * Splits `text` into paragraphs (runs of non-blank lines; a single newline also separates blocks, as
 * extractors emit one block per line) and each paragraph into sentences. Linear time.
 */
export function prepareText(text: string): PreparedText {
  const paragraphs: Span[] = [];
  const sentences: Sentence[] = [];
  const paragraphFirstSentence: number[] = [];
  const tokens: Token[] = [];
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m !== null; m = lineRe.exec(text)) {
    let s = m.index;
    let e = s + m[0].length;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e <= s) continue;
    const p = paragraphs.length;
    paragraphs.push({ start: s, end: e });
    paragraphFirstSentence.push(sentences.length);
    for (const sp of splitSentences(text, s, e)) {
      const tokenStart = tokens.length;
      for (const t of tokenize(text, sp.start, sp.end)) tokens.push(t);
      sentences.push({ start: sp.start, end: sp.end, paragraph: p, index: sentences.length, tokenStart, tokenEnd: tokens.length });
    }
  }
  return { text, paragraphs, sentences, paragraphFirstSentence, tokens };
}

/** Index of the sentence containing offset `pos`, or -1. Binary search. */
export function sentenceAt(prepared: PreparedText, pos: number): number {
  const ss = prepared.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= pos) lo = mid + 1;
    else if (ss[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** True when `[start, end)` lies inside any of `spans` (sorted or not). */
export function insideAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const sp of spans) if (start >= sp.start && end <= sp.end) return true;
  return false;
}
