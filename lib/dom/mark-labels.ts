/**
 * What each page mark is and what it says: pure functions from the Analysis to mark kinds and
 * plain-language labels (tooltip text, the appeal notice, the screen-reader summary). No DOM.
 */
import type { Analysis, Appeal, AppealKind, Span, Statement } from '../core/types';

/** The visual families of marks; each is one CSS highlight with its own style. */
export type MarkKind = 'official' | 'person' | 'other' | 'appeal';

/** Every mark kind, in drawing order (later ones paint over earlier ones where they overlap). */
export const MARK_KINDS: readonly MarkKind[] = ['other', 'person', 'official', 'appeal'];

/** A mark to place: what kind, which article spans, and what to tell the reader about it. */
export interface MarkSpec {
  kind: MarkKind;
  /** Statement id, or `appeal-<n>`. */
  id: string;
  /** The article spans to highlight (the quote's fragments when it is interrupted by the attribution). */
  spans: Span[];
  /** Text for the tooltip / accessible description. */
  label: string;
}

/** Statement -> mark kind: formal institutional voice, a named person, or any other source. */
export function statementKind(s: Statement): MarkKind {
  if (s.official || s.source?.kind === 'official') return 'official';
  if (s.source?.kind === 'person') return 'person';
  return 'other';
}

const SOURCE_KIND_WORDS: Record<string, string> = {
  official: 'official source',
  person: 'named person',
  organization: 'organisation',
  anonymous: 'anonymous source',
  publication: 'the publication itself',
  unknown: 'unclassified source',
};

const MODE_WORDS: Record<Statement['mode'], string> = {
  direct: 'Direct quote',
  indirect: 'Paraphrase',
  mixed: 'Paraphrase with quoted words',
};

/** Tooltip text for a statement, e.g. `Direct quote — the Kremlin (official source), cue: “said in a read-out”`. */
export function statementLabel(s: Statement): string {
  const mode = MODE_WORDS[s.mode] ?? 'Statement';
  if (!s.source) return `${mode} — source not named in the text`;
  const shown = s.source.text;
  const resolved = s.source.resolved?.text;
  const who = resolved && resolved !== shown ? `“${shown}” (${resolved})` : shown;
  const kind = s.official && s.source.kind !== 'official' ? 'official source' : SOURCE_KIND_WORDS[s.source.kind] ?? 'source';
  const cues = [s.cue?.text, ...(s.cueParts ?? []).map((c) => c.text)].filter((c): c is string => !!c);
  const cue = cues.length ? `, cue: ${cues.map((c) => `“${c}”`).join(' + ')}` : '';
  return `${mode} — ${who} (${kind})${cue}`;
}

const APPEAL_WORDS: Record<AppealKind, string> = {
  donation: 'Donation appeal',
  subscription: 'Subscription offer',
  newsletter: 'Newsletter sign-up',
  paywall: 'Paywall',
  registration: 'Registration request',
  adblock: 'Ad-blocker request',
};

/** The outline label of an appeal, e.g. "Appeal — not part of the article: Donation appeal from the publisher". */
export function appealLabel(a: Appeal): string {
  return `Appeal — not part of the article: ${a.label ?? `${APPEAL_WORDS[a.kind] ?? 'Appeal'} from the publisher`}`;
}

/** Marks for an analysis: article statements (not those inside appeals) and in-article appeals. */
export function markSpecs(analysis: Analysis): MarkSpec[] {
  const out: MarkSpec[] = [];
  for (const s of analysis.statements) {
    if (s.inAppeal) continue;
    const spans = s.fragments?.length ? s.fragments : [{ start: s.start, end: s.end }];
    out.push({ kind: statementKind(s), id: s.id, spans, label: statementLabel(s) });
  }
  analysis.appeals.forEach((a, i) => {
    if (a.where === 'article' && a.start !== null && a.end !== null && a.end > a.start) {
      out.push({ kind: 'appeal', id: `appeal-${i}`, spans: [{ start: a.start, end: a.end }], label: appealLabel(a) });
    }
  });
  return out;
}

/** One-sentence summary for screen readers (announced politely once the marks are placed). */
export function marksSummary(specs: readonly MarkSpec[], placed: ReadonlySet<string>): string {
  const count = (k: MarkKind) => specs.filter((m) => m.kind === k && placed.has(m.id)).length;
  const statements = count('official') + count('person') + count('other');
  const appeals = count('appeal');
  const parts = [
    `Sourcemark marked ${statements} attributed statement${statements === 1 ? '' : 's'}`,
    `${count('official')} official, ${count('person')} from named people, ${count('other')} from other sources.`,
  ];
  let text = `${parts[0]}: ${parts[1]}`;
  if (appeals) text += ` ${appeals} appeal${appeals === 1 ? '' : 's'} marked as not part of the article.`;
  return text;
}

/** Longest statement text read out on a step; a run-away span (hostile page) must not hold the reader for minutes. */
const MAX_ANNOUNCED_CHARS = 600;

/** What a screen reader hears when a step finds no statement mark to go to. */
export const NO_STATEMENTS_ANNOUNCEMENT = 'Sourcemark: no statements are marked on this page.';

/**
 * What a screen reader hears on stepping to a statement, e.g. `Statement 3 of 12. Direct quote — the
 * Kremlin (official source), cue: “said”. "Vladimir Putin expressed solidarity …"`: position first (so a
 * reader stepping quickly can stop listening), then who said it, then the words themselves. The words are
 * the spec's spans (fragments joined by “…”) as the article has them: a paraphrase is not put in quotes.
 *
 * @param text the article text the spans index into.
 * @param index 0-based position in document order; `total` is the number of statement marks.
 * @param wrapped true when the step went past an end and came round to the other one.
 */
export function stepAnnouncement(spec: MarkSpec, text: string, index: number, total: number, wrapped: boolean): string {
  const words = spec.spans
    .map((s) => text.slice(s.start, Math.min(s.end, s.start + MAX_ANNOUNCED_CHARS + 1)).replace(/\s+/g, ' ').trim())
    .join(' … ');
  const shown = words.length > MAX_ANNOUNCED_CHARS ? `${words.slice(0, MAX_ANNOUNCED_CHARS)}…` : words;
  const wrap = wrapped ? `Wrapped around to the ${index === 0 ? 'first' : 'last'} statement. ` : '';
  return `${wrap}Statement ${index + 1} of ${total}. ${spec.label}. ${shown}`;
}
