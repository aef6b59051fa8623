import {
  ANONYMOUS_PATTERNS,
  CAPITALS,
  GOVERNMENT_SEATS,
  OFFICIAL_NOUNS,
  ORGANIZATION_WORDS,
  PERSON_NOUNS,
  PUBLICATION_PATTERNS,
  STATEMENT_BACKREFS,
  SUBJECT_PRONOUNS,
  containsSequence,
  lexKey,
} from '../lexicons/sources';
import type { SourceKind } from '../types';

/** What a source expression is, before resolution. */
export interface SourceClass {
  kind: SourceKind;
  /** The pronoun class when the source is a bare pronoun (needs resolution). */
  pronoun?: 'person' | 'thing' | 'plural' | 'speaker' | 'relative';
  /** "the statement", "the read-out": refers back to an earlier communication. */
  backref?: boolean;
}

const HEAD_CUTS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'who', 'that', 'within', '(']);

/** The head word of a noun phrase: the last word before its first preposition or relative clause. */
function headIndex(words: readonly string[]): number {
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (HEAD_CUTS.has(words[i]) || words[i] === ',') {
      end = i;
      break;
    }
  }
  return end - 1;
}

/**
 * Classifies a source from its tokens (surface forms). Order matters: anonymity overrides officialdom
 * ("officials who spoke on condition of anonymity"), a government seat overrides a person guess.
 */
export function classifySource(surface: readonly string[]): SourceClass {
  const words = surface.map(lexKey);
  if (words.length === 0) return { kind: 'unknown' };
  if (words.length === 1) {
    const p = SUBJECT_PRONOUNS.get(words[0]);
    if (p) return { kind: p === 'person' ? 'person' : 'unknown', pronoun: p };
    if (words[0] === 'who') return { kind: 'unknown', pronoun: 'relative' };
  }
  for (const pat of ANONYMOUS_PATTERNS) if (containsSequence(words, pat)) return { kind: 'anonymous' };
  for (const pat of PUBLICATION_PATTERNS) {
    if (words.length === pat.length && containsSequence(words, pat)) return { kind: 'publication' };
  }
  const h = headIndex(words);
  const head = words[Math.max(0, h)];
  const det = words[0] === 'the' || words[0] === 'this' || words[0] === 'that';
  if (det && words.length <= 3 && STATEMENT_BACKREFS.has(head)) return { kind: 'official', backref: true };
  const joined = words.slice(0, h + 1).join(' ');
  const bare = joined.replace(/^the /, '');
  if (GOVERNMENT_SEATS.has(bare) || CAPITALS.has(bare)) return { kind: 'official' };
  for (const w of words.slice(0, h + 1)) if (GOVERNMENT_SEATS.has(w)) return { kind: 'official' };
  if (OFFICIAL_NOUNS.has(head)) return { kind: 'official' };
  if (PERSON_NOUNS.has(head)) return { kind: 'person' };
  if (ORGANIZATION_WORDS.has(head)) return { kind: 'organization' };
  // Government institutions named with an official word anywhere in the name: "the Foreign Ministry of X".
  for (const w of words.slice(0, h + 1)) if (w === 'ministry' || w === 'department' || w === 'embassy') return { kind: 'official' };
  const capitalised = surface.slice(0, h + 1).filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length > 0 && /^\p{Lu}/u.test(surface[Math.max(0, h)])) return { kind: 'person' };
  return { kind: 'unknown' };
}
