import type { ActorType, Span, TextSpan } from '../types';
import type { NameChunk } from './chunk';
import type { ChunkType } from './classify';
import { demonymPlace, fold, knownOrg, placeInfo, seatCountry } from './gazetteer';

/** An actor being assembled from its mentions, before ids and ranking. */
export interface DraftActor {
  key: string;
  type: ActorType;
  /** Every bare-name spelling seen, with its count. */
  spellings: Map<string, number>;
  mentions: Span[];
  /** Sentence index of each mention, parallel to `mentions`. */
  sentences: number[];
  references: TextSpan[];
  role?: string;
  /** Where the role came from: 3 a title, 2 an apposition, 1 a role phrase before the name, 0 none. */
  roleRank: number;
  /** Country the actor belongs to or stands for, when known (from its role or a seat). */
  country?: string;
  government: boolean;
  statementIds: string[];
  /** Number of mentions that were subjects of a verb (a place acting as a state). */
  agentUses: number;
}

// Verbs after a name that make the name an agent ("Caracas said", "the United States seized").
const AGENT_VERBS = new Set([
  'said', 'says', 'say', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'should', 'must', 'may',
  'might', 'can', 'also', 'accused', 'accuses', 'denied', 'denies', 'announced', 'warned', 'rejected', 'demanded',
  'called', 'condemned', 'urged', 'seized', 'imposed', 'sanctioned', 'threatened', 'agreed', 'signed',
  'responded', 'insisted', 'claimed', 'added', 'confirmed', 'welcomed', 'refused', 'expelled', 'recalled',
  'deployed', 'launched', 'struck', 'sent', 'wants', 'wanted', 'believes', 'hopes', 'fears', 'plans',
  'intends', 'argues', 'argued', 'maintains', 'insists', 'blamed', 'blames', 'vowed', 'pledged', 'promised',
  'announces', 'warns', 'rejects', 'denounced', 'protested', 'retaliated', 'responded', 'declined', 'offered',
]);

/** True when the chunk is used as the subject of a speech or action verb. */
export function isAgentUse(c: NameChunk): boolean {
  if (AGENT_VERBS.has(c.next) || /^[a-z]{3,}ed$/.test(c.next) && c.prev !== 'in' && c.prev !== 'at') return !c.possessive && !PREP_BEFORE.has(c.prev);
  // "Caracas, for its part, said" / "Washington, meanwhile, warned".
  if (c.next === ',' && (c.next2 === 'for' || c.next2 === 'meanwhile' || c.next2 === 'however' || c.next2 === 'in')) return !PREP_BEFORE.has(c.prev);
  return false;
}

const PREP_BEFORE = new Set(['in', 'at', 'to', 'from', 'into', 'near', 'of', 'via', 'across', 'outside', 'inside', 'toward', 'towards', 'visited', 'visit', 'with', 'and', 'by', 'on', 'for']);

/** Clustering key of a chunk: spellings of one entity share a key ("U.S." and "United States"). */
function keyOf(c: NameChunk, type: ActorType): string {
  if (type === 'place') return `l:${fold(placeInfo(c.text)?.canonical ?? c.text)}`;
  if (type === 'organization') return `o:${fold(knownOrg(c.text) ?? c.text)}`;
  return `p:${fold(c.text)}`;
}

function newDraft(key: string, type: ActorType): DraftActor {
  return { key, type, spellings: new Map(), mentions: [], sentences: [], references: [], roleRank: 0, government: false, statementIds: [], agentUses: 0 };
}

function addMention(d: DraftActor, c: NameChunk): void {
  d.spellings.set(c.text, (d.spellings.get(c.text) ?? 0) + 1);
  d.mentions.push({ start: c.start, end: c.end });
  d.sentences.push(c.sentence);
  if (isAgentUse(c)) d.agentUses++;
  // Role: a title is the most reliable ("President"), with a descriptive phrase before it kept
  // ("President, longtime ally"); else the first apposition ("the group's director"); else a role
  // phrase before the name ("soccer manager").
  let role: string | undefined;
  let rank = 0;
  if (c.title && !c.honorific) {
    role = c.title.text.replace(/\.$/, '');
    if (c.roleBefore) role = `${role}, ${c.roleBefore.text}`;
    rank = 3;
  } else if (c.apposition && d.type === 'person') {
    role = c.apposition.text;
    rank = 2;
  } else if (c.roleBefore) {
    role = c.roleBefore.text;
    rank = 1;
  }
  if (role !== undefined && (rank > d.roleRank || (rank === 3 && d.roleRank === 3 && role.length > (d.role?.length ?? 0)))) {
    d.role = role;
    d.roleRank = rank;
  }
  if (!d.country && c.title) {
    const mod = c.title.text.split(/\s+/)[0] ?? '';
    const country = placeInfo(mod)?.kind === 'country' ? placeInfo(mod)?.canonical : demonymPlace(mod);
    if (country) d.country = country;
  }
}

/** Initials of a multi-word name, for acronym matching ("Human Rights Watch" -> "hrw"). */
function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

/**
 * Groups typed chunks into draft actors: one actor per entity however it is named. One-word person
 * names join the multi-word person whose first or last word they are (the nearest earlier one, else
 * any); acronyms join the organisation whose initials they spell; a capital or seat used as a
 * government becomes a government actor, merged into its country when the country itself acts.
 */
export function clusterChunks(chunks: readonly NameChunk[], types: readonly ChunkType[]): DraftActor[] {
  const drafts = new Map<string, DraftActor>();
  const get = (key: string, type: ActorType): DraftActor => {
    let d = drafts.get(key);
    if (!d) drafts.set(key, (d = newDraft(key, type)));
    return d;
  };
  // Pass 1: multi-word people, organisations and places.
  const singles: number[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const t = types[i];
    if (t === 'misc') continue;
    if (t === 'person' && c.words.length === 1) { singles.push(i); continue; }
    const seat = seatCountry(c.text);
    const place = placeInfo(c.text);
    if (seat || (place?.kind === 'capital' && isAgentUse(c))) {
      const d = get(`g:${fold(c.text)}`, 'organization');
      d.government = true;
      d.country = seat ?? place?.country;
      addMention(d, c);
      continue;
    }
    addMention(get(keyOf(c, t), t), c);
  }
  // Pass 2: one-word people join a full name.
  const people = [...drafts.values()].filter((d) => d.type === 'person');
  const partIndex = new Map<string, DraftActor[]>();
  for (const d of people) {
    const ws = fold(d.key.slice(2)).split(' ');
    for (const w of [ws[0], ws[ws.length - 1]]) {
      const arr = partIndex.get(w) ?? [];
      if (!arr.includes(d)) arr.push(d);
      partIndex.set(w, arr);
    }
  }
  for (const i of singles) {
    const c = chunks[i];
    const cands = partIndex.get(fold(c.text));
    let target: DraftActor | undefined;
    if (cands && cands.length > 0) {
      // Prefer the surname match, then the nearest earlier full name.
      const bySurname = cands.filter((d) => d.key.endsWith(` ${fold(c.text)}`));
      const pool = bySurname.length > 0 ? bySurname : cands;
      target = pool.find((d) => d.mentions.some((m) => m.start < c.start)) ?? pool[0];
    }
    addMention(target ?? get(keyOf(c, 'person'), 'person'), c);
  }
  // Acronyms join the organisation they abbreviate.
  const orgs = [...drafts.values()].filter((d) => d.type === 'organization' && !d.government);
  const byInitials = new Map<string, DraftActor>();
  for (const d of orgs) for (const s of d.spellings.keys()) if (/\s/.test(s)) byInitials.set(initials(s), d);
  for (const d of orgs) {
    const s = [...d.spellings.keys()][0] ?? '';
    if (!/^\p{Lu}{2,6}$/u.test(s.replace(/\./g, ''))) continue;
    const target = byInitials.get(s.replace(/\./g, '').toLowerCase());
    if (target && target !== d) merge(target, d, drafts);
  }
  // A capital acting as its government merges into the country when the country acts too
  // ("Washington has accused" + "the United States seized"): both name one government.
  for (const d of [...drafts.values()]) {
    if (!d.government || !d.country || !d.key.startsWith('g:') || !placeInfo(d.key.slice(2))) continue;
    const country = drafts.get(`l:${fold(d.country)}`);
    if (country && country.agentUses > 0) {
      merge(country, d, drafts);
      country.government = true;
    }
  }
  return [...drafts.values()];
}

function merge(into: DraftActor, from: DraftActor, drafts: Map<string, DraftActor>): void {
  for (const [s, n] of from.spellings) into.spellings.set(s, (into.spellings.get(s) ?? 0) + n);
  const pairs = into.mentions.map((m, i) => [m, into.sentences[i]] as const).concat(from.mentions.map((m, i) => [m, from.sentences[i]] as const));
  pairs.sort((a, b) => a[0].start - b[0].start);
  into.mentions = pairs.map((p) => p[0]);
  into.sentences = pairs.map((p) => p[1]);
  into.agentUses += from.agentUses;
  if (from.role && from.roleRank > into.roleRank) {
    into.role = from.role;
    into.roleRank = from.roleRank;
  }
  drafts.delete(from.key);
}
