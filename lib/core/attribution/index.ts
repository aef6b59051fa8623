import { CUE_NOUNS, CUE_VERB_FORMS } from '../lexicons/cues';
import { sentenceAt, type PreparedText } from '../text/prepare';
import type { Span, Statement, StatementMode } from '../types';
import { classifySource } from './classify';
import { sentenceFrames, type Frame, type ParagraphView } from './frames';
import type { Tok } from './np';
import { labelFrames } from './labels';
import { findQuotes, type Quote } from './quotes';
import { resolveSources, type Draft } from './resolve';

/** Marks each token with the quote fragment it falls in (quotes sorted by start). Linear. */
function markQuotes(toks: Tok[], quotes: readonly Quote[], from: number): number {
  let qi = from;
  let fi = 0;
  for (const t of toks) {
    while (qi < quotes.length && quotes[qi].end <= t.start) {
      qi++;
      fi = 0;
    }
    if (qi >= quotes.length) break;
    const q = quotes[qi];
    while (fi < q.fragments.length && q.fragments[fi].end <= t.start) fi++;
    const f = q.fragments[fi];
    if (f && t.start >= f.start && t.end <= f.end) t.q = qi;
  }
  return qi;
}

function modeOf(content: readonly Span[], quoteFragments: ReadonlySet<string>, text: string): StatementMode {
  if (content.every((f) => quoteFragments.has(`${f.start}:${f.end}`))) return 'direct';
  const body = text.slice(content[0].start, content[content.length - 1].end);
  return /["“”«»„]/.test(body) ? 'mixed' : 'indirect';
}

function span(text: string, start: number, end: number) {
  return { text: text.slice(start, end), start, end };
}

/** Builds a draft statement from a frame. */
function draftOf(frame: Frame, toks: readonly Tok[], text: string, quoteFragments: ReadonlySet<string>): Draft {
  const content = frame.content;
  const start = content[0].start;
  const end = content[content.length - 1].end;
  let source: Statement['source'] = null;
  let cls = null;
  if (frame.source) {
    const [s, e] = frame.source;
    const words: string[] = [];
    for (let k = s; k <= e; k++) if (toks[k].kind !== 'punct') words.push(toks[k].text);
    cls = classifySource(words);
    const ss = toks[s].start;
    const se = toks[e].end;
    source = { text: text.slice(ss, se), start: ss, end: se, kind: cls.kind };
  }
  const cueParts = frame.cueParts.map((p) => span(text, p.start, p.end));
  // "in a read-out", "in a statement": a formal communication makes the statement official.
  const formal = cueParts.some((p) => CUE_NOUNS.get(p.text.slice(p.text.lastIndexOf(' ') + 1).toLowerCase())?.official === true);
  const statement: Statement = {
    text: text.slice(start, end),
    start,
    end,
    id: '',
    mode: modeOf(content, quoteFragments, text),
    source,
    cue: span(text, frame.cue.start, frame.cue.end),
    official: formal || source?.kind === 'official',
    inAppeal: false,
    cueType: frame.cueType,
  };
  if (cueParts.length) statement.cueParts = cueParts;
  if (content.length > 1) statement.fragments = content.map((f) => ({ start: f.start, end: f.end }));
  const draft: Draft = { statement, cls };
  const ante = frame.antecedent ? { start: toks[frame.antecedent[0]].start, end: toks[frame.antecedent[1]].end } : frame.accused;
  if (ante) draft.antecedent = span(text, ante.start, ante.end);
  return draft;
}

/** Appends a quote to a direct statement as a further fragment (`"...," he said. "..."`). */
function extendWithQuote(st: Statement, q: Quote, text: string): void {
  const frags = st.fragments ?? [{ start: st.start, end: st.end }];
  for (const f of q.fragments) frags.push({ start: f.start, end: f.end });
  st.fragments = frags;
  st.end = q.end;
  st.text = text.slice(st.start, st.end);
}

/**
 * Token ranges `[a, b)` of a paragraph's sentences. A sentence ending in a closing quote is joined with a
 * short attribution that the splitter cut off after it (`“... our country?” Clinton said.`), so the
 * quote and its speaker are read together.
 */
function sentenceRanges(toks: readonly Tok[], doc: PreparedText, first: number, last: number): [number, number][] {
  const out: [number, number][] = [];
  const base = doc.sentences[first].tokenStart;
  for (let si = first; si < last; si++) {
    const sent = doc.sentences[si];
    const a = sent.tokenStart - base;
    const b = sent.tokenEnd - base;
    if (b <= a) continue;
    const prev = out[out.length - 1];
    if (prev && toks[prev[1] - 1].q >= 0 && toks[a].q < 0 && b - a <= 12 && attributionLike(toks, a, b)) prev[1] = b;
    else out.push([a, b]);
  }
  return out;
}

/** A short sentence that is only an attribution: a cue verb among its first words ("Clinton said."). */
function attributionLike(toks: readonly Tok[], a: number, b: number): boolean {
  for (let k = a; k < b && k < a + 6; k++) if (CUE_VERB_FORMS.get(toks[k].lc)?.type === 'speech') return true;
  return false;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Finds attributed statements — who said what — in prepared article text: direct quotes with their
 * speaker, paraphrases ("Maduro has said the U.S. ..."), mixed forms ("said the leaders \"reaffirmed
 * ...\""), "according to" attributions, accusations and denials, with sources classified and pronouns
 * or back-references ("he", "it", "the statement") resolved. Pure and linear in the text length.
 * `inAppeal` is left false (set by `analyze`); `actorId` links are added by the actors stage.
 */
export function findStatements(doc: PreparedText): Statement[] {
  const { text } = doc;
  const all = doc.tokens;
  const quotes = findQuotes(text, doc.paragraphs);
  const quoteFragments = new Set<string>();
  for (const q of quotes) for (const f of q.fragments) quoteFragments.add(`${f.start}:${f.end}`);
  const drafts: Draft[] = [];
  let qFrom = 0;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const firstSentence = doc.paragraphFirstSentence[p];
    const lastSentence = p + 1 < doc.paragraphs.length ? doc.paragraphFirstSentence[p + 1] : doc.sentences.length;
    if (lastSentence <= firstSentence) continue;
    // The paragraph's tokens come from the shared token array (tokenised once by prepareText).
    const t0 = doc.sentences[firstSentence].tokenStart;
    const t1 = doc.sentences[lastSentence - 1].tokenEnd;
    const toks: Tok[] = new Array<Tok>(t1 - t0);
    for (let k = t0; k < t1; k++) {
      const t = all[k];
      toks[k - t0] = { text: t.text, start: t.start, end: t.end, kind: t.kind, lc: lower(t.text), q: -1 };
    }
    while (qFrom < quotes.length && quotes[qFrom].end <= para.start) qFrom++;
    markQuotes(toks, quotes, qFrom);
    const view: ParagraphView = {
      text,
      toks,
      quotes,
      next: p + 1 < doc.paragraphs.length ? doc.paragraphs[p + 1] : undefined,
      sentenceStartAt: (pos) => {
        const si = sentenceAt(doc, pos);
        return si >= 0 ? doc.sentences[si].start : pos;
      },
    };
    for (const f of labelFrames(view, para.end)) drafts.push(draftOf(f, toks, text, quoteFragments));
    let prevTrailing: Draft | null = null;
    for (const [a, b] of sentenceRanges(toks, doc, firstSentence, lastSentence)) {
      const frames = sentenceFrames(view, a, b);
      // A quote that opens this sentence and no frame claims continues the previous trailing quote.
      const lead = toks[a];
      if (prevTrailing && lead.q >= 0 && quotes[lead.q].start === lead.start && quotes[lead.q].start > prevTrailing.statement.end) {
        const q = quotes[lead.q];
        const claimed = frames.some((f) => f.content.some((c) => overlaps(c, q)));
        if (!claimed) extendWithQuote(prevTrailing.statement, q, text);
      }
      prevTrailing = null;
      for (const f of frames) {
        const d = draftOf(f, toks, text, quoteFragments);
        drafts.push(d);
        if (f.trailing) prevTrailing = d;
      }
    }
  }
  drafts.sort((x, y) => x.statement.start - y.statement.start || x.statement.end - y.statement.end);
  const kept = resolveOverlaps(dedupe(drafts), text);
  resolveSources(kept, (pos) => sentenceAt(doc, pos));
  return kept.map((d, i) => ({ ...d.statement, id: `s${i + 1}` }));
}

/** Characters that may separate a trimmed statement from the one before it. */
const SEPARATORS = /[\s"“”'‘’«»„,.;:—–-]/;

/** A nested statement is kept only when shorter than this share of the statement containing it. */
const NESTED_MAX_SHARE = 0.6;

/** Shortest remainder (characters) worth keeping when a statement is trimmed. */
const MIN_TRIMMED = 12;

/**
 * Makes statements nest or be disjoint, never partly overlap, as marks in the page need: drafts are
 * sorted by start, so a statement that starts inside an earlier one either lies within it (a nested
 * report, kept: "Washington has accused him of leading a cartel, which he denies") or runs past it
 * ("“...,” Putin said. About two-thirds agreed, according to ..." whose content reached back over the
 * quote) and then keeps only its part after it. Linear.
 */
function resolveOverlaps(drafts: Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  let lastEnd = -1;
  let outerStart = 0;
  let outerEnd = 0;
  for (const d of drafts) {
    const st = d.statement;
    if (st.start >= lastEnd) {
      out.push(d);
      lastEnd = st.end;
      outerStart = st.start;
      outerEnd = st.end;
      continue;
    }
    if (st.end <= lastEnd) {
      // Nested: a distinct, smaller report inside the outer content is kept (a denial inside an
      // accusation); one covering most of it is a second reading of the same words, and is dropped.
      if (st.end - st.start < NESTED_MAX_SHARE * (outerEnd - outerStart)) out.push(d);
      continue;
    }
    let s = lastEnd;
    while (s < st.end && SEPARATORS.test(text[s])) s++;
    if (st.end - s < MIN_TRIMMED) continue;
    st.start = s;
    st.text = text.slice(s, st.end);
    if (st.fragments) {
      const frags = st.fragments.filter((f) => f.end > s).map((f) => ({ start: Math.max(f.start, s), end: f.end }));
      if (frags.length > 1) st.fragments = frags;
      else delete st.fragments;
    }
    out.push(d);
    lastEnd = st.end;
    outerStart = st.start;
    outerEnd = st.end;
  }
  return out;
}

/**
 * Drops a statement whose content span equals an earlier one's (drafts are sorted, so the first — the
 * label or the earlier frame — wins). Linear: one hash lookup per draft.
 */
function dedupe(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<number>();
  for (const d of drafts) {
    // Offsets fit in 26 bits each for any realistic article; the key is exact below 2^53.
    const key = d.statement.start * 67108864 + d.statement.end;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Lower-cases a token, returning the same string when it has no upper-case ASCII letter (the common case). */
function lower(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}
