import type { ActorType } from '../types';
import type { NameChunk } from './chunk';
import { demonymPlace, fold, gazetteer, knownOrg, placeInfo, seatCountry } from './gazetteer';

/** What a name chunk is: an actor type, or `misc` for names that are not actors (events, nationalities). */
export type ChunkType = ActorType | 'misc';

/** Evidence for each type; the highest wins. Weights are log-odds-like: 1 weak, 2 good, 4 decisive. */
interface Votes {
  person: number;
  organization: number;
  place: number;
  misc: number;
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'inside', 'toward', 'towards', 'via', 'throughout', 'around', 'visit', 'visited', 'visiting', 'reached', 'arrived', 'across', 'between', 'hit', 'landed']);
const SPEECH_NEXT = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'argued', 'insisted', 'denied', 'admitted', 'explained', 'stated', 'noted', 'warned', 'announced', 'claimed', 'believes', 'thinks', 'who']);

// Nouns written after a one-word person name: "the Obama administration", "the Maduro government".
const PERSON_NAMED = new Set(['administration', 'presidency', 'campaign', 'camp', 'era', 'government', 'loyalists', 'aides', 'doctrine']);
// Nouns after a person's possessive name: "Farouk's wife", "Okafor's re-election".
const PERSON_KIN = new Set([
  'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'children',
  'family', 'grandson', 'granddaughter', 'ex-wife', 'ex-husband', 'fiancee', 'fiancée', 'girlfriend', 'boyfriend',
  'presidency', 'administration', 're-election', 'reelection', 'running', 'aides', 'aide', 'spokesman',
  'spokeswoman', 'spokesperson', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'biographer', 'memoir', 'death',
  'funeral', 'birthday', 'predecessor', 'successor',
]);

function emptyVotes(): Votes {
  return { person: 0, organization: 0, place: 0, misc: 0 };
}

/** Evidence from the name's spelling alone, shared by every chunk with that spelling. */
interface NameVotes extends Votes {
  /** The name looks like an acronym ("NATO", "U.N."). */
  acronym: boolean;
}

function nameVotes(c: NameChunk): NameVotes {
  const g = gazetteer();
  const v: NameVotes = { person: 0, organization: 0, place: 0, misc: 0, acronym: false };
  const name = c.text;
  const ws = c.words.map((w) => fold(w));
  const last = ws[ws.length - 1] ?? '';
  const first = ws[0] ?? '';
  const place = placeInfo(name);
  if (place) v.place += place.kind === 'country' || place.kind === 'state' ? 4 : 3;
  if (knownOrg(name)) v.organization += 4;
  if (seatCountry(name)) v.organization += 4;
  if (!place && demonymPlace(name)) v.misc += 4;
  if (ws.length >= 2 && g.given.has(first)) v.person += 2.5;
  // An initial before a surname ("S. Waugh", "George W. Bush") writes a person's name.
  if (ws.length >= 2 && c.words.slice(0, -1).some((w) => /^\p{Lu}$/u.test(w))) v.person += 3;
  // Nationality-like words ("Zairean", "Afrikaners", "Hutu" aside) are not actors.
  if (ws.length === 1 && /(?:ean|ese|ian|ish|eans|ians)$/.test(first) && !g.given.has(first) && !place) v.misc += 1.5;
  if (ws.length === 1 && g.given.has(first)) v.person += 1;
  // A public figure named alone ("Putin", "Trump"): people, even when the story never gives a full name.
  if (ws.length === 1 && g.famous.has(first) && !place) v.person += 3;
  if (g.orgSuffixes.has(last)) v.organization += 4;
  if (ws.some((w) => g.orgHeads.has(w))) v.organization += ws.length > 1 ? 2.5 : 1;
  if (ws.length > 1 && g.placeHeads.has(last)) v.place += 2.5;
  if (ws.some((w) => g.nonActorHeads.has(w))) v.misc += 2.5;
  if (ws.length > 1 && !place && ws.slice(0, -1).some((w) => demonymPlace(w) !== undefined)) v.misc += 1;
  // Acronyms are mostly organisations ("NATO", "IBM") unless the gazetteer says otherwise.
  v.acronym = ws.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(name);
  return v;
}

/** Evidence from the chunk's spelling (`nv`) and its sentence context. */
function localVotes(c: NameChunk, nv: NameVotes): Votes {
  const g = gazetteer();
  const v: Votes = { person: nv.person, organization: nv.organization, place: nv.place, misc: nv.misc };
  if (c.title) v.person += c.honorific ? 5 : 4;
  if (c.roleBefore) v.person += 2;
  if (nv.acronym && !c.caps) v.organization += 1.5;
  // A city, region or unknown name followed by a score in a results line is a team ("CHICAGO 5",
  // "Surrey 429"); national teams keep their country (CoNLL and news alike call them by the place).
  if (c.next.length <= 3 && /^\d{1,3}$/.test(c.next) && c.next2 !== ':' && !c.title) {
    const place = placeInfo(c.text);
    if (!place || place.kind !== 'country') v.organization += place ? 3.5 : 1;
  }
  if (PLACE_PREPS.has(c.prev) && !c.title) v.place += 1;
  if (c.prev === 'of' && c.words.length === 1) v.place += 0.5;
  if (SPEECH_NEXT.has(c.next)) v.person += 1;
  if (c.next === ',' && (c.next2 === 'who' || c.next2 === 'a' || c.next2 === 'the')) v.person += 0.5;
  // A courtesy title left outside the name ("Mr. Okonkwo": "Mr" is not itself a name word).
  if (g.honorifics.has(c.prev) || (c.prev === '.' && g.honorifics.has(c.prev2))) v.person += 4;
  if (c.possessive && c.words.length >= 2) v.person += 0.3;
  // An apposition with a role noun describes a person ("Maria Chen, the group's director").
  if (c.apposition) v.person += 2;
  if (c.words.length === 1) {
    // "the Obama administration", "the Maduro government", "the Dole campaign": named after a person.
    if (!c.possessive && PERSON_NAMED.has(c.next)) v.person += 2;
    // "Farouk's wife", "Okafor's campaign": kin and entourage belong to people.
    else if (c.possessive && PERSON_KIN.has(c.next)) v.person += 2;
  }
  return v;
}

function add(a: Votes, b: Votes, w = 1): void {
  a.person += b.person * w;
  a.organization += b.organization * w;
  a.place += b.place * w;
  a.misc += b.misc * w;
}

function best(v: Votes): ChunkType | null {
  const order: ChunkType[] = ['person', 'place', 'organization', 'misc'];
  let top: ChunkType | null = null;
  let score = 0;
  for (const t of order) if (v[t] > score) { score = v[t]; top = t; }
  return top;
}

/**
 * Types every chunk using its own evidence plus the document's: one spelling keeps one type across the
 * document (so the evidence of "President Maduro" types a bare "Maduro" elsewhere), and a one-word name
 * that is the first or last word of a typed multi-word person name is that person ("Putin").
 * Returns a type per chunk, in the same order.
 */
export function classifyChunks(chunks: readonly NameChunk[]): ChunkType[] {
  // Names repeat: the spelling's own evidence is computed once per spelling.
  const byName = new Map<string, NameVotes>();
  const local = chunks.map((c) => {
    let nv = byName.get(c.text);
    if (nv === undefined) byName.set(c.text, (nv = nameVotes(c)));
    return localVotes(c, nv);
  });
  // Pool evidence per spelling.
  const pooled = new Map<string, Votes>();
  for (let i = 0; i < chunks.length; i++) {
    const k = fold(chunks[i].text);
    let v = pooled.get(k);
    if (!v) pooled.set(k, (v = emptyVotes()));
    add(v, local[i]);
  }
  // Words of multi-word names typed person pass that evidence to one-word names.
  const personParts = new Map<string, number>();
  const orgParts = new Map<string, number>();
  for (const [k, v] of pooled) {
    const ws = k.split(' ');
    if (ws.length < 2) continue;
    const t = best(v) ?? (ws.length >= 2 ? 'person' : null);
    if (t === 'person') {
      personParts.set(ws[ws.length - 1], (personParts.get(ws[ws.length - 1]) ?? 0) + 3);
      personParts.set(ws[0], (personParts.get(ws[0]) ?? 0) + 1);
    } else if (t === 'organization') {
      orgParts.set(ws[0], (orgParts.get(ws[0]) ?? 0) + 1);
    }
  }
  const out: ChunkType[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const k = fold(c.text);
    const v = emptyVotes();
    add(v, local[i], 1);
    add(v, pooled.get(k) ?? emptyVotes(), 0.5);
    if (c.words.length === 1) {
      v.person += personParts.get(k) ?? 0;
      v.organization += (orgParts.get(k) ?? 0) * 0.5;
    }
    let t = best(v);
    if (t === null) t = defaultType(c);
    out.push(t);
  }
  return out;
}

/** The type of a name without evidence: multi-word names are mostly people; one word is a guess. */
function defaultType(c: NameChunk): ChunkType {
  if (c.caps) return 'misc';
  if (c.words.length >= 2) return 'person';
  // One unknown word that no full person name in the document explains is more often a team, company
  // or club ("Pirelli", "Surrey") than a person: people are introduced by their full name first.
  return 'organization';
}
