import type { TextSpan } from '../types';

/** A token with its offsets into the full text. */
export interface Token extends TextSpan {
  /** `word` (letters, may contain ' - . &), `number` (digits with , . separators), `punct` (one char). */
  kind: 'word' | 'number' | 'punct';
}

// Words keep internal apostrophes, hyphens, periods and ampersands ("Venezuela's", "read-out", "U.S.",
// "AT&T"); a trailing period is kept only for dotted acronyms ("U.S.") so "said." stays "said" + ".".
const TOKEN_RE =
  /(\p{L}\.){2,}|\p{N}+(?:[.,:]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['’\-&.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Tokenises `text[start, end)`. Linear time; offsets index into the whole `text`.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m !== null; m = TOKEN_RE.exec(slice)) {
    const t = m[0];
    const kind: Token['kind'] = /^\p{N}/u.test(t) ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ start: start + m.index, end: start + m.index + t.length, text: t, kind });
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export function isCapitalized(token: { text: string }): boolean {
  const c = token.text[0];
  return c !== undefined && c !== c.toLowerCase();
}
