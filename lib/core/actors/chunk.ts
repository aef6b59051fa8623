import { insideAny, type PreparedText } from '../text/prepare';
import type { Token } from '../text/tokens';
import type { Span, TextSpan } from '../types';
import {
  F_ALLCAPS, F_CAP, F_HAS_LETTER, F_HYPHEN, F_LETTERS2, F_LOWER, F_ONE_LETTER, F_POSS, F_UPPER, F_UPPER_LETTER,
  type TokenFeatures, tokenFeatures,
} from './features';
import { demonymPlace, fold, gazetteer, knownOrg, placeInfo } from './gazetteer';

// Module-local copies of the flags: read in the innermost loops, where an imported binding may cost a
// property access in some module formats.
const CAP = F_CAP;
const ALLCAPS = F_ALLCAPS;
const HAS_LETTER = F_HAS_LETTER;
const HYPHEN = F_HYPHEN;
const LETTERS2 = F_LETTERS2;
const LOWER = F_LOWER;
const ONE_LETTER = F_ONE_LETTER;
const POSS = F_POSS;
const UPPER = F_UPPER;
const UPPER_LETTER = F_UPPER_LETTER;

/**
 * A capitalised name found in the text, with the context the classifier needs. The span covers the
 * bare name only: titles ("President"), leading "The" and a possessive "'s" are outside it.
 */
export interface NameChunk extends TextSpan {
  /** The name's words (tokens), in order. */
  words: string[];
  /** Index of the sentence it occurs in. */
  sentence: number;
  /** Title written before the name, with its modifiers ("Russian President", "U.S. President", "Mr."). */
  title?: TextSpan;
  /** True when the title is a courtesy title only (Mr, Mrs, Dr...). */
  honorific: boolean;
  /** A lower-case role phrase right before the name or its title ("longtime ally", "soccer manager"). */
  roleBefore?: TextSpan;
  /**
   * A role given by an apposition after the name ("Maria Chen, the group's director, said"; "Jones, a
   * spokesman for the ministry"): the phrase up to its closing comma, without a leading "a"/"an".
   */
  apposition?: TextSpan;
  /** Lower-cased previous token outside the name and its title ("" at sentence start). */
  prev: string;
  /** Lower-cased token before `prev`. */
  prev2: string;
  /** Lower-cased next token after the name (after a possessive, "'s"). */
  next: string;
  /** Lower-cased token after `next`. */
  next2: string;
  /** The name is the first word of its sentence (its capital may be only the sentence's). */
  initial: boolean;
  /** The sentence is written in capitals (a headline or dateline): case carries no evidence. */
  caps: boolean;
  /** The name is followed by a possessive 's. */
  possessive: boolean;
  /** The chunk is a modifier split off before a title ("U.S." in "U.S. President Donald Trump"). */
  modifier: boolean;
}

/** Word statistics over the whole document, used to decide ambiguous capitals. */
export interface DocWordStats {
  /** Folded words seen written in lower case. */
  lower: Set<string>;
  /** Folded words seen capitalised in the middle of a mixed-case sentence. */
  midCap: Set<string>;
}

const PARTICLES = new Set([
  'de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'bin', 'ibn',
  'al', 'el', 'ter', 'ten', 'y', 'zu', 'bint', 'abu',
]);

// "of" continues a name only after words that head an "X of Y" name ("Bank of England", "Gulf of Mexico").
const OF_HEADS = new Set([
  'republic', 'kingdom', 'duke', 'duchess', 'prince', 'princess', 'earl', 'university', 'bank', 'ministry',
  'department', 'council', 'house', 'chamber', 'court', 'church', 'gulf', 'sea', 'bay', 'isle', 'isles',
  'cape', 'strait', 'straits', 'sea', 'lake', 'mount', 'museum', 'institute', 'college', 'school', 'academy',
  'office', 'board', 'federation', 'union', 'league', 'association', 'party', 'movement', 'front', 'army',
  'commission', 'committee', 'organisation', 'organization', 'society', 'city', 'state', 'states', 'province',
  'bureau', 'agency', 'embassy', 'federal', 'central', 'people', 'peoples', 'friends', 'order', 'knights',
  'daughters', 'sons', 'cathedral', 'palace', 'tower', 'statue', 'port', 'coast', 'islands', 'emirates',
  'centre', 'center', 'tribunal', 'parliament', 'assembly', 'congress', 'guard', 'corps', 'service',
  'directorate', 'exchange', 'fund', 'foundation', 'trust',
]);

const COMPOUND_ADJ = /-(?:based|listed|owned|controlled|bound|sponsored|born|led|backed|registered|made|style|type|era|run|funded|linked|allied|held)$/i;
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);

// Abbreviations that continue a name across their period ("St. Louis", "Mt. Everest").
const ABBREV_JOIN = new Set(['st', 'mt', 'ft', 'jr', 'sr', 'co', 'bros']);

/** Longest multi-word gazetteer entry per start token, at most this many tokens. */
const MAX_GAZ_TOKENS = 5;

/**
 * Marks runs of tokens that spell a multi-word place or organisation from the lexicons ("New York",
 * "South Africa", "ST LOUIS"): `joinNext[i]` is true when token i and i+1 belong to one such run. Why:
 * their words may be common words ("New", "South") or unknown in capitals, yet the whole is a name.
 */
function gazetteerRuns(text: string, toks: Token[], o: number, F: TokenFeatures, join: Uint8Array): void {
  const g = gazetteer();
  const first = g.multiFirst;
  const prefixes = g.multiPrefixes;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word' || !first.has(F.fk[o + i])) continue;
    let best = -1;
    for (let k = i + 1; k < toks.length && k < i + MAX_GAZ_TOKENS; k++) {
      const gap = toks[k].start - toks[k - 1].end;
      if (gap > 1 || (gap === 1 && /\S/.test(text[toks[k].start - 1]))) break;
      if (toks[k].kind === 'punct' && toks[k].text !== '.' && toks[k].text !== '-') break;
      if (toks[k].kind !== 'word') continue;
      const span = fold(text.slice(toks[i].start, toks[k].end));
      if (!prefixes.has(span)) break; // no longer entry starts with this run
      if (g.places.has(span) || g.orgs.has(span)) best = k;
    }
    for (let k = i; k < best; k++) join[o + k] = 1;
  }
}

/** The word without a possessive ending. */
function stripPossessive(w: string): string {
  return /['’]s$/i.test(w) ? w.slice(0, -2) : w;
}

/** True when a capitals-only word (folded without its possessive: `k`) is known to be (part of) a name. */
function knownInCaps(w: string, k: string, stats: DocWordStats): boolean {
  const g = gazetteer();
  if (g.notNames.has(k)) return false;
  if (stats.midCap.has(k)) return true;
  if (g.places.has(k) || g.orgs.has(k) || g.given.has(k) || g.famous.has(k) || demonymPlace(k) || g.titles.has(k)) return true;
  // Acronyms are written in capitals everywhere: a short dotted or 2-4 letter word is kept.
  return /^(?:\p{L}\.){2,}$/u.test(w);
}

/** Collects document-wide lower-case and mid-sentence capital word sets in one pass. */
export function docWordStats(doc: PreparedText, F: TokenFeatures, skip: boolean[], capsSentence: boolean[]): DocWordStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  const toks = doc.tokens;
  for (let si = 0; si < doc.sentences.length; si++) {
    if (skip[si]) continue;
    const s = doc.sentences[si];
    const caps = capsSentence[si];
    let firstWord = true;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (toks[i].kind !== 'word') continue;
      const fl = F.flags[i];
      const k = F.key[i];
      if (fl & LOWER) lower.add(k);
      else if (!firstWord && !caps && !(fl & ALLCAPS)) midCap.add(k);
      else if (!firstWord && !caps && toks[i].text.length <= 5) midCap.add(k);
      firstWord = false;
    }
  }
  return { lower, midCap };
}

/** True when most words of the sentence `[from, to)` are written in capitals (a headline or a dateline). */
export function isCapsSentence(toks: readonly Token[], F: TokenFeatures, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = from; i < to; i++) {
    const fl = F.flags[i];
    if (toks[i].kind !== 'word' || !(fl & HAS_LETTER)) continue;
    words++;
    if (fl & UPPER && (fl & LETTERS2 || fl & ONE_LETTER)) caps++;
  }
  return words > 0 && caps >= 2 && caps / words >= 0.6 || (words === 1 && caps === 1 && to - from > 1);
}

/**
 * Finds capitalised name chunks in every sentence outside `appealSpans`. Linear in the text length:
 * the document's shared tokens, each token visited a bounded number of times. `F` may be passed when
 * the caller already computed the token features.
 */
export function findChunks(doc: PreparedText, appealSpans: readonly Span[], F: TokenFeatures = tokenFeatures(doc)): NameChunk[] {
  const text = doc.text;
  const skip: boolean[] = [];
  const capsSentence: boolean[] = [];
  for (const s of doc.sentences) {
    const out = appealSpans.length > 0 && insideAny(appealSpans, s.start, s.end);
    skip.push(out);
    capsSentence.push(!out && isCapsSentence(doc.tokens, F, s.tokenStart, s.tokenEnd));
  }
  const stats = docWordStats(doc, F, skip, capsSentence);
  const out: NameChunk[] = [];
  const joinNext = new Uint8Array(doc.tokens.length);
  const memo = new Int8Array(doc.tokens.length);
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    if (skip[si] || s.tokenEnd === s.tokenStart) continue;
    const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    gazetteerRuns(text, toks, s.tokenStart, F, joinNext);
    chunkSentence({ text, toks, o: s.tokenStart, F, si, caps: capsSentence[si], stats, firstWordIdx: -1, joinNext, memo }, out);
  }
  return out;
}

/** One sentence being chunked: its tokens (local indices) and where they sit in the document (`o`). */
interface Ctx {
  text: string;
  toks: Token[];
  /** Document index of `toks[0]`: feature of local token i is `F.x[o + i]`. */
  o: number;
  F: TokenFeatures;
  si: number;
  caps: boolean;
  stats: DocWordStats;
  firstWordIdx: number;
  /** `joinNext[o + i]`: tokens i and i+1 belong to one multi-word lexicon name (whole document). */
  joinNext: Uint8Array;
  /** Candidate memo by document token index: 0 unknown, 1 yes, 2 no. */
  memo: Int8Array;
}

/** True when local token `i` is a capitalised word. */
function cap(cx: Ctx, i: number): boolean {
  return i >= 0 && i < cx.toks.length && cx.toks[i].kind === 'word' && (cx.F.flags[cx.o + i] & CAP) !== 0;
}

/** Memoised {@link isCandRaw}: the joiner asks about the same token several times. */
function isCand(cx: Ctx, i: number): boolean {
  if (i >= cx.toks.length) return false;
  const m = cx.memo[cx.o + i];
  if (m !== 0) return m === 1;
  const yes = isCandRaw(cx, i);
  cx.memo[cx.o + i] = yes ? 1 : 2;
  return yes;
}

/** True when local token `i` may be (part of) a name. */
function isCandRaw(cx: Ctx, i: number): boolean {
  const { toks, o, F, caps } = cx;
  const g = gazetteer();
  const t = toks[i];
  if (t === undefined || !cap(cx, i)) return false;
  if (cx.joinNext[cx.o + i] === 1 || (i > 0 && cx.joinNext[cx.o + i - 1] === 1)) return true;
  const k = F.key[o + i];
  const fl = F.flags[o + i];
  // A lone capital letter is an initial only when a period and a name follow ("A. Smith").
  if (fl & ONE_LETTER) return toks[i + 1]?.text === '.' && toks[i + 2] !== undefined && cap(cx, i + 2) && toks[i + 1].start === t.end;
  if (k.charCodeAt(0) === 105 && (k[1] === "'" || k[1] === '’')) return false;
  // "York-based", "Hong Kong-listed": a compound adjective, not a name.
  if (fl & HYPHEN && COMPOUND_ADJ.test(t.text)) return false;
  // Compass words open names when a name follows ("East Jerusalem", "Northern Cape").
  if (COMPASS.has(k) && !caps && toks[i + 1] !== undefined && cap(cx, i + 1) && !g.notNames.has(F.fk[o + i + 1])) return true;
  if (caps) return knownInCaps(t.text, k, cx.stats);
  if (g.notNames.has(k) && !(i > 0 && cap(cx, i - 1) && !g.notNames.has(F.fk[o + i - 1]) && !MONTH_DAY.test(k))) return false;
  return true;
}

function chunkSentence(cx: Ctx, out: NameChunk[]): void {
  const { text, toks, o, F, caps } = cx;
  const g = gazetteer();
  for (let i = 0; i < toks.length; i++) if (toks[i].kind === 'word' || toks[i].kind === 'number') { cx.firstWordIdx = i; break; }
  let i = 0;
  while (i < toks.length) {
    if (!isCand(cx, i)) { i++; continue; }
    const startIdx = i;
    let j = i; // last token index included
    for (;;) {
      if (F.flags[o + j] & POSS) break; // a possessive ends the name
      const n = toks[j + 1];
      if (n === undefined) break;
      if (cx.joinNext[o + j] === 1) { j++; continue; }
      if (isCand(cx, j + 1) && n.start === toks[j].end + 1 && text.charCodeAt(toks[j].end) === 32) { j++; continue; }
      // Initials and abbreviated honorifics: "George W. Bush", "Mr. Smith".
      if (n.text === '.' && n.start === toks[j].end && isCand(cx, j + 2)) {
        const fj = F.fk[o + j];
        if (F.flags[o + j] & UPPER_LETTER || ABBREV_JOIN.has(fj) || g.honorifics.has(fj) || g.titles.has(fj)) { j += 2; continue; }
      }
      if (n.text === '&' && isCand(cx, j + 2)) { j += 2; continue; }
      const nk = F.low[o + j + 1];
      if (!caps && n.kind === 'word' && PARTICLES.has(nk)) {
        if (isCand(cx, j + 2)) { j += 2; continue; }
        // Two particles: "Joost van der Westhuizen".
        if (PARTICLES.has(lowerAt(cx, j + 2)) && isCand(cx, j + 3)) { j += 3; continue; }
      }
      if (nk === 'of' && OF_HEADS.has(F.fk[o + j])) {
        if (isCand(cx, j + 2)) { j += 2; continue; }
        if (lowerAt(cx, j + 2) === 'the' && isCand(cx, j + 3)) { j += 3; continue; }
      }
      break;
    }
    emitChunk(cx, startIdx, j, out);
    i = j + 1;
  }
}

const MONTH_DAY = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)/;

/** Splits a capitalised run into title + modifiers and the bare name, and records the context. */
function emitChunk(cx: Ctx, a: number, b: number, out: NameChunk[]): void {
  const { text, toks, o, F } = cx;
  const g = gazetteer();
  const wordIdx: number[] = [];
  for (let k = a; k <= b; k++) if (toks[k].kind === 'word') wordIdx.push(k);
  const full = text.slice(toks[a].start, toks[b].end);
  // A title alone ("Foreign Minister", "the Queen") names no one here.
  if (wordIdx.every((x) => g.titles.has(F.fk[o + x]) || g.honorifics.has(F.fk[o + x]))) {
    const allTitle = wordIdx.length <= 1 || g.titles.has(fold(wordIdx.map((x) => toks[x].text).join(' '))) || wordIdx.every((x) => g.titles.has(F.fk[o + x]));
    if (allTitle && !knownOrg(full) && !placeInfo(full)) return;
  }
  // A title inside the run: everything after the last title word is the name, everything before it
  // (with the title) is the role. Known organisations ("General Motors") and names whose rest carries
  // an organisation head ("Justice Department") are not split.
  let nameFrom = 0; // index into wordIdx
  let titleFrom = -1;
  let honorific = false;
  const bare = stripPossessive(full);
  if (!knownOrg(bare) && !placeInfo(bare)) {
    for (let w = 0; w < wordIdx.length - 1; w++) {
      const k1 = F.fk[o + wordIdx[w]];
      const k2 = w + 1 < wordIdx.length ? `${k1} ${F.fk[o + wordIdx[w + 1]]}` : '';
      const span = k2 && g.titles.has(k2) ? 2 : g.titles.has(k1) || g.honorifics.has(k1) ? 1 : 0;
      if (span === 0) continue;
      if (w + span >= wordIdx.length) break;
      const rest = wordIdx.slice(w + span).map((x) => F.key[o + x]);
      if (rest.some((r) => g.orgHeads.has(r) || g.orgSuffixes.has(r))) break;
      if (titleFrom < 0) titleFrom = w;
      honorific = span === 1 && g.honorifics.has(k1) && titleFrom === w;
      nameFrom = w + span;
      w += span - 1;
    }
  }
  let title: TextSpan | undefined;
  if (nameFrom > 0) {
    const ts = toks[wordIdx[0]].start;
    const te = toks[wordIdx[nameFrom - 1]].end;
    const tEnd = text[te] === '.' ? te + 1 : te;
    title = { start: ts, end: tEnd, text: text.slice(ts, tEnd) };
    // Modifiers before the title ("U.S." in "U.S. President", "Bank of England" in "Bank of England
    // Governor") are names in their own right, unless they are demonyms ("Russian").
    if (titleFrom > 0) {
      const modEnd = wordIdx[titleFrom - 1];
      const modText = text.slice(toks[a].start, toks[modEnd].end);
      if (!demonymPlace(modText) || placeInfo(modText)) {
        pushChunk(cx, a, modEnd, out, undefined, false, true);
      }
    }
  }
  pushChunk(cx, wordIdx[nameFrom], b, out, title, honorific, false);
}

/** Lower-cased text of local token `i`, or "" outside the sentence. */
function lowerAt(cx: Ctx, i: number): string {
  return i < 0 || i >= cx.toks.length ? '' : cx.F.low[cx.o + i];
}

function pushChunk(
  cx: Ctx,
  a: number,
  b: number,
  out: NameChunk[],
  title: TextSpan | undefined,
  honorific: boolean,
  modifier: boolean,
): void {
  const { text, toks, o, F, si, caps, firstWordIdx, stats } = cx;
  const g = gazetteer();
  // A leading "The" is not part of the name unless the lexicons know it with it ("The Hague").
  if (a < b && F.low[o + a] === 'the') {
    const whole = text.slice(toks[a].start, toks[b].end);
    if (!placeInfo(whole) && !knownOrg(whole)) a++;
  }
  // A sentence-initial ordinary word or a leading demonym is not part of the name ("Economist Joel
  // Naroff", "Australian Tom Moody"), unless the lexicons know the whole ("American League").
  if (a < b && !title) {
    const whole = stripPossessive(text.slice(toks[a].start, toks[b].end));
    const k0 = F.fk[o + a];
    const initialWord = a === firstWordIdx && (stats.lower.has(k0) || g.notNames.has(k0)) && !COMPASS.has(k0);
    const demonym = demonymPlace(toks[a].text) !== undefined && !placeInfo(toks[a].text);
    if ((initialWord || demonym) && !placeInfo(whole) && !knownOrg(whole)) {
      a++;
      while (a < b && toks[a].kind !== 'word') a++;
    }
  }
  const start = toks[a].start;
  let end = toks[b].end;
  let possessive = false;
  if (F.flags[o + b] & POSS) {
    end -= 2;
    possessive = true;
  }
  if (end <= start) return;
  const words: string[] = [];
  for (let k = a; k <= b; k++) if (toks[k].kind === 'word') words.push(k === b && possessive ? toks[k].text.slice(0, -2) : toks[k].text);
  const name = text.slice(start, end);
  const initial = a === firstWordIdx || (a > 0 && a - 1 === firstWordIdx && toks[firstWordIdx].kind !== 'word');
  // A lone sentence-initial capital word that the document also writes in lower case is an ordinary
  // word ("Trailing by 213", "Officials said"); lexicon hits survive.
  if (initial && a === b && !title) {
    const k = fold(name);
    const known = placeInfo(name) || knownOrg(name) || g.given.has(k) || stats.midCap.has(k);
    if (g.notNames.has(k) && !known) return;
    if (!known && (stats.lower.has(k) || /(?:ing|ly|ed)$/.test(k))) return;
    if (!known && toks[b + 1]?.text === ':' ) return;
  }
  // Context tokens outside the title.
  let before = a - 1;
  if (title) {
    while (before >= 0 && toks[before].start >= title.start) before--;
  }
  // Role phrase before the name or its title: lower-case words ending in a role noun ("longtime ally
  // President Nicolás Maduro", "soccer manager Tom Smith").
  let roleBefore: TextSpan | undefined;
  const p = before;
  if (!modifier && p >= 0 && toks[p].kind === 'word' && g.roles.has(F.fk[o + p]) && !(F.flags[o + p] & CAP)) {
    let q = p;
    while (q - 1 >= 0 && toks[q - 1].kind === 'word' && !(F.flags[o + q - 1] & CAP) && !g.notNames.has(F.fk[o + q - 1]) && !VERB_LIKE.test(F.low[o + q - 1]) && !APPOSITION_STOP.has(F.low[o + q - 1]) && p - q < 2) q--;
    roleBefore = { start: toks[q].start, end: toks[p].end, text: text.slice(toks[q].start, toks[p].end) };
  }
  const apposition = possessive || modifier ? undefined : appositionAfter(cx, b);
  out.push({
    start,
    end,
    text: name,
    words,
    sentence: si,
    title,
    honorific,
    roleBefore,
    apposition,
    prev: lowerAt(cx, before),
    prev2: lowerAt(cx, before - 1),
    next: lowerAt(cx, b + 1),
    next2: lowerAt(cx, b + 2),
    initial,
    caps,
    possessive,
    modifier,
  });
}

// Verb forms that end a role phrase written before a name ("hosted | longtime ally President X").
const VERB_LIKE = /(?:ed|ing)$/;

// Words that end an apposition: its predicate or a relative clause starts ("Smith, a lawyer who...").
const APPOSITION_STOP = new Set([
  'said', 'says', 'told', 'added', 'wrote', 'argued', 'warned', 'noted', 'explained', 'insisted', 'stated',
  'who', 'whom', 'whose', 'which', 'that', 'when', 'where', 'while', 'has', 'had', 'is', 'was', 'will', 'would',
]);
// Prepositions that end the head of an apposition ("a spokesman | for the ministry").
const APPOSITION_PREPS = new Set(['of', 'for', 'at', 'in', 'with', 'from', 'on', 'to', 'under', 'since', 'and']);
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'former', 'longtime', 'veteran']);
/** Longest apposition considered, in tokens: longer comma-delimited phrases are clauses, not roles. */
const MAX_APPOSITION_TOKENS = 14;

/**
 * The role-bearing apposition after the name ending at local token `b`: `, [age,] (the|a|an|his|X's|...)
 * ... <role noun> [prep ...]` closed by a comma, a stop word ("said", "who") or the sentence end. The
 * head (the words before the first preposition) must hold a lower-case role noun ("director",
 * "spokesman"). Bounded look-ahead: constant work per name.
 */
function appositionAfter(cx: Ctx, b: number): TextSpan | undefined {
  const { toks, o, F, text } = cx;
  const g = gazetteer();
  if (toks[b + 1]?.text !== ',') return undefined;
  let i = b + 2;
  // An age between commas: "Amal Haddad, 52, a nurse".
  if (toks[i]?.kind === 'number' && toks[i + 1]?.text === ',') i += 2;
  const first = toks[i];
  if (first === undefined || first.kind !== 'word') return undefined;
  const f0 = F.low[o + i];
  const f0flags = F.flags[o + i];
  if (!APPOSITION_OPENERS.has(f0) && !(f0flags & POSS) && !(f0flags & LOWER && g.roles.has(F.fk[o + i]))) return undefined;
  let head = true;
  let headWords = 0;
  let role = false;
  let last = -1;
  for (let k = i; k < toks.length && k < i + MAX_APPOSITION_TOKENS; k++) {
    const t = toks[k];
    if (t.kind === 'punct') {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === ')' || t.text === '(' || t.text === '—' || t.text === '–') break;
      if (k === toks.length - 1 && (t.text === '.' || t.text === '!' || t.text === '?')) break;
      return undefined; // quotes, brackets and the like: not a plain role phrase
    }
    const w = F.low[o + k];
    if (t.kind === 'word' && APPOSITION_STOP.has(w)) {
      if (k === i) return undefined;
      break;
    }
    if (head && t.kind === 'word' && APPOSITION_PREPS.has(w) && k > i) head = false;
    if (head) {
      headWords++;
      if (t.kind === 'word' && F.flags[o + k] & LOWER && g.roles.has(F.fk[o + k])) {
        // "the baseball player Willie Mays": a title before another name, not this name's role.
        const n = toks[k + 1];
        if (n !== undefined && n.kind === 'word' && F.flags[o + k + 1] & CAP) return undefined;
        role = true;
      }
    }
    last = k;
    if (k === toks.length - 1) break;
    if (k === i + MAX_APPOSITION_TOKENS - 1) return undefined; // no end in sight: a clause
  }
  if (!role || last < i || headWords > 6) return undefined;
  // A dangling conjunction before the closing comma: "the director of the centre and, ...".
  while (last > i && (F.low[o + last] === 'and' || F.low[o + last] === 'or')) last--;
  let s = toks[i].start;
  if (f0 === 'a' || f0 === 'an') {
    if (last === i) return undefined;
    s = toks[i + 1].start;
  }
  const e = toks[last].end;
  return { start: s, end: e, text: text.slice(s, e) };
}
