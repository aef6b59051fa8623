/**
 * Pure selectors that turn an {@link Analysis} into what the summary shows (popup and CLI alike):
 * statements grouped by source, story actors, key numbers with their attribution, appeal notices.
 * Everything inside an appeal is left out here, once, so no view can leak it.
 */
import type { Actor, Analysis, AppealKind, NumberMention, SourceKind, Statement } from './types';

/** Statements of one source, in article order. */
export interface SourceGroup {
  /** Display name: the resolved referent when known, else the source as written; null = unattributed. */
  name: string | null;
  kind: SourceKind | null;
  /** True when any statement of the group is an official read-out / statement. */
  official: boolean;
  actorId?: string;
  statements: Statement[];
}

/** Article statements (not inside an appeal), in text order. */
export function articleStatements(a: Analysis): Statement[] {
  return a.statements.filter((s) => !s.inAppeal).sort((x, y) => x.start - y.start);
}

/** Display name of a statement's source: the resolved referent when known ("he" -> "Nicolás Maduro"). */
export function sourceName(s: Statement): string | null {
  if (!s.source) return null;
  return s.source.resolved?.text ?? s.source.text;
}

/**
 * Groups article statements by source (by actor id when linked, else by case-insensitive name), groups
 * ordered by first appearance; statements without a source form one "unattributed" group, last.
 */
export function statementsBySource(a: Analysis): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  let none: SourceGroup | null = null;
  for (const s of articleStatements(a)) {
    const name = sourceName(s);
    if (name === null) {
      none ??= { name: null, kind: null, official: false, statements: [] };
      none.statements.push(s);
      continue;
    }
    const actorId = s.source?.actorId ?? s.source?.resolved?.actorId;
    const key = actorId ? `actor:${actorId}` : `name:${name.toLowerCase().replace(/^the\s+/, '')}`;
    let g = groups.get(key);
    if (!g) {
      const actor = actorId ? a.actors.find((x) => x.id === actorId) : undefined;
      g = { name: actor?.name ?? name, kind: s.source?.kind ?? null, official: false, actorId, statements: [] };
      groups.set(key, g);
    }
    g.official ||= s.official;
    if (s.source?.kind === 'official') g.kind = 'official';
    g.statements.push(s);
  }
  const out = [...groups.values()];
  if (none) out.push(none);
  return out;
}

/** Story actors (the core already excludes appeal-only names), most salient first, at most `limit`. */
export function storyActors(a: Analysis, limit = 12): Actor[] {
  return a.actors.slice(0, limit);
}

/** A key number with the statement it comes from, or none ("unattributed"). */
export interface KeyNumber {
  number: NumberMention;
  statement: Statement | null;
}

/** Key numbers of the story (never those inside an appeal), in text order, each with its statement. */
export function keyNumbers(a: Analysis): KeyNumber[] {
  const byId = new Map(a.statements.map((s) => [s.id, s]));
  return a.numbers
    .filter((n) => n.key === true && !n.inAppeal)
    .sort((x, y) => x.start - y.start)
    .map((n) => ({ number: n, statement: (n.statementId && byId.get(n.statementId)) || null }));
}

/** Plain-language names of appeal kinds, for labels that the core did not set. */
export const APPEAL_KIND_LABELS: Record<AppealKind, string> = {
  donation: 'Donation appeal from the publisher',
  subscription: 'Subscription offer',
  paywall: 'Paywall: article may be truncated',
  registration: 'Registration wall',
  newsletter: 'Newsletter sign-up',
  adblock: 'Ad-blocker request',
};

/** The label to show for an appeal. */
export function appealLabel(ap: Analysis['appeals'][number]): string {
  return ap.label ?? APPEAL_KIND_LABELS[ap.kind];
}

/** Shortens `s` to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}
