import type { ResolvedSource, SourceKind, Statement } from '../types';
import type { SourceClass } from './classify';

/** A statement under construction, with what resolution needs to know about its source. */
export interface Draft {
  statement: Statement;
  cls: SourceClass | null;
  /** Antecedent span for a relative "who" source, or the accused for a denial. */
  antecedent?: { start: number; end: number; text: string };
}

/** Paragraph distance beyond which a pronoun is not resolved to an earlier source. */
const MAX_SENTENCE_GAP = 12;

/**
 * How many earlier statements a pronoun may look back over. The sentence gap alone does not bound the
 * work when a text has no sentence breaks (one run-on "sentence" of thousands of statements would make
 * the search quadratic); real antecedents are among the last few sources.
 */
const MAX_LOOKBACK = 40;

function referent(d: Draft): ResolvedSource | null {
  const src = d.statement.source;
  if (!src) return null;
  if (src.resolved) return src.resolved;
  if (d.cls?.pronoun || d.cls?.backref) return null;
  return { text: src.text, start: src.start, end: src.end };
}

/**
 * Resolves pronoun and back-reference sources in place, keeping the surface text:
 * "he"/"she" -> the most recent person source; "it" -> the most recent non-person source;
 * "they" -> the most recent plural or collective source; "the statement" -> the most recent official
 * source; "who" -> its antecedent. The resolved source lends its kind (and officialness) to the pronoun.
 * Drafts must be in text order; `sentenceOf` maps an offset to its sentence index.
 */
export function resolveSources(drafts: readonly Draft[], sentenceOf: (pos: number) => number): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const src = d.statement.source;
    const cls = d.cls;
    if (!src || !cls) continue;
    if (d.antecedent) {
      src.resolved = { ...d.antecedent };
      if (cls.pronoun === 'relative') src.kind = 'person';
      continue;
    }
    if (!cls.pronoun && !cls.backref) continue;
    if (cls.pronoun === 'speaker') continue;
    const here = sentenceOf(src.start);
    for (let k = i - 1; k >= 0 && i - k <= MAX_LOOKBACK; k--) {
      const prev = drafts[k];
      const ps = prev.statement.source;
      if (!ps) continue;
      if (here - sentenceOf(ps.start) > MAX_SENTENCE_GAP) break;
      const ref = referent(prev);
      if (!ref) continue;
      const kind: SourceKind = ps.kind;
      // Plural by its head: "officials", "the authorities" — but not names that end in s ("Caracas").
      const plural = kind !== 'person' && /(?:^|\s)\p{Ll}[\p{L}'’-]*[^s]s$/u.test(ref.text);
      const ok =
        cls.backref ? prev.statement.official :
        cls.pronoun === 'person' ? kind === 'person' :
        cls.pronoun === 'thing' ? kind !== 'person' && kind !== 'anonymous' && !plural :
        cls.pronoun === 'plural' ? plural || kind === 'anonymous' || kind === 'organization' :
        false;
      if (!ok) continue;
      src.resolved = ref;
      src.kind = kind;
      if (cls.backref || cls.pronoun === 'thing') d.statement.official = d.statement.official || prev.statement.official;
      break;
    }
  }
}
