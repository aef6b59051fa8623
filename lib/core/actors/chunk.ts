import { insideAny, type PreparedText } from '../text/prepare';
import { tokenize, type Token } from '../text/tokens';
import type { Span, TextSpan } from '../types';
import { demonymPlace, fold, gazetteer, knownOrg, placeInfo } from './gazetteer';

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
  /** A lower-case role phrase right before the name ("longtime ally", "soccer manager"). */
  roleBefore?: TextSpan;
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
function gazetteerRuns(text: string, toks: Token[]): boolean[] {
  const join = new Array<boolean>(toks.length).fill(false);
  const first = gazetteer().multiFirst;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word' || !first.has(fold(toks[i].text))) continue;
    let best = -1;
    for (let k = i + 1; k < toks.length && k < i + MAX_GAZ_TOKENS; k++) {
      const gap = text.slice(toks[k - 1].end, toks[k].start);
      if (gap.length > 1 || /\S/.test(gap) && gap !== '') break;
      if (toks[k].kind === 'punct' && toks[k].text !== '.' && toks[k].text !== '-') break;
      if (toks[k].kind !== 'word') continue;
      const span = text.slice(toks[i].start, toks[k].end);
      if (placeInfo(span) || knownOrg(span)) best = k;
    }
    for (let k = i; k < best; k++) join[k] = true;
  }
  return join;
}

/** True for a word token whose first letter is upper case, or an "al-Assad" style particle-name. */
function capitalised(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const c = t.text[0];
  if (c !== c.toLowerCase()) return true;
  return /^(?:al|el|ad|ash|bin|ibn)-\p{Lu}/u.test(t.text);
}

/** A word written all in capitals with at least two letters ("LONDON", "U.S."). */
function allCaps(t: Token): boolean {
  return t.kind === 'word' && /\p{L}.*\p{L}/u.test(t.text) && t.text === t.text.toUpperCase();
}

/** The word without a possessive ending. */
function stripPossessive(w: string): string {
  return /['’]s$/i.test(w) ? w.slice(0, -2) : w;
}

/** True when a capitals-only word is known to be (part of) a name, from the document or the lexicons. */
function knownInCaps(w: string, stats: DocWordStats): boolean {
  const k = fold(stripPossessive(w));
  const g = gazetteer();
  if (g.notNames.has(k)) return false;
  if (stats.midCap.has(k)) return true;
  if (placeInfo(k) || knownOrg(k) || g.given.has(k) || demonymPlace(k) || g.titles.has(k)) return true;
  // Acronyms are written in capitals everywhere: a short dotted or 2-4 letter word is kept.
  return /^(?:\p{L}\.){2,}$/u.test(w);
}

/** Collects document-wide lower-case and mid-sentence capital word sets in one pass. */
export function docWordStats(doc: PreparedText, sentTokens: Token[][], capsSentence: boolean[]): DocWordStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  for (let si = 0; si < sentTokens.length; si++) {
    const toks = sentTokens[si];
    let firstWord = true;
    for (const t of toks) {
      if (t.kind !== 'word') continue;
      const k = fold(stripPossessive(t.text));
      if (t.text === t.text.toLowerCase()) lower.add(k);
      else if (!firstWord && !capsSentence[si] && !allCaps(t)) midCap.add(k);
      else if (!firstWord && !capsSentence[si] && t.text.length <= 5) midCap.add(k);
      firstWord = false;
    }
  }
  void doc;
  return { lower, midCap };
}

/** True when most words of the sentence are written in capitals (a headline or a dateline). */
export function isCapsSentence(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind !== 'word' || !/\p{L}/u.test(t.text)) continue;
    words++;
    if (t.text === t.text.toUpperCase() && /\p{L}.*\p{L}|^\p{L}$/u.test(t.text)) caps++;
  }
  return words > 0 && caps >= 2 && caps / words >= 0.6 || (words === 1 && caps === 1 && toks.length > 1);
}

/**
 * Finds capitalised name chunks in every sentence outside `appealSpans`. Linear in the text length:
 * one tokenisation per sentence, each token visited a bounded number of times.
 */
export function findChunks(doc: PreparedText, appealSpans: readonly Span[]): NameChunk[] {
  const text = doc.text;
  const sentTokens: Token[][] = [];
  const capsSentence: boolean[] = [];
  for (const s of doc.sentences) {
    const toks = insideAny(appealSpans, s.start, s.end) ? [] : tokenize(text, s.start, s.end);
    sentTokens.push(toks);
    capsSentence.push(isCapsSentence(toks));
  }
  const stats = docWordStats(doc, sentTokens, capsSentence);
  const out: NameChunk[] = [];
  for (let si = 0; si < sentTokens.length; si++) {
    const toks = sentTokens[si];
    if (toks.length === 0) continue;
    chunkSentence(text, toks, si, capsSentence[si], stats, out);
  }
  return out;
}

function chunkSentence(
  text: string,
  toks: Token[],
  si: number,
  caps: boolean,
  stats: DocWordStats,
  out: NameChunk[],
): void {
  const g = gazetteer();
  let firstWordIdx = -1;
  for (let i = 0; i < toks.length; i++) if (toks[i].kind === 'word' || toks[i].kind === 'number') { firstWordIdx = i; break; }
  const joinNext = gazetteerRuns(text, toks);
  const forced = (i: number) => joinNext[i] || (i > 0 && joinNext[i - 1]);
  // Memoised: the joiner asks about the same token several times.
  const memo = new Int8Array(toks.length);
  const isCand = (i: number): boolean => {
    if (i >= toks.length) return false;
    if (memo[i] === 0) memo[i] = isCandRaw(i) ? 1 : 2;
    return memo[i] === 1;
  };
  const isCandRaw = (i: number): boolean => {
    const t = toks[i];
    if (t === undefined || !capitalised(t)) return false;
    if (forced(i)) return true;
    const k = fold(stripPossessive(t.text));
    // A lone capital letter is an initial only when a period and a name follow ("A. Smith").
    if (/^\p{L}$/u.test(t.text)) return toks[i + 1]?.text === '.' && toks[i + 2] !== undefined && capitalised(toks[i + 2]) && toks[i + 1].start === t.end;
    if (/^i['’]/.test(k)) return false;
    // "York-based", "Hong Kong-listed": a compound adjective, not a name.
    if (COMPOUND_ADJ.test(t.text)) return false;
    // Compass words open names when a name follows ("East Jerusalem", "Northern Cape").
    if (COMPASS.has(k) && !caps && toks[i + 1] !== undefined && capitalised(toks[i + 1]) && !g.notNames.has(fold(toks[i + 1].text))) return true;
    if (caps) return knownInCaps(t.text, stats);
    if (g.notNames.has(k) && !(i > 0 && capitalised(toks[i - 1]) && !g.notNames.has(fold(toks[i - 1].text)) && !/^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)/.test(k))) return false;
    return true;
  };
  let i = 0;
  while (i < toks.length) {
    if (!isCand(i)) { i++; continue; }
    const startIdx = i;
    let j = i; // last token index included
    for (;;) {
      if (/['’]s$/i.test(toks[j].text)) break; // a possessive ends the name
      const n = toks[j + 1];
      if (n === undefined) break;
      if (joinNext[j]) { j++; continue; }
      if (isCand(j + 1) && n.start === toks[j].end + 1 && /^ $/.test(text.slice(toks[j].end, n.start))) { j++; continue; }
      // Initials and abbreviated honorifics: "George W. Bush", "Mr. Smith".
      if (n.text === '.' && n.start === toks[j].end && isCand(j + 2) &&
        (/^\p{Lu}$/u.test(toks[j].text) || ABBREV_JOIN.has(fold(toks[j].text)) || g.honorifics.has(fold(toks[j].text)) || g.titles.has(fold(toks[j].text)))) { j += 2; continue; }
      if (n.text === '&' && isCand(j + 2)) { j += 2; continue; }
      const nk = n.text.toLowerCase();
      if (!caps && PARTICLES.has(nk) && n.kind === 'word') {
        if (isCand(j + 2)) { j += 2; continue; }
        // Two particles: "Joost van der Westhuizen".
        if (PARTICLES.has(lowerAt(toks, j + 2)) && isCand(j + 3)) { j += 3; continue; }
      }
      if (nk === 'of' && OF_HEADS.has(fold(toks[j].text))) {
        if (isCand(j + 2)) { j += 2; continue; }
        if (toks[j + 2]?.text.toLowerCase() === 'the' && isCand(j + 3)) { j += 3; continue; }
      }
      break;
    }
    emitChunk(text, toks, startIdx, j, si, caps, firstWordIdx, stats, out);
    i = j + 1;
  }
}

/** Splits a capitalised run into title + modifiers and the bare name, and records the context. */
function emitChunk(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  si: number,
  caps: boolean,
  firstWordIdx: number,
  stats: DocWordStats,
  out: NameChunk[],
): void {
  const g = gazetteer();
  const wordIdx: number[] = [];
  for (let k = a; k <= b; k++) if (toks[k].kind === 'word') wordIdx.push(k);
  const full = text.slice(toks[a].start, toks[b].end);
  // A title alone ("Foreign Minister", "the Queen") names no one here.
  if (wordIdx.every((x) => g.titles.has(fold(toks[x].text)) || g.honorifics.has(fold(toks[x].text)))) {
    const allTitle = wordIdx.length <= 1 || g.titles.has(fold(wordIdx.map((x) => toks[x].text).join(' '))) || wordIdx.every((x) => g.titles.has(fold(toks[x].text)));
    if (allTitle && !knownOrg(full) && !placeInfo(full)) return;
  }
  // A title inside the run: everything after the last title word is the name, everything before it
  // (with the title) is the role. Known organisations ("General Motors") and names whose rest carries
  // an organisation head ("Justice Department") are not split.
  let nameFrom = 0; // index into wordIdx
  let titleFrom = -1;
  let honorific = false;
  if (!knownOrg(stripPossessive(full)) && !placeInfo(stripPossessive(full))) {
    for (let w = 0; w < wordIdx.length - 1; w++) {
      const k1 = fold(toks[wordIdx[w]].text);
      const k2 = w + 1 < wordIdx.length ? `${k1} ${fold(toks[wordIdx[w + 1]].text)}` : '';
      const span = k2 && g.titles.has(k2) ? 2 : g.titles.has(k1) || g.honorifics.has(k1) ? 1 : 0;
      if (span === 0) continue;
      if (w + span >= wordIdx.length) break;
      const rest = wordIdx.slice(w + span).map((x) => fold(stripPossessive(toks[x].text)));
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
        pushChunk(text, toks, a, modEnd, si, caps, firstWordIdx, stats, out, undefined, false, true);
      }
    }
  }
  pushChunk(text, toks, wordIdx[nameFrom], b, si, caps, firstWordIdx, stats, out, title, honorific, false);
}

function lowerAt(toks: Token[], i: number): string {
  const t = toks[i];
  return t === undefined ? '' : t.text.toLowerCase();
}

function pushChunk(
  text: string,
  toks: Token[],
  a: number,
  b: number,
  si: number,
  caps: boolean,
  firstWordIdx: number,
  stats: DocWordStats,
  out: NameChunk[],
  title: TextSpan | undefined,
  honorific: boolean,
  modifier: boolean,
): void {
  const g = gazetteer();
  // A leading "The" is not part of the name unless the lexicons know it with it ("The Hague").
  if (a < b && toks[a].text.toLowerCase() === 'the') {
    const whole = text.slice(toks[a].start, toks[b].end);
    if (!placeInfo(whole) && !knownOrg(whole)) a++;
  }
  // A sentence-initial ordinary word or a leading demonym is not part of the name ("Economist Joel
  // Naroff", "Australian Tom Moody"), unless the lexicons know the whole ("American League").
  if (a < b && !title) {
    const whole = stripPossessive(text.slice(toks[a].start, toks[b].end));
    const k0 = fold(toks[a].text);
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
  if (/['’]s$/i.test(toks[b].text)) {
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
  // Role phrase before the name: lower-case words ending in a role noun ("longtime ally").
  let roleBefore: TextSpan | undefined;
  let p = a - 1;
  if (!title && p >= 0 && toks[p].kind === 'word' && g.roles.has(fold(toks[p].text)) && !capitalised(toks[p])) {
    let q = p;
    while (q - 1 >= 0 && toks[q - 1].kind === 'word' && !capitalised(toks[q - 1]) && !g.notNames.has(fold(toks[q - 1].text)) && p - q < 2) q--;
    roleBefore = { start: toks[q].start, end: toks[p].end, text: text.slice(toks[q].start, toks[p].end) };
  }
  // Context tokens outside the title.
  let before = a - 1;
  if (title) {
    while (before >= 0 && toks[before].start >= title.start) before--;
  }
  out.push({
    start,
    end,
    text: name,
    words,
    sentence: si,
    title,
    honorific,
    roleBefore,
    prev: lowerAt(toks, before),
    prev2: lowerAt(toks, before - 1),
    next: lowerAt(toks, b + 1),
    next2: lowerAt(toks, b + 2),
    initial,
    caps,
    possessive,
    modifier,
  });
}
