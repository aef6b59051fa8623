import type { CompiledPhrase } from './lexicon';

/** A token as the matcher sees it: normalised text plus whether it is a number. */
export interface MatchToken {
  norm: string;
  number: boolean;
}

/** A pattern occurrence: token indices `[from, to)`. */
export interface PhraseMatch {
  phrase: CompiledPhrase;
  from: number;
  to: number;
}

/** Longest gap a `*` may span. Small and fixed, so matching stays linear in the text. */
const MAX_GAP = 3;

/** End index of `pat` matched at `ti`, or -1. Gaps prefer the shortest fit. */
function matchAt(pat: readonly string[], pi: number, toks: readonly MatchToken[], ti: number, end: number): number {
  if (pi === pat.length) return ti;
  const p = pat[pi];
  if (p === '*') {
    for (let g = 0; g <= MAX_GAP && ti + g <= end; g++) {
      const r = matchAt(pat, pi + 1, toks, ti + g, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (ti >= end) return -1;
  const t = toks[ti];
  if (p === '#' ? !t.number : t.norm !== p) return -1;
  return matchAt(pat, pi + 1, toks, ti + 1, end);
}

/**
 * Every occurrence of the indexed patterns in `toks[from, to)`. Cost: per token one map lookup plus the
 * (few, short) patterns starting with that word; gaps are bounded, so the whole scan is linear.
 */
export function findPhrases(
  byFirst: ReadonlyMap<string, readonly CompiledPhrase[]>,
  toks: readonly MatchToken[],
  from = 0,
  to = toks.length,
): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const numeric = byFirst.get('#');
  for (let i = from; i < to; i++) {
    const words = byFirst.get(toks[i].norm);
    const nums = toks[i].number ? numeric : undefined;
    for (const cands of [words, nums]) {
      if (!cands) continue;
      for (const phrase of cands) {
        const e = matchAt(phrase.tokens, 1, toks, i + 1, to);
        if (e >= 0) out.push({ phrase, from: i, to: e });
      }
    }
  }
  return out;
}

/** End of the longest pattern matching exactly at `i`, or -1 (used to strip imperative leads). */
export function longestAt(
  byFirst: ReadonlyMap<string, readonly CompiledPhrase[]>,
  toks: readonly MatchToken[],
  i: number,
  to: number,
): number {
  if (i >= to) return -1;
  const cands = byFirst.get(toks[i].norm);
  if (!cands) return -1;
  let best = -1;
  for (const phrase of cands) {
    const e = matchAt(phrase.tokens, 1, toks, i + 1, to);
    if (e > best) best = e;
  }
  return best;
}
