import type { AppealKind, Span } from '../types';
import { tokenize } from '../text/tokens';
import type { CompiledLexicon } from './lexicon';
import { normToken } from './lexicon';
import { findPhrases, longestAt, type MatchToken, type PhraseMatch } from './match';
import { QuoteCursor, quoteRanges } from './quotes';

/** Default weights per role when an entry gives none. */
const METER_WEIGHT = 5;
const HEADING_WEIGHT = 1;

/** Punctuation after which a new clause (and so a possible imperative) starts. */
const CLAUSE_BREAKS = new Set([':', ';', '—', '–', '-', '|', '[', '(', '•', '·', '?', '!', '.', '"', '“', '«', '»', '/', '>', '›', '…']);
/** Separators between the items of a control line ("Order Reprints | Today's Paper | Subscribe"). */
const ITEM_SEPARATORS = new Set(['|', '•', '·', '/']);
/** Kinds whose bare button in a control line is an ask by itself (a "Sign up" button is account UI). */
const TOOLBAR_ASK_KINDS: ReadonlySet<AppealKind> = new Set(['donation', 'subscription', 'newsletter']);

/** A token of the paragraph with its offsets. */
interface Tok extends MatchToken {
  start: number;
  end: number;
  word: boolean;
  quoted: boolean;
}

/** What one paragraph (or one page block line) says to, or asks of, the reader. */
export interface Evidence extends Span {
  words: number;
  /** Reader-address words (you, your, we, us, our ...) outside quotes. */
  address: number;
  /** Sum of counted ask weights (imperative or publisher-addressed, outside quotes, not reported speech). */
  ask: number;
  /** Strongest registration ask, to tell a registration wall from a paywall. */
  registrationAsk: number;
  meter: number;
  cue: number;
  /** Starts with an appeal heading ("A message from", "Dear readers"). */
  heading: boolean;
  /** Every sentence is a control line ("Remind me later.", "Subscribe / Not now"). */
  button: boolean;
  /** A control line carrying an ask button, with its span (may be one sentence of a longer paragraph). */
  toolbar: (Span & { kind: AppealKind }) | null;
  /** Short line ending with ":" or "," — a heading or salutation when it sits on top of an appeal. */
  lead: boolean;
  /** Weight per kind, for choosing the appeal's kind. */
  kinds: Partial<Record<AppealKind, number>>;
  /** Start of the first sentence that carries any appeal evidence (for trimming a seed's story prefix). */
  evidenceStart: number;
  /** The phrases that counted, for explanations and tests. */
  phrases: string[];
}

function add(kinds: Partial<Record<AppealKind, number>>, k: AppealKind | undefined, w: number): void {
  if (k) kinds[k] = (kinds[k] ?? 0) + w;
}

/**
 * Keeps, per role, the heaviest (then longest) of overlapping matches so "donate now" is not also
 * "donate". Occupancy marks per role keep it linear: patterns span a bounded number of tokens.
 */
function dedupe(ms: PhraseMatch[], from: number, to: number): PhraseMatch[] {
  if (ms.length < 2) return ms;
  const weight = (m: PhraseMatch) => m.phrase.entry.w ?? 0;
  const sorted = [...ms].sort((a, b) => weight(b) - weight(a) || b.to - b.from - (a.to - a.from) || a.from - b.from);
  const taken = new Map<string, Uint8Array>();
  const kept: PhraseMatch[] = [];
  for (const m of sorted) {
    const role = m.phrase.entry.role;
    let marks = taken.get(role);
    if (!marks) taken.set(role, (marks = new Uint8Array(to - from)));
    let free = true;
    for (let i = m.from; i < m.to && free; i++) if (marks[i - from]) free = false;
    if (!free) continue;
    for (let i = m.from; i < m.to; i++) marks[i - from] = 1;
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}

/** Classifies `toks[from, to)` as a control line: every item is a known button or a short link label. */
function controlLine(lex: CompiledLexicon, toks: readonly Tok[], from: number, to: number): { button: boolean; kind: AppealKind | null; items: number } {
  // Control lines are a few words; anything longer is prose (and skipping it keeps long sentences cheap).
  if (to - from > 64) return { button: false, kind: null, items: 0 };
  const items: Tok[][] = [[]];
  for (let i = from; i < to; i++) {
    if (ITEM_SEPARATORS.has(toks[i].norm)) items.push([]);
    else items[items.length - 1].push(toks[i]);
  }
  let kind: AppealKind | null = null;
  let known = 0;
  let words = 0;
  let count = 0;
  for (const item of items) {
    let a = 0;
    let b = item.length;
    while (a < b && !item[a].word && !item[a].number) a++;
    while (b > a && !item[b - 1].word && !item[b - 1].number) b--;
    if (a === b) continue;
    count++;
    const w = item.slice(a, b);
    const nWords = w.filter((t) => t.word).length;
    words += nWords;
    const entry = lex.buttons.get(w.map((t) => t.norm).join(' '));
    if (entry) {
      known++;
      if (entry.kind && TOOLBAR_ASK_KINDS.has(entry.kind) && !kind) kind = entry.kind;
    } else if (nWords > 4) return { button: false, kind: null, items: count };
  }
  if (count === 0 || words > 16) return { button: false, kind: null, items: count };
  // One item must be a known control; a lone short phrase is only a button when the lexicon knows it.
  const button = count === 1 ? known === 1 : known >= 1;
  // A lone "Subscribe" or "Donate" is a link (site furniture); an ask button among other controls
  // ("Subscribe / Not now", "Order Reprints | Today's Paper | Subscribe") is an appeal's control line.
  return { button, kind: button && count >= 2 ? kind : null, items: count };
}

/**
 * Gathers the appeal evidence of `text[start, end)` (one paragraph), given its sentence spans.
 * Linear in the paragraph length: one tokenisation, one quote scan, indexed phrase lookups.
 */
export function paragraphEvidence(lex: CompiledLexicon, text: string, start: number, end: number, sentences: readonly Span[]): Evidence {
  const cursor = new QuoteCursor(quoteRanges(text, start, end));
  const toks: Tok[] = tokenize(text, start, end).map((t) => ({
    norm: normToken(t.text),
    number: t.kind === 'number',
    word: t.kind === 'word',
    start: t.start,
    end: t.end,
    quoted: cursor.inside(t.start),
  }));
  const ev: Evidence = {
    start, end, words: 0, address: 0, ask: 0, registrationAsk: 0, meter: 0, cue: 0, heading: false, button: sentences.length > 0,
    toolbar: null, lead: false, kinds: {}, evidenceStart: -1, phrases: [],
  };
  let ti = 0;
  for (const s of sentences) {
    while (ti < toks.length && toks[ti].start < s.start) ti++;
    const from = ti;
    while (ti < toks.length && toks[ti].start < s.end) ti++;
    const to = ti;
    let sentenceHasEvidence = false;
    let reporting = false;
    const imperative = new Set<number>();
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if (t.word) ev.words++;
      if (t.quoted) continue;
      if (lex.reporting.has(t.norm)) reporting = true;
      // "US" in capitals is the country far more often than the pronoun.
      if (lex.readerAddress.has(t.norm) && text.slice(t.start, t.end) !== 'US') {
        ev.address++;
        sentenceHasEvidence = true;
      }
      if (i === from || CLAUSE_BREAKS.has(toks[i - 1].norm)) {
        // Strip imperative leads ("please", "click here to") to find where the verb would stand.
        let p = i;
        for (let guard = 0; guard < 8; guard++) {
          const e = longestAt(lex.leadsByFirst, toks, p, to);
          if (e < 0) break;
          p = e;
        }
        imperative.add(i);
        imperative.add(p);
      }
    }
    const counted: PhraseMatch[] = [];
    for (const m of findPhrases(lex.byFirst, toks, from, to)) {
      if (toks[m.from].quoted) continue;
      const e = m.phrase.entry;
      if (e.role === 'ask') {
        if (!reporting && (imperative.has(m.from) || m.phrase.addressed || e.self)) counted.push(m);
      } else if (e.role === 'meter' || e.role === 'cue') {
        if (!reporting) counted.push(m);
      } else if (e.role === 'heading' && m.from === 0) {
        counted.push(m);
      }
    }
    for (const m of dedupe(counted, from, to)) {
      const e = m.phrase.entry;
      sentenceHasEvidence = true;
      ev.phrases.push(e.p);
      if (e.role === 'ask') {
        const w = e.w ?? 2;
        ev.ask += w;
        add(ev.kinds, e.kind, 2 * w);
        if (e.kind === 'registration') ev.registrationAsk = Math.max(ev.registrationAsk, w);
      } else if (e.role === 'meter') {
        ev.meter += e.w ?? METER_WEIGHT;
        add(ev.kinds, e.kind, 2 * (e.w ?? METER_WEIGHT));
      } else if (e.role === 'cue') {
        ev.cue += e.w ?? 1;
        add(ev.kinds, e.kind, e.w ?? 1);
      } else {
        ev.heading = true;
      }
    }
    const line = controlLine(lex, toks, from, to);
    if (!line.button) ev.button = false;
    if (line.kind && !ev.toolbar) {
      ev.toolbar = { start: s.start, end: s.end, kind: line.kind };
      add(ev.kinds, line.kind, 4);
      sentenceHasEvidence = true;
    }
    if (sentenceHasEvidence && ev.evidenceStart < 0) ev.evidenceStart = s.start;
  }
  const last = text[end - 1];
  ev.lead = ev.words > 0 && ev.words <= 8 && (last === ':' || last === ',');
  if (ev.evidenceStart < 0) ev.evidenceStart = start;
  return ev;
}
