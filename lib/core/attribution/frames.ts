import {
  ADJUNCT_PREPOSITIONS,
  CUE_AUXILIARIES,
  CUE_NOUNS,
  CUE_VERB_FORMS,
  EVIDENCE_NOUNS,
  EVIDENTIAL_VERBS,
  NOMINAL_CUES,
  NOMINAL_PREPS,
  OBJECT_INFINITIVE_VERBS,
  TIME_WORDS,
  type CueVerb,
} from '../lexicons/cues';
import { OFFICIAL_NOUNS, ORGANIZATION_WORDS, PERSON_NOUNS, SUBJECT_PRONOUNS } from '../lexicons/sources';
import type { Span } from '../types';
import { DETERMINERS, npBackward, npForward, startsAdjunct, type Tok } from './np';
import type { Quote } from './quotes';

/** A statement as found in one sentence, before ids, classification and resolution. */
export interface Frame {
  /** Content fragments, in text order (one when contiguous). */
  content: Span[];
  /** Source tokens `[first, last]` (inclusive) in the paragraph's token list, or null. */
  source: [number, number] | null;
  cue: Span;
  cueParts: Span[];
  cueType: 'speech' | 'cognition';
  lemma: string;
  /** The attribution follows the content (`"...," he said`): a next-sentence quote may continue it. */
  trailing: boolean;
  /** Source is a relative "who": its antecedent noun phrase `[first, last]`. */
  antecedent?: [number, number];
  /** A denial of an accusation ("..., which he denies"): the accused, who the pronoun stands for. */
  accused?: Span;
}

/** What the frame finder needs to know about one paragraph. */
export interface ParagraphView {
  text: string;
  toks: Tok[];
  quotes: readonly Quote[];
  /** Start offset of the sentence containing a given offset (for mixed-quote content). */
  sentenceStartAt(pos: number): number;
  /** The next paragraph, when there is one: the block quote announced by "The governor added:". */
  next?: Span;
}

/** Nouns that head sources: "the poll shows", "the spokesman claims" read as verbs after them. */
const SOURCE_HEADS: ReadonlySet<string> = new Set([...OFFICIAL_NOUNS, ...ORGANIZATION_WORDS, ...PERSON_NOUNS]);

const FINITE = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'should', 'has', 'have', 'had', 'may', 'might', 'must', "isn't", "wasn't", "won't", "can't", 'does', 'did', "doesn't", "didn't"]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'reporters', 'journalists', 'lawmakers', 'supporters', 'congress', 'parliament']);
const CLAUSE_OPENERS = new Set(['that', 'how', 'what', 'whether', 'why', 'if', 'when', 'where', 'who']);
const CLOSING_QUOTES = '"”»’›“\'';
/** Words that, after a comma, open the writer's own clause rather than more reported content. */
const CONTENT_ENDERS: ReadonlySet<string> = new Set(['although', 'though', 'whereas', 'despite', 'even', 'but']);
const STRONG_PUNCT = new Set(['.', '?', '!', '…', ';']);

const isPunct = (t: Tok | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.text);

/** True when token `k` closes a quote. */
function closesQuote(v: ParagraphView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.q >= 0 && t.end === v.quotes[t.q].end && CLOSING_QUOTES.includes(t.text);
}

/**
 * True when the quote closed at (or just before) boundary token `b` reads as speech: it opens its
 * sentence (or follows a comma or colon), or is long. A short quote inside a clause is more often a
 * title or scare quote (`On "Fox News Sunday," Pence said ...`).
 */
function speechQuote(v: ParagraphView, b: number): boolean {
  const t = closesQuote(v, b) ? v.toks[b] : v.toks[b - 1];
  const q = v.quotes[t.q];
  const pre = v.text.slice(v.sentenceStartAt(q.start), q.start).trim();
  if (pre === '' || /[,:—–]$/.test(pre)) return true;
  return (v.text.slice(q.start, q.end).match(/\S+/g) ?? []).length >= 5;
}

/** True when token `k` opens a quote. */
function opensQuote(v: ParagraphView, k: number): boolean {
  const t = v.toks[k];
  return t !== undefined && t.q >= 0 && v.quotes[t.q].fragments.some((f) => f.start === t.start);
}

/**
 * Skips adjuncts after a cue ("on Thursday", "in a read-out", "to reporters", "Monday") starting at
 * token `k`; returns where they end and the communication adjuncts met (cue parts such as "in a read-out").
 */
function skipAdjuncts(v: ParagraphView, k: number, end: number, parts: Span[]): number {
  let p = k;
  for (let guard = 0; guard < 6 && p < end; guard++) {
    const t = v.toks[p];
    if (t.q >= 0) break;
    if (TIME_WORDS.has(t.lc)) {
      p++;
      continue;
    }
    if (!ADJUNCT_PREPOSITIONS.has(t.lc)) break;
    // "urged Republicans to join ...": an infinitive, not an adjunct.
    if (t.lc === 'to' && p + 1 < end && /^\p{Ll}/u.test(v.toks[p + 1].text) && !DETERMINERS.has(v.toks[p + 1].lc) && !CUE_NOUNS.has(v.toks[p + 1].lc)) break;
    // A preposition plus a short noun phrase without punctuation or clause words.
    let j = p + 1;
    let noun = false;
    while (j < end && j - p <= 7) {
      const u = v.toks[j];
      if (u.q >= 0 || u.kind === 'punct' || u.lc === 'that' || CUE_VERB_FORMS.has(u.lc) && !CUE_NOUNS.has(u.lc)) break;
      if (CUE_NOUNS.has(u.lc)) noun = true;
      j++;
      if (noun && !(j < end && (v.toks[j].lc === 'with' || v.toks[j].lc === 'on' || v.toks[j].lc === 'to'))) break;
    }
    if (j === p + 1) break;
    if (noun) parts.push({ start: t.start, end: v.toks[j - 1].end });
    p = j;
  }
  return p;
}

/** Words in -ing that are not participles. */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(['during', 'nothing', 'something', 'anything', 'everything', 'thing', 'king', 'according', 'notwithstanding', 'spring', 'morning', 'evening', 'ring', 'wing', 'bring', 'sing', 'string', 'sibling']);

/**
 * After a comma, the writer's own elaboration rather than more reported content: a participle clause
 * (", encouraging his supporters to ...") or a non-restrictive relative (", which makes him ...").
 */
function writerClause(toks: readonly Tok[], k: number, end: number): boolean {
  const t = toks[k];
  if (t.q >= 0 || t.kind !== 'word') return false;
  if (t.lc.length > 5 && t.lc.endsWith('ing') && /^\p{Ll}/u.test(t.text) && !NOT_PARTICIPLES.has(t.lc)) return true;
  if (t.lc === 'which') return true;
  return false;
}

/** Token index of the end of the content on the right: the sentence end, or the end of a quote running past it. */
function rightContent(v: ParagraphView, p: number, end: number, object = false): Span[] {
  const start = v.toks[p].start;
  // A semicolon outside quotes ends the reported clause: what follows is the writer's own sentence; so
  // does a concessive or causal clause after a comma (", although ...", ", even as ...").
  for (let k = p + 1; k < end; k++) {
    const t = v.toks[k];
    if (t.q >= 0) continue;
    if (t.text === ';' || (t.text === ',' && k + 1 < end && (CONTENT_ENDERS.has(v.toks[k + 1].lc) || (object && writerClause(v.toks, k + 1, end))))) {
      end = k;
      break;
    }
  }
  let last = end - 1;
  while (last > p && isPunct(v.toks[last], '.;:') && v.toks[last].q < 0) last--;
  const lt = v.toks[last];
  if (lt.q >= 0) {
    const q = v.quotes[lt.q];
    if (q.end > lt.end) {
      const out: Span[] = [];
      for (const f of q.fragments) {
        if (f.end <= start) continue;
        out.push({ start: Math.max(f.start, start), end: f.end });
      }
      if (out.length) out[0].start = start;
      return out;
    }
  }
  return [{ start, end: lt.end }];
}

/** The content left of an attribution whose boundary (comma or closing quote) is token `b`. */
function leftContent(v: ParagraphView, b: number, sentStart: number): Span[] | null {
  const toks = v.toks;
  let qi = -1;
  if (closesQuote(v, b)) qi = toks[b].q;
  else if (isPunct(toks[b], ',') && closesQuote(v, b - 1)) qi = toks[b - 1].q;
  if (qi >= 0) {
    const q = v.quotes[qi];
    const from = v.sentenceStartAt(q.start);
    const pre = v.text.slice(from, q.start).trim();
    if (pre === '' || /[,:—–-]$/.test(pre)) return q.fragments.map((f) => ({ start: f.start, end: f.end }));
    const frags = q.fragments.map((f) => ({ start: f.start, end: f.end }));
    frags[0].start = from;
    return frags;
  }
  if (!isPunct(toks[b], ',—–')) return null;
  const first = toks[sentStart];
  const start = first.q >= 0 ? Math.min(first.start, v.quotes[first.q].start) : first.start;
  if (toks[b].start - start < 8) return null;
  return [{ start, end: toks[b - 1].end }];
}

/** Words that may open a sentence before its subject: "But", "Even", "And". */
const LEADING_WORDS: ReadonlySet<string> = new Set(['but', 'and', 'even', 'yet', 'still', 'so', 'also', 'meanwhile', 'however']);

/** Finds the subject left of an appositive ending at comma `c` ("Scott Pruitt, the attorney general, said"). */
function appositiveSubject(v: ParagraphView, c: number, floor: number): [number, number] | null {
  const toks = v.toks;
  let best: [number, number] | null = null;
  let commas = 0;
  for (let k = c - 1; k > floor && c - k < 30; k--) {
    const t = toks[k];
    // "Johnnie Wilson, of Springfield, Va., said": the period of an abbreviation does not end the sentence.
    const abbr = t.text === '.' && toks[k - 1]?.end === t.start && /^\p{Lu}\p{Ll}{0,3}$/u.test(toks[k - 1].text);
    if (t.q >= 0 || (STRONG_PUNCT.has(t.text) && !abbr)) break;
    if (t.text !== ',') continue;
    if (++commas > 3) break;
    const s = npBackward(toks, k - 1, floor);
    if (s < 0) continue;
    // "..., of Springfield, Va., said": a place adjunct, not the subject; keep walking left.
    if (toks[s].lc === 'of' || toks[s].lc === 'from') continue;
    // A sentence-initial conjunction or focus word stays outside the subject ("But Megan Hester, ...").
    const lead = s === floor + 1 && LEADING_WORDS.has(toks[floor].lc);
    const bounded = s === floor || lead || closesQuote(v, s - 1) || isPunct(toks[s - 1], ',:—') && (closesQuote(v, s - 2) || commas === 1);
    if (!bounded) continue;
    // A parenthetical adjunct (", for its part,", ", in turn,") is not part of the source.
    best = ADJUNCT_PREPOSITIONS.has(toks[k + 1].lc) || toks[k + 1].lc.endsWith('ly') ? [s, k - 1] : [s, c - 1];
    if (/^\p{Lu}/u.test(toks[k - 1].text)) break;
  }
  return best;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_LEADS = new Set(['this', 'last', 'next', 'on', 'late', 'early', 'earlier', 'later', 'that']);

/** Steps left over a time adjunct between subject and cue ("Trump this week also said", "Putin on Thursday said"). */
function skipTimeAdjunct(toks: readonly Tok[], j: number, a: number): number {
  let k = j;
  while (k >= a && toks[k].q < 0 && (WEEKDAYS.has(toks[k].lc) || (TIME_WORDS.has(toks[k].lc) && /^\p{Ll}/u.test(toks[k].text)))) k--;
  if (k === j) return j;
  if (k >= a && TIME_LEADS.has(toks[k].lc)) k--;
  while (k >= a && isAux(toks[k])) k--;
  return k >= a && toks[k].kind === 'word' ? k : j;
}

/** An auxiliary or adverb between subject and cue ("has also", "formally"); capitalised "May" is a name. */
function isAux(t: Tok): boolean {
  if (t.q >= 0 || t.kind !== 'word' || /^\p{Lu}/u.test(t.text)) return false;
  return CUE_AUXILIARIES.has(t.lc) || (t.lc.length > 4 && t.lc.endsWith('ly'));
}

/** The verb is a noun or non-reporting use here ("the statement", "to say", "was told"). */
function rejectVerb(toks: readonly Tok[], i: number, a: number, verb: CueVerb): boolean {
  const t = toks[i];
  const prev = i > a ? toks[i - 1] : undefined;
  if (prev && (DETERMINERS.has(prev.lc) || prev.lc === 'to' || prev.lc === 'having' || /['’]s$/.test(prev.text) && verb.weak)) return true;
  if (/^\p{Lu}/u.test(t.text) && i > a) return true; // "Sen. Says" / title-case headline words
  // "rose 0.1 percentage points to 4.2 percent": a measure noun, not a verb.
  if (verb.prepOnly && prev && (prev.kind === 'number' || prev.lc === 'percentage')) return true;
  let j = i - 1;
  let be = false;
  while (j >= a && isAux(toks[j])) {
    if (BE.has(toks[j].lc)) be = true;
    j--;
  }
  const ing = t.lc.endsWith('ing');
  // A base-form weak verb ("claim", "report") needs a subject that reads as one: a name, a pronoun or a
  // plural noun ("the authorities claim"), not a noun compound ("the climate report shows").
  if (verb.weak && j >= a && !t.lc.endsWith('ed') && !CUE_AUXILIARIES.has(toks[i - 1].lc)) {
    const s = toks[j];
    const plural = t.lc === verb.lemma && s.lc.endsWith('s') && !s.lc.endsWith('ss');
    const knownHead = SOURCE_HEADS.has(s.lc) || EVIDENCE_NOUNS.has(s.lc);
    if (!(/^\p{Lu}/u.test(s.text) || SUBJECT_PRONOUNS.has(s.lc) || plural || knownHead)) return true;
  }
  if (ing) return !(be || isPunct(prev, ',') || (prev !== undefined && ING_PREPOSITIONS.has(prev.lc)));
  if (be && t.lc !== verb.lemma) return true; // passive: "was told", "is expected"
  return false;
}

/** Index of the first "that"/clause word within a few adjunct-like tokens after `k`, or -1. */
function thatAhead(toks: readonly Tok[], k: number, end: number, span: number): number {
  for (let j = k; j < end && j - k <= span; j++) {
    const t = toks[j];
    if (t.q >= 0 || (t.kind === 'punct' && t.text !== ',')) return -1;
    if (t.lc === 'that') return j;
    if (CUE_VERB_FORMS.has(t.lc) || t.lc === 'and' || t.lc === 'but' || SUBJECT_PRONOUNS.has(t.lc)) return -1;
    // "said officials are in possession of video that shows ...": a finite verb first means the clause
    // has begun and this "that" is a relative inside it.
    if (j > k && (FINITE.has(t.lc) || BE.has(t.lc))) return -1;
  }
  return -1;
}

/**
 * A bare complement clause after a cognition verb ("believes his efforts will last", "found the U.S. was
 * in breach"): a short noun phrase followed by a finite auxiliary or copula.
 */
function finiteClauseAhead(toks: readonly Tok[], p: number, end: number): boolean {
  for (let k = p + 1; k < end && k <= p + 6; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.kind === 'punct') return false;
    if (FINITE.has(t.lc)) return true;
  }
  return false;
}

/** True when the source `[s, e]` is a poll, study, document or recording ("Polls show a close race"). */
function evidentialSource(toks: readonly Tok[], src: [number, number]): boolean {
  for (let k = src[0]; k <= src[1]; k++) {
    const t = toks[k];
    if (t.lc === 'of' || t.lc === 'that' || t.lc === 'which' || t.text === ',') break;
    if (EVIDENCE_NOUNS.has(t.lc)) return true;
  }
  return false;
}

/**
 * An object followed by an infinitive ("expects them to become", "wants Congress to act"): a short noun
 * phrase without punctuation, then "to" and a lower-case verb.
 */
function objectThenTo(toks: readonly Tok[], p: number, end: number): boolean {
  for (let k = p + 1; k < end && k <= p + 5; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.kind === 'punct' || CLAUSE_OPENERS.has(t.lc)) return false;
    if (t.lc === 'to') return k + 1 < end && /^\p{Ll}/u.test(toks[k + 1].text) && !DETERMINERS.has(toks[k + 1].lc);
  }
  return false;
}

/** Particles that make "call" a different verb: "called in to the show", "called into", "called off". */
const PARTICLES_NOT_CUE: ReadonlySet<string> = new Set(['in', 'into', 'off', 'up', 'back']);

/** Conjunctions that open a time or reason clause right after "said": an adjunct, never the content. */
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'after', 'before', 'while', 'because', 'since', 'until']);

/** Prepositions before a reporting participle: "by saying", "after warning", "without mentioning". */
const ING_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'while', 'from', 'without', 'in', 'for']);

/**
 * The content of "called for X": the object up to the sentence end, a semicolon or a trailing
 * communication adjunct ("in a statement on Thursday").
 */
function callForFrame(v: ParagraphView, p: number, b: number, base: Omit<Frame, 'content' | 'trailing'>): Frame | null {
  const toks = v.toks;
  let end = b;
  for (let k = p + 1; k < b; k++) {
    const t = toks[k];
    if (t.q >= 0) continue;
    if (t.text === ';' || (t.text === ',' && CONTENT_ENDERS.has(toks[k + 1]?.lc ?? ''))) {
      end = k;
      break;
    }
    if ((ADJUNCT_PREPOSITIONS.has(t.lc) && t.lc !== 'to' && t.lc !== 'of' && startsAdjunct(toks, k + 1, b)) || SUBORDINATORS.has(t.lc)) {
      end = k;
      break;
    }
  }
  if (end <= p || toks[p].kind === 'punct') return null;
  const content = rightContent(v, p, end);
  return { ...base, content, trailing: false };
}

/** Conjunctions that open the writer's adverbial clause after an object ("spoke about X while at Y"). */
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'when', 'because', 'since', 'although', 'though', 'whereas', 'unless', 'until']);

/** True when a clause (not a bare object) starts at token `p`. */
function clauseStarts(v: ParagraphView, p: number): boolean {
  const t = v.toks[p];
  if (!t) return false;
  if (t.lc === 'to' && v.toks[p + 1] && /^\p{Ll}/u.test(v.toks[p + 1].text) && !DETERMINERS.has(v.toks[p + 1].lc)) return true;
  if (CLAUSE_OPENERS.has(t.lc) || opensQuote(v, p) || t.text === ':') return true;
  if (t.lc !== 'it' && SUBJECT_PRONOUNS.has(t.lc)) return true;
  return false;
}

/**
 * Finds the attribution frames of one sentence (tokens `[a, b)` of a paragraph). Cues inside quotes are
 * ignored (a quoted speaker's own "I said" is not the article's attribution).
 */
/**
 * How far (in tokens) a cue's frame may reach left and right inside its sentence. A reported clause or a
 * speaker phrase longer than this does not occur in real prose; bounding the scans keeps the stage linear
 * on pathological input (one "sentence" of 100,000 cue words would otherwise scan to its end per cue).
 */
const FRAME_WINDOW = 160;

export function sentenceFrames(v: ParagraphView, sa: number, sb: number): Frame[] {
  const toks = v.toks;
  const out: Frame[] = [];
  const sources = new Set<Frame['source']>();
  for (let i = sa; i < sb; i++) {
    const t = toks[i];
    if (t.q >= 0 || t.kind !== 'word') continue;
    const a = Math.max(sa, i - FRAME_WINDOW);
    const b = Math.min(sb, i + FRAME_WINDOW);
    if (t.lc === 'according' && toks[i + 1]?.lc === 'to') {
      const f = accordingTo(v, i, a, b);
      if (f) {
        out.push(f);
        sources.add(f.source);
      }
      i++;
      continue;
    }
    if (NOMINAL_CUES.has(t.lc) && i > a) {
      const f = nominalFrame(v, i, a, b);
      if (f) {
        out.push(f);
        sources.add(f.source);
        continue;
      }
    }
    if ((SEEM.has(t.lc) || (t.lc === 'expected' && BE.has(toks[i - 1]?.lc ?? ''))) && i > a) {
      const f = hedgeFrame(v, i, a, b);
      if (f) {
        out.push(f);
        sources.add(f.source);
        continue;
      }
    }
    const verb = CUE_VERB_FORMS.get(t.lc);
    if (!verb || rejectVerb(toks, i, a, verb)) continue;
    const f = verbFrame(v, i, a, b, verb, out);
    if (f?.source && !f.trailing) {
      // A participle or coordinated cue shares the earlier subject: cut the earlier content at the cue.
      const shared = sources.has(f.source);
      truncateBefore(v, out, !shared && f.source[0] < i && f.source[0] >= a ? f.source[0] : i, a);
    }
    if (f) {
      out.push(f);
      sources.add(f.source);
    }
  }
  return out;
}

const SEEM: ReadonlySet<string> = new Set(['seem', 'seems', 'seemed']);

/**
 * The writer's hedged report without a source: "Republicans seem confident they have the votes", "The
 * veto is expected to come before Friday". The whole clause, subject included, is the content.
 */
function hedgeFrame(v: ParagraphView, i: number, a: number, b: number): Frame | null {
  const toks = v.toks;
  const next = toks[i + 1];
  if (!next || next.q >= 0 || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) return null;
  if (toks[i].lc === 'expected' && next.lc !== 'to') return null;
  let j = i - 1;
  while (j >= a && isAux(toks[j])) j--;
  if (j < a) return null;
  const s = npBackward(toks, j, a);
  if (s < 0 || toks[s].lc === 'it' || toks[s].lc === 'who' || toks[s].lc === 'which' || toks[s].lc === 'that') return null;
  const right = rightContent(v, i, b);
  const content = [{ start: toks[s].start, end: right[right.length - 1].end }];
  return { content, source: null, cue: { start: toks[j + 1].start, end: toks[i].end }, cueParts: [], cueType: 'cognition', lemma: 'seem', trailing: false };
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The possessor ending at token `k` ("his", "Trump's", "the governor’s"): its token range, or null. */
function possessor(toks: readonly Tok[], k: number, a: number): [number, number] | null {
  const p = toks[k];
  if (!p || k < a || p.q >= 0 || p.kind !== 'word') return null;
  if (POSSESSIVE_PRONOUNS.has(p.lc)) return [k, k];
  if (!/['’]s$/.test(p.text) && !(p.text.endsWith('s') && toks[k + 1]?.text === '’')) return null;
  const s = npBackward(toks, k, a);
  return s >= 0 ? [s, k] : null;
}

/**
 * A reporting noun with a possessor: "Trump's claim that ...", "her promise to cut taxes", "his remarks
 * about the shooting". The content is the clause, infinitive or prepositional object after the noun.
 */
function nominalFrame(v: ParagraphView, i: number, a: number, b: number): Frame | null {
  const toks = v.toks;
  const source = possessor(toks, i - 1, a);
  if (!source) return null;
  let p = i + 1;
  while (p < b && toks[p].q < 0 && (TIME_WORDS.has(toks[p].lc) || isAux(toks[p]))) p++;
  const n = toks[p];
  if (!n || p + 1 >= b) return null;
  const cue = { start: toks[i].start, end: toks[i].end };
  const base = { source, cue, cueParts: [] as Span[], cueType: NOMINAL_CUES.get(toks[i].lc) ?? 'speech', lemma: toks[i].lc, trailing: false };
  // "His claim that X, ..." / "Contrary to his claim that X, ...": the clause ends at the comma.
  const fronted = source[0] === a || FRONTING.has(toks[a].lc);
  if (n.lc === 'that' && n.q < 0) return { ...base, content: nominalClause(v, p, b, fronted) };
  if (n.lc === 'to' && /^\p{Ll}/u.test(toks[p + 1].text) && !DETERMINERS.has(toks[p + 1].lc) && toks[p + 1].q < 0) return { ...base, content: nominalClause(v, p, b, fronted) };
  if (NOMINAL_PREPS.has(n.lc) && n.lc !== 'to' && n.q < 0) {
    cue.end = n.end;
    return callForFrame(v, p + 1, b, { ...base, lemma: `${toks[i].lc} ${n.lc}` });
  }
  return null;
}

/**
 * The clause after a reporting noun: it often sits inside the writer's sentence ("Contrary to his claim
 * that X, there would be ..."), so it ends at the first comma outside quotes when the writer's main clause
 * follows, else at the sentence end.
 */
function nominalClause(v: ParagraphView, p: number, b: number, fronted: boolean): Span[] {
  if (fronted) {
    for (let k = p + 2; k < b; k++) {
      if (v.toks[k].text === ',' && v.toks[k].q < 0) {
        b = k;
        break;
      }
    }
  }
  return rightContent(v, p, b, true);
}

/** Words opening a fronted adverbial: a reporting noun after one is not in the main clause. */
const FRONTING: ReadonlySet<string> = new Set(['contrary', 'despite', 'in', 'after', 'while', 'though', 'although', 'as', 'with', 'for', 'given', 'unlike', 'like', 'because', 'since', 'amid', 'beyond', 'besides']);

/**
 * Ends an earlier frame's right-hand content before a later attribution inside it
 * ("X accused Y of Z, which he denies" / "A said B, and C said D"): the content stops at the punctuation
 * or conjunction before the later frame's source.
 */
function truncateBefore(v: ParagraphView, earlier: Frame[], attributionStart: number, a: number): void {
  const toks = v.toks;
  let k = attributionStart - 1;
  let crossed = false;
  for (; k > a; k--) {
    const t = toks[k];
    if (t.lc === 'which' || t.lc === 'and' || t.lc === 'but' || isPunct(t, ',;—–')) crossed = true;
    else if (!isAux(t)) break;
  }
  if (k <= a || !crossed) return;
  const cut = toks[k].end;
  const at = toks[attributionStart].start;
  // A frame's content lies within FRAME_WINDOW tokens of its cue, so frames whose cue is more than twice
  // that before this attribution cannot reach past the cut: walk back from the newest and stop there
  // (keeps the pass linear on cue-dense input).
  const floor = toks[Math.max(0, attributionStart - 2 * FRAME_WINDOW)].start;
  for (let n = earlier.length - 1; n >= 0; n--) {
    const f = earlier[n];
    if (f.cue.end < floor) break;
    const last = f.content[f.content.length - 1];
    if (last.start < cut && last.end > at && f.cue.end <= cut) last.end = cut;
  }
}

function accordingTo(v: ParagraphView, i: number, a: number, b: number): Frame | null {
  const toks = v.toks;
  const s = i + 2;
  if (s >= b || toks[s].kind === 'punct') return null;
  let e = s;
  while (e + 1 < b && toks[e + 1].q < 0 && !isPunct(toks[e + 1], ',.;:?!—–') && e - s < 16) e++;
  const cue = { start: toks[i].start, end: toks[i + 1].end };
  let content: Span[] | null = null;
  if (i === a || (isPunct(toks[i - 1], ',') && i - 1 === a)) {
    const p = isPunct(toks[e + 1], ',') ? e + 2 : e + 1;
    if (p < b) content = rightContent(v, p, b);
  } else if (isPunct(toks[i - 1], ',—–')) {
    content = leftContent(v, i - 1, a);
  } else if (i - a >= 3) {
    const first = toks[a];
    content = [{ start: first.q >= 0 ? v.quotes[first.q].start : first.start, end: toks[i - 1].end }];
  }
  if (!content) return null;
  return { content, source: [s, e], cue, cueParts: [], cueType: 'speech', lemma: 'according to', trailing: false };
}

function verbFrame(v: ParagraphView, i: number, a: number, b: number, verb: CueVerb, earlier: Frame[]): Frame | null {
  const toks = v.toks;
  const t = toks[i];
  let j = i - 1;
  while (j >= a && isAux(toks[j])) j--;
  j = skipTimeAdjunct(toks, j, a);
  const left = j >= a ? toks[j] : undefined;
  let source: [number, number] | null = null;
  let antecedent: [number, number] | undefined;
  let srcRight = false;
  let boundary = -1; // token before the attribution: where a left content ends
  // "..., saying ..." and "by saying ...": the cue shares the clause's subject.
  const participle = t.lc.endsWith('ing') && i > a && (isPunct(toks[i - 1], ',') || ING_PREPOSITIONS.has(toks[i - 1].lc));

  const coordinated = left !== undefined && (left.lc === 'and' || left.lc === 'but') && earlier.length > 0 && earlier[earlier.length - 1].source !== null;
  if (coordinated) {
    // "Trump said he would ... and warned against ...": the second cue shares the subject.
    source = earlier[earlier.length - 1].source;
  } else if (left?.text === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the name.
    let o = j - 1;
    while (o > a && toks[o].text !== '(' && j - o < 12) o--;
    const s = toks[o]?.text === '(' ? npBackward(toks, o - 1, a) : -1;
    if (s < 0) return null;
    source = [s, j];
    boundary = s - 1;
  } else if (participle) {
    const prior = earlier.length ? earlier[earlier.length - 1].source : null;
    if (prior) source = prior;
    else {
      const e = npForward(toks, a, i);
      if (e >= 0 && e < i - 1) source = [a, e];
    }
  } else if (!left || left.kind === 'punct') {
    // "Caracas, for its part, said ..." / "Scott Pruitt, the attorney general, said ..." first; then the
    // inverted "..., said Maria Chen".
    if (left && isPunct(left, ',') && !closesQuote(v, j - 1)) {
      source = appositiveSubject(v, j, a);
      if (source) boundary = source[0] - 1;
    }
    const e = !source && i + 1 < b ? npForward(toks, i + 1, b) : -1;
    if (e >= 0 && left && (closesQuote(v, j) || isPunct(left, ',—–'))) {
      source = [i + 1, e];
      srcRight = true;
      boundary = j;
    }
    if (!source) return null;
  } else {
    const s = npBackward(toks, j, a);
    if (s < 0) return null;
    source = [s, j];
    if (toks[s].lc === 'who' && s === j) {
      const c = isPunct(toks[s - 1], ',') ? s - 2 : s - 1;
      const as = c >= a ? npBackward(toks, c, a) : -1;
      if (as >= 0) antecedent = [as, c];
    }
    boundary = s - 1;
  }

  const cue = { start: t.start, end: t.end };
  const parts: Span[] = [];
  let after = srcRight && source ? source[1] + 1 : i + 1;
  // "called for more investment": the preposition is part of the cue and the content is its object.
  if (verb.lemma === 'call' && !srcRight && (toks[after]?.lc === 'for' || (toks[after]?.lc === 'on')) && after + 1 < b) {
    const prep = toks[after].lc;
    cue.end = toks[after].end;
    after++;
    return callForFrame(v, after, b, { source, cue, cueParts: parts, cueType: verb.type, lemma: `call ${prep}`, antecedent });
  }
  // "warned of a recession", "spoke Tuesday about the shooting": the preposition joins the cue and its
  // object is the content (a particle, an adverb or a time word may come between).
  // "called in to a radio show", "continued to stay away": a different verb, not a report.
  if (!srcRight && ((verb.lemma === 'call' && PARTICLES_NOT_CUE.has(toks[after]?.lc ?? '')) || (verb.lemma === 'continue' && toks[after]?.lc === 'to'))) return null;
  if (verb.preps && !srcRight) {
    let q = after;
    while (q < b && q < after + 3 && toks[q].q < 0 && (toks[q].lc === 'out' || isAux(toks[q]) || TIME_WORDS.has(toks[q].lc))) q++;
    if (q + 1 < b && verb.preps.includes(toks[q].lc) && toks[q].q < 0) {
      cue.end = toks[q].end;
      return callForFrame(v, q + 1, b, { source, cue, cueParts: parts, cueType: verb.type, lemma: `${verb.lemma} ${toks[q].lc}`, antecedent });
    }
    if (verb.prepOnly && toks[after]?.lc !== 'out') return null;
  }
  // Phrasal particles belong to the cue ("pointed out").
  if (toks[after]?.lc === 'out' && after < b) after++;
  const base = { source, cue, cueParts: parts, cueType: verb.type, lemma: verb.lemma, antecedent } as const;

  // Object of "told": skip it for the trailing test ("..., he told reporters on Thursday.").
  let tail = after;
  if (verb.object && tail < b && (OBJECT_PRONOUNS.has(toks[tail].lc) || /^\p{Lu}/u.test(toks[tail].text))) {
    const e = npForward(toks, tail, b);
    if (e >= 0) tail = e + 1;
  }
  tail = skipAdjuncts(v, tail, b, parts);
  const atEnd = tail >= b || STRONG_PUNCT.has(toks[tail].text) || (isPunct(toks[tail], ',') && toks[tail + 1]?.lc.endsWith('ing') && CUE_VERB_FORMS.has(toks[tail + 1].lc));

  // After a closing quote, "she said ..." attributes the quote whatever follows ("she said, clapping").
  const afterQuote = !coordinated && boundary >= a && (closesQuote(v, boundary) || (isPunct(toks[boundary], ',') && closesQuote(v, boundary - 1)));
  if (!participle && !coordinated && boundary >= a && (atEnd || (afterQuote && speechQuote(v, boundary) && (toks[tail]?.lc !== 'that' || (tail > after && !OBJECT_PRONOUNS.has(toks[tail - 1].lc))) && toks[tail]?.text !== ':'))) {
    const content = leftContent(v, boundary, a);
    if (content) {
      // `"...," he said, "..."`: the quote resumes after the attribution in the same sentence.
      if (afterQuote) {
        for (let k = tail; k < b; k++) {
          if (!opensQuote(v, k)) continue;
          if (isPunct(toks[k - 1], ',:—–')) for (const f of v.quotes[toks[k].q].fragments) content.push({ start: f.start, end: f.end });
          break;
        }
      }
      return { ...base, content, trailing: true };
    }
  }
  // "The deal, he said, was dead": the attribution interrupts the content.
  if (!participle && !srcRight && boundary > a && isPunct(toks[boundary], ',') && isPunct(toks[tail], ',') && tail + 1 < b) {
    const leftPart = leftContent(v, boundary, a);
    // "Asked about the device, O'Neill said, “Not going to go into that.”": the quote alone is the content;
    // the unquoted lead-in is the writer's.
    if (leftPart && opensQuote(v, tail + 1) && !opensQuote(v, a)) {
      return { ...base, content: rightContent(v, tail + 1, b), trailing: false };
    }
    if (leftPart && leftPart.length === 1) {
      const rest = rightContent(v, tail + 1, b);
      return { ...base, content: [...leftPart, ...rest], trailing: false };
    }
  }
  // "Washington has accused X of Y, which he denies": the content is the accusation Y, denied by X.
  if (!participle && atEnd && toks[boundary]?.lc === 'which' && isPunct(toks[boundary - 1], ',')) {
    const comma = toks[boundary - 1];
    const prior = earlier.find((f) => {
      const last = f.content[f.content.length - 1];
      // The earlier content may already end at the comma (a bare object stops before ", which").
      return last.start < comma.start && last.end >= toks[boundary - 2].end;
    });
    if (prior) {
      const c = prior.content[prior.content.length - 1];
      c.end = toks[boundary - 2].end;
      const body = v.text.slice(c.start, c.end);
      const of = prior.lemma === 'accuse' ? body.indexOf(' of ') : -1;
      const content = of > 0 ? [{ start: c.start + of + 4, end: c.end }] : [{ start: c.start, end: c.end }];
      const accused = of > 0 ? { start: c.start, end: c.start + of } : undefined;
      return { ...base, content, trailing: true, accused };
    }
    const content = leftContent(v, boundary - 1, a);
    if (content) return { ...base, content, trailing: true };
  }
  if (srcRight) return null;
  if (boundary >= a && closesQuote(v, boundary) && atEnd) return null;

  // Content on the right of the cue.
  let p = after;
  if (verb.object && verb.lemma === 'tell') {
    const th = thatAhead(toks, p, b, 8);
    if (th >= 0) p = th;
    else if (p < b && (OBJECT_PRONOUNS.has(toks[p].lc) || /^\p{Lu}/u.test(toks[p].text))) {
      const e = npForward(toks, p, b);
      if (e >= 0) p = skipAdjuncts(v, e + 1, b, parts);
    }
  } else {
    const th = thatAhead(toks, p, b, 7);
    if (th >= 0) {
      skipAdjuncts(v, p, th, parts);
      p = th;
    }
  }
  while (p < b && isPunct(toks[p], ',:')) p++;
  // "what Liz Wahl said when she resigned": a time clause after the cue, not its content.
  if (p === after && p < b && (verb.lemma === 'say' || verb.lemma === 'add') && TIME_CLAUSE_OPENERS.has(toks[p].lc) && !(toks[p].lc === 'as' && toks[p + 1]?.lc === 'much')) return null;
  if (p >= b && p > after && toks[p - 1].text === ':' && b === toks.length && v.next) {
    // "Limbaugh added:" closing a paragraph introduces the next paragraph as a block quote.
    return { ...base, content: [{ start: v.next.start, end: v.next.end }], trailing: false };
  }
  if (p >= b || STRONG_PUNCT.has(toks[p].text)) return null;
  let bareObject = false;
  if (verb.clauseOnly && !clauseStarts(v, p) && !(verb.type === 'cognition' && finiteClauseAhead(toks, p, b))) {
    bareObject =
      // "The report found its way to the press" is an idiom, not a finding.
      (EVIDENTIAL_VERBS.has(verb.lemma) && source !== null && evidentialSource(toks, source) && toks[p + 1]?.lc !== 'way') ||
      (OBJECT_INFINITIVE_VERBS.has(verb.lemma) && objectThenTo(toks, p, b));
    if (!bareObject) return null;
    // A bare object ends at the first comma outside quotes: what follows is the writer's elaboration
    // ("Polls show a close race, with Clinton ahead in ...").
    for (let k = p + 2; k < b; k++) {
      if (toks[k].text === ',' && toks[k].q < 0) {
        b = k;
        break;
      }
    }
  }
  if (opensQuote(v, p)) {
    const q = v.quotes[toks[p].q];
    const rest = v.text.slice(q.end, toks[b - 1].end).trim();
    if (/^[.?!…]*$/.test(rest) || q.end > toks[b - 1].end) {
      return { ...base, content: q.fragments.map((f) => ({ start: f.start, end: f.end })), trailing: false };
    }
  }
  const object = !clauseStarts(v, p) && !finiteClauseAhead(toks, p, b);
  const content = rightContent(v, p, b, object);
  const last = content[content.length - 1];
  // One word after the cue ("said Friday", "said so") is not a statement.
  if (content.length === 1 && !/\S\s+\S/.test(v.text.slice(content[0].start, last.end))) return null;
  return { ...base, content, trailing: false };
}
