import type { PreparedText } from '../text/prepare';
import type { Actor, Span, Statement } from '../types';
import { findChunks } from './chunk';
import { classifyChunks } from './classify';
import { clusterChunks, type DraftActor } from './cluster';
import { tokenFeatures } from './features';
import { indexMentions, linkStatements } from './link';
import { findDescriptiveRefs } from './references';
import { salience } from './salience';

const HEAD_ROLES = /\b(?:president|prime minister|premier|leader|king|queen|chancellor|emir|sultan|ruler)\b/i;

/**
 * Finds the actors of a story — people, organisations, governments and places, each one actor however
 * it is named — and links the statements' sources to them (mutating `statements`: `source.actorId`,
 * `source.resolved` for descriptive references, `official` for government seats).
 *
 * Names inside `appealSpans` are ignored entirely (the publisher asking for money is not a story actor).
 * Actors are returned sorted by salience (highest first) with ids "a1", "a2"... in that order.
 */
export function findActors(doc: PreparedText, statements: Statement[], appealSpans: Span[]): Actor[] {
  const feats = tokenFeatures(doc);
  const chunks = findChunks(doc, appealSpans, feats);
  const types = classifyChunks(chunks);
  const drafts = clusterChunks(chunks, types);
  for (const d of drafts) sortMentions(d);
  attachReferences(drafts, findDescriptiveRefs(doc, appealSpans, feats));

  // Ids depend on the ranking, and the ranking on statement counts: link first with provisional ids.
  const ix = indexMentions(drafts, doc.text);
  const provisional = new Map<DraftActor, string>();
  drafts.forEach((d, i) => provisional.set(d, `tmp${i}`));
  linkStatements(statements, ix, (a) => provisional.get(a) ?? '', nameOf);
  const ranked = drafts
    .map((d) => ({ d, score: salience(d, doc.sentences.length) }))
    .sort((x, y) => y.score - x.score || (x.d.mentions[0]?.start ?? 0) - (y.d.mentions[0]?.start ?? 0));
  const finalId = new Map<string, string>();
  ranked.forEach((r, i) => finalId.set(provisional.get(r.d) ?? '', `a${i + 1}`));
  for (const st of statements) {
    const src = st.source;
    if (!src?.actorId) continue;
    const id = finalId.get(src.actorId);
    if (id === undefined) continue;
    src.actorId = id;
    if (src.resolved?.actorId !== undefined) src.resolved.actorId = finalId.get(src.resolved.actorId) ?? src.resolved.actorId;
  }
  return ranked.map(({ d, score }, i) => toActor(d, `a${i + 1}`, score));
}

/** The fullest spelling seen ("Vladimir Putin" over "Putin"); for places the canonical name. */
function nameOf(d: DraftActor): string {
  let best = '';
  for (const s of d.spellings.keys()) if (s.length > best.length) best = s;
  return best;
}

function toActor(d: DraftActor, id: string, score: number): Actor {
  const name = nameOf(d);
  const actor: Actor = {
    id,
    name,
    type: d.type,
    aliases: [...d.spellings.keys()].filter((s) => s !== name),
    mentions: d.mentions.map((m) => ({ start: m.start, end: m.end })),
    statements: d.statementIds.length,
    salience: Math.round(score * 1000) / 1000,
  };
  if (d.role) actor.role = d.role;
  if (d.references.length > 0) actor.references = d.references;
  if (d.statementIds.length > 0) actor.statementIds = d.statementIds;
  if (d.government) actor.government = true;
  return actor;
}

function sortMentions(d: DraftActor): void {
  const order = d.mentions.map((m, i) => i).sort((a, b) => d.mentions[a].start - d.mentions[b].start);
  d.mentions = order.map((i) => d.mentions[i]);
  d.sentences = order.map((i) => d.sentences[i]);
}

/**
 * Resolves each descriptive reference to a person: one tied to the same country (by the role's
 * demonym, "Russian President"), else the most mentioned head of state or government not tied to
 * another country ("Venezuela's leftist leader" -> President Maduro).
 */
function attachReferences(drafts: DraftActor[], refs: ReturnType<typeof findDescriptiveRefs>): void {
  const people = drafts.filter((d) => d.type === 'person').sort((a, b) => b.mentions.length - a.mentions.length);
  for (const r of refs) {
    const target =
      people.find((p) => p.country === r.country) ??
      people.find((p) => !p.country && p.role !== undefined && HEAD_ROLES.test(p.role) && HEAD_ROLES.test(r.role));
    if (target) target.references.push({ start: r.start, end: r.end, text: r.text });
  }
  for (const d of drafts) d.references.sort((a, b) => a.start - b.start);
}
