import type { Statement } from '../types';
import type { DraftActor } from './cluster';

/** Where each actor mention sits, for finding the actor named inside a source span. */
export interface MentionIndex {
  starts: number[];
  ends: number[];
  actor: DraftActor[];
  /** The row is a descriptive reference ("the Russian leader"), not a bare-name mention. */
  reference: boolean[];
  /** The mention is followed by a possessive 's ("Trump's lawyer Rudy Giuliani"). */
  possessive: boolean[];
  /** The document text ("" when not given). */
  text: string;
}

/** Builds a start-sorted index over all mentions and references of all actors. */
export function indexMentions(actors: readonly DraftActor[], text = ''): MentionIndex {
  const rows: { s: number; e: number; a: DraftActor; r: boolean }[] = [];
  for (const a of actors) {
    for (const m of a.mentions) rows.push({ s: m.start, e: m.end, a, r: false });
    for (const r of a.references) rows.push({ s: r.start, e: r.end, a, r: true });
  }
  rows.sort((x, y) => x.s - y.s);
  const poss = (e: number) => (text[e] === "'" || text[e] === '’') && (text[e + 1] === 's' || text[e + 1] === 'S');
  return {
    starts: rows.map((r) => r.s),
    ends: rows.map((r) => r.e),
    actor: rows.map((r) => r.a),
    reference: rows.map((r) => r.r),
    possessive: rows.map((r) => !r.r && poss(r.e)),
    text,
  };
}

/** How good a voice an actor named inside a source is: people, then institutions, then places. */
function voiceRank(a: DraftActor, possessive: boolean): number {
  const base = a.type === 'person' ? 3 : a.type === 'organization' ? 2 : 1;
  // A possessive names whose role it is, not the speaker ("Trump's lawyer Rudy Giuliani").
  return possessive ? base - 3 : base;
}

/**
 * The actor named inside `[start, end)`. People and governments are the voices of statements: a
 * person beats an organisation or a place named with them ("Sen. David Perdue (R-Ga.)", "White House
 * spokesman Sean Spicer"), a possessive name loses ("Rudy Giuliani, Trump's lawyer"), and among equals
 * the last one wins ("Bank of England Governor Mark Carney"), except that a name before the source's
 * first comma beats an equal one after it.
 */
export function actorWithin(ix: MentionIndex, start: number, end: number): DraftActor | undefined {
  const text = ix.text;
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let found: DraftActor | undefined;
  let best = -Infinity;
  // The head of a source comes before its first comma ("Quentin Kidd, a scientist at Christopher
  // Newport University"; "Trump, appearing after Clinton"): a name there beats an equal one after it.
  let comma = text === '' ? -1 : text.indexOf(',', start);
  if (comma >= end) comma = -1;
  for (let i = lo; i < ix.starts.length && ix.starts[i] < end; i++) {
    if (ix.ends[i] > end) continue;
    const r = voiceRank(ix.actor[i], ix.possessive[i]) * 2 + (comma < 0 || ix.starts[i] < comma ? 1 : 0);
    if (r >= best) {
      best = r;
      found = ix.actor[i];
    }
  }
  return found;
}

/** True when `[start, end)` is exactly one of the actor's descriptive references. */
function isReferenceOf(a: DraftActor, start: number, end: number): boolean {
  for (const r of a.references) if (r.start === start && r.end === end) return true;
  return false;
}

/**
 * Links statements to actors (mutating them): the actor named in the source span, else the one its
 * resolution points at. Sets `source.actorId`; for a descriptive reference, `source.resolved`; for a
 * government seat, `source.kind = 'official'` and `official = true`. Counts statements per actor
 * (article statements only). `idOf` gives the final id of a draft actor.
 */
export function linkStatements(
  statements: Statement[],
  ix: MentionIndex,
  idOf: (a: DraftActor) => string,
  nameOf: (a: DraftActor) => string,
): void {
  for (const st of statements) {
    const src = st.source;
    if (!src) continue;
    let actor = actorWithin(ix, src.start, src.end);
    let viaReference = false;
    if (actor && !actor.mentions.some((m) => m.start >= src.start && m.end <= src.end)) viaReference = true;
    let viaResolved = false;
    if (!actor && src.resolved && src.resolved.start !== undefined && src.resolved.end !== undefined) {
      actor = actorWithin(ix, src.resolved.start, src.resolved.end);
      viaResolved = actor !== undefined;
    }
    if (!actor) continue;
    const id = idOf(actor);
    src.actorId = id;
    if (src.resolved) {
      src.resolved.actorId = id;
      // A pronoun resolved to a description ("he" -> "Venezuela's leftist leader") or to a bare surname
      // ("she" -> "Fallon") names the actor in full: "Nicolás Maduro", "Brian Fallon".
      const rs = src.resolved.start;
      const re = src.resolved.end;
      if (viaResolved && rs !== undefined && re !== undefined && (isReferenceOf(actor, rs, re) || actor.type === 'person')) {
        src.resolved.text = nameOf(actor);
      }
    } else if (viaReference) {
      // The antecedent is the nearest earlier mention (else the first one, for a cataphoric reference).
      let ante = actor.mentions[0];
      for (const m of actor.mentions) if (m.end <= src.start) ante = m;
      src.resolved = { text: nameOf(actor), actorId: id, ...(ante ? { start: ante.start, end: ante.end } : {}) };
    }
    if (actor.government) {
      src.kind = 'official';
      st.official = true;
    }
    if (!st.inAppeal && !actor.statementIds.includes(st.id)) actor.statementIds.push(st.id);
  }
}
