/**
 * Pure derivations from an {@link Analysis} to exactly what the summary shows — in the popup and in the
 * CLI alike. Kept apart from the views so that they only render, and so that the rules a source-aware
 * reader relies on (appeal content is excluded, unknown sources are said to be unknown) live and are
 * tested in one place.
 */
import type {
  Actor,
  ActorType,
  Analysis,
  NumberMention,
  Source,
  SourceKind,
  Statement,
  StatementMode,
} from './types';

/** Longest statement snippet shown before it is cut (characters). */
export const QUOTE_MAX = 180;
/** Longest snippet for an actor's first statement (characters). */
export const SNIPPET_MAX = 110;

/** A statement reduced to what one list row shows. */
export interface StatementView {
  id: string;
  start: number;
  end: number;
  mode: StatementMode;
  official: boolean;
  /** The content, truncated, without the article's own quotation marks (the UI adds its own). */
  quote: string;
  /** The attribution cue as written ("said in a read-out"), or null. */
  cue: string | null;
}

/** Statements that share one source. `kind` is null for the "Unattributed" group. */
export interface SourceGroup {
  key: string;
  /** Display name of the source; null for statements with no source. */
  name: string | null;
  kind: SourceKind | null;
  statements: StatementView[];
}

/** A key number with its attribution resolved to a display name (null = no source in the article). */
export interface KeyNumberView {
  key: string;
  start: number;
  end: number;
  text: string;
  context: string;
  source: string | null;
}

/** One actor row: who, what kind, and what they said. */
export interface ActorView {
  id: string;
  name: string;
  type: ActorType;
  role: string | null;
  government: boolean;
  statementCount: number;
  firstStatement: { start: number; end: number; snippet: string } | null;
}

const actorIdOf = (source: Source): string | undefined => source.actorId ?? source.resolved?.actorId;

/** The name a reader knows a source by: its resolved referent when it was a pronoun or back-reference. */
export function sourceName(source: Source | null): string | null {
  if (!source) return null;
  const name = (source.resolved?.text ?? source.text).trim();
  return name === '' ? null : name;
}

/** Looks up actors' full names by id. */
type ActorNames = ReadonlyMap<string, string>;

const actorNamesOf = (analysis: Analysis): ActorNames => new Map(analysis.actors.map((a) => [a.id, a.name]));

/**
 * The name to show for a source: the full name of the actor it is linked to ("Nicolás Maduro" for
 * "Maduro" or "he"), else {@link sourceName}.
 */
export function sourceLabel(source: Source | null, actorNames: ActorNames): string | null {
  if (!source) return null;
  const actorId = actorIdOf(source);
  const actorName = actorId ? actorNames.get(actorId)?.trim() : undefined;
  return actorName ? actorName : sourceName(source);
}

/** Article statements only: statements inside appeals are the publisher talking to the reader, not news. */
export function articleStatements(analysis: Analysis): Statement[] {
  return analysis.statements.filter((s) => !s.inAppeal);
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * Shortens `text` to at most `max` characters plus an ellipsis, cutting at a word boundary when one is
 * reasonably close, and never between the two halves of a surrogate pair (emoji, rare scripts).
 */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  let cut = clean.lastIndexOf(' ', max);
  // A boundary far back would throw away most of the snippet: cut mid-word instead.
  if (cut < max * 0.6) cut = max;
  if (isHighSurrogate(clean.charCodeAt(cut - 1))) cut -= 1;
  return `${trimEndOf(clean.slice(0, cut), ' ,;:.')}…`;
}

/**
 * Removes trailing characters found in `chars` (and any whitespace). A loop, not `/[...]+$/`: V8 retries
 * an end-anchored class at every position of a long run, which is quadratic on hostile text.
 */
export function trimEndOf(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && (chars.includes(s[e - 1]) || /\s/.test(s[e - 1]))) e--;
  return s.slice(0, e);
}

const OPENING_QUOTE = /^["'“‘«„‹]/;
const CLOSING_QUOTE = /["'”’»“›]$/;
const DOUBLE_QUOTES = /["“”„«»]/;

/**
 * Removes the quotation marks that wrap a whole quote, and the comma the article puts before its cue
 * ("...people," the Kremlin said). Quotes that open or close inside the text are kept, so a partial
 * quotation ('the leaders "reaffirmed ..."') never ends up with an unbalanced mark.
 */
function unwrapQuote(part: string): string {
  let t = part.trim();
  const inner = t.slice(1, -1);
  if (t.length >= 2 && OPENING_QUOTE.test(t) && CLOSING_QUOTE.test(t) && !DOUBLE_QUOTES.test(inner)) t = inner.trim();
  return trimEndOf(t, ',;:');
}

/**
 * The content of a statement as the popup shows it. Interrupted quotes ("...," he said, "...") are
 * joined from their fragments so the attribution in between is not shown as part of the quote.
 */
export function statementContent(statement: Statement, text: string): string {
  const parts =
    statement.fragments && statement.fragments.length > 0
      ? statement.fragments.map((f) => text.slice(f.start, f.end))
      : [statement.text];
  return parts
    .map(unwrapQuote)
    .filter((p) => p !== '')
    .join(' … ');
}

/** The cue as written, with extra cue parts ("said" + "in a read-out") in text order. */
export function cueText(statement: Statement): string | null {
  const parts = [statement.cue, ...(statement.cueParts ?? [])].filter(
    (p): p is NonNullable<typeof p> => p !== null && p !== undefined && p.text.trim() !== '',
  );
  if (parts.length === 0) return null;
  parts.sort((a, b) => a.start - b.start);
  return parts.map((p) => p.text.trim()).join(' … ');
}

/** Reduces a statement to its list row. */
export function toStatementView(statement: Statement, text: string, max = QUOTE_MAX): StatementView {
  return {
    id: statement.id,
    start: statement.start,
    end: statement.end,
    mode: statement.mode,
    official: statement.official,
    quote: truncate(statementContent(statement, text), max),
    cue: cueText(statement),
  };
}

/**
 * Groups the article's statements (never appeal statements) by source. Sources that resolve to the same
 * actor share a group even when written differently ("the Kremlin" / "it"), under the actor's full name. Groups with more statements
 * come first (the dominant voices of the story), ties in article order; "Unattributed" is always last.
 */
export function groupStatementsBySource(analysis: Analysis): SourceGroup[] {
  const groups = new Map<string, SourceGroup & { first: number }>();
  const unattributed: StatementView[] = [];
  const actorNames = actorNamesOf(analysis);
  const ordered = [...articleStatements(analysis)].sort((a, b) => a.start - b.start);
  for (const statement of ordered) {
    const name = sourceLabel(statement.source, actorNames);
    const view = toStatementView(statement, analysis.text);
    if (!statement.source || name === null) {
      unattributed.push(view);
      continue;
    }
    const actorId = actorIdOf(statement.source);
    const key = actorId ? `actor:${actorId}` : `name:${name.toLocaleLowerCase()}`;
    const group = groups.get(key);
    if (group) {
      group.statements.push(view);
      // A later, classified mention beats an earlier unclassified one ("he" before he is named).
      if (group.kind === 'unknown' && statement.source.kind !== 'unknown') group.kind = statement.source.kind;
    } else {
      groups.set(key, { key, name, kind: statement.source.kind, statements: [view], first: statement.start });
    }
  }
  const sorted = [...groups.values()]
    .sort((a, b) => b.statements.length - a.statements.length || a.first - b.first)
    .map(({ first: _first, ...group }) => group);
  if (unattributed.length > 0) sorted.push({ key: 'unattributed', name: null, kind: null, statements: unattributed });
  return sorted;
}

/**
 * The numbers that matter, outside appeals, each with who stated it: the source of the statement it
 * sits in, or null when the article gives no source ("87 killed — according to whom?").
 */
export function keyNumbers(analysis: Analysis): KeyNumberView[] {
  const byId = new Map(articleStatements(analysis).map((s) => [s.id, s]));
  const actorNames = actorNamesOf(analysis);
  return analysis.numbers
    .filter((n: NumberMention) => n.key === true && !n.inAppeal)
    .sort((a, b) => a.start - b.start)
    .map((n) => {
      const statement = n.statementId ? byId.get(n.statementId) : undefined;
      return {
        key: `${n.start}-${n.end}`,
        start: n.start,
        end: n.end,
        text: n.text,
        context: n.context,
        source: statement ? sourceLabel(statement.source, actorNames) : null,
      };
    });
}

/** The statements attributed to an actor, in article order, never from appeals. */
function statementsOf(actor: Actor, statements: Statement[]): Statement[] {
  if (actor.statementIds && actor.statementIds.length > 0) {
    const ids = new Set(actor.statementIds);
    return statements.filter((s) => ids.has(s.id));
  }
  // Older analyses may lack statementIds: fall back on the sources' actor links.
  return statements.filter((s) => s.source !== null && actorIdOf(s.source) === actor.id);
}

/** The actors as rows, in the analysis' salience order, with what each said. */
export function actorViews(analysis: Analysis): ActorView[] {
  const statements = [...articleStatements(analysis)].sort((a, b) => a.start - b.start);
  return analysis.actors.map((actor) => {
    const own = statementsOf(actor, statements);
    const first = own[0];
    return {
      id: actor.id,
      name: actor.name,
      type: actor.type,
      role: actor.role?.trim() ? actor.role.trim() : null,
      government: actor.government === true,
      statementCount: Math.max(actor.statements, own.length),
      firstStatement: first
        ? { start: first.start, end: first.end, snippet: truncate(statementContent(first, analysis.text), SNIPPET_MAX) }
        : null,
    };
  });
}
