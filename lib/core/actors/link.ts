import type { Statement } from '../types';
import type { DraftActor } from './cluster';

/** Where each actor mention sits, for finding the actor named inside a source span. */
export interface MentionIndex {
  starts: number[];
  ends: number[];
  actor: DraftActor[];
}

/** Builds a start-sorted index over all mentions and references of all actors. */
export function indexMentions(actors: readonly DraftActor[]): MentionIndex {
  const rows: { s: number; e: number; a: DraftActor }[] = [];
  for (const a of actors) {
    for (const m of a.mentions) rows.push({ s: m.start, e: m.end, a });
    for (const r of a.references) rows.push({ s: r.start, e: r.end, a });
  }
  rows.sort((x, y) => x.s - y.s);
  return { starts: rows.map((r) => r.s), ends: rows.map((r) => r.e), actor: rows.map((r) => r.a) };
}

/** The actor with a mention inside `[start, end)`; the last one wins ("Russian President Vladimir Putin"). */
export function actorWithin(ix: MentionIndex, start: number, end: number): DraftActor | undefined {
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  let found: DraftActor | undefined;
  for (let i = lo; i < ix.starts.length && ix.starts[i] < end; i++) {
    if (ix.ends[i] <= end) {
      // People and governments are the voices of statements; a place inside a source ("the U.S.
      // military") only counts when nothing better is named.
      if (!found || found.type === 'place' || ix.actor[i].type !== 'place') found = ix.actor[i];
    }
  }
  return found;
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
    if (!actor && src.resolved && src.resolved.start !== undefined && src.resolved.end !== undefined) {
      actor = actorWithin(ix, src.resolved.start, src.resolved.end);
    }
    if (!actor) continue;
    const id = idOf(actor);
    src.actorId = id;
    if (src.resolved) src.resolved.actorId = id;
    else if (viaReference) {
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
