import type { PreparedText } from '../text/prepare';
import type { Appeal, AppealKind, Span } from '../types';
import { appealLabel, decideKind, isAppealish, isSeed, truncates } from './classify';
import { paragraphEvidence, type Evidence } from './evidence';
import type { CompiledLexicon } from './lexicon';

/** How far a block may grow from its seed, in paragraphs each way (an appeal is a handful of lines). */
const MAX_GROW = 12;

/** Evidence for every paragraph of a prepared text. */
export function evidenceOf(lex: CompiledLexicon, doc: PreparedText): Evidence[] {
  const out: Evidence[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    const first = doc.paragraphFirstSentence[p];
    const last = p + 1 < doc.paragraphs.length ? doc.paragraphFirstSentence[p + 1] : doc.sentences.length;
    out.push(paragraphEvidence(lex, doc.text, para.start, para.end, doc.sentences.slice(first, last)));
  }
  return out;
}

/** A found block before it becomes an `Appeal`. */
export interface AppealBlock extends Span {
  kind: AppealKind;
  truncates: boolean;
  /** Paragraph index range `[from, to]`. */
  from: number;
  to: number;
}

/**
 * Finds appeal blocks among paragraphs: seeds are paragraphs that are appeals by themselves (or a
 * control line with an ask button); each grows over adjacent appeal-ish paragraphs (heading and
 * salutation above, buttons below). Overlapping growths merge. Linear in the number of paragraphs
 * (growth is bounded, and a paragraph already inside a block is not grown from again).
 * `inArticle` is false for page blocks outside the article (see `isSeed`).
 */
export function findBlocks(ev: readonly Evidence[], inArticle = true): AppealBlock[] {
  const blocks: AppealBlock[] = [];
  let covered = -1;
  for (let p = 0; p < ev.length; p++) {
    if (p <= covered) continue;
    const e = ev[p];
    const seed = isSeed(e, inArticle);
    if (!seed && !e.toolbar) continue;
    let from = p;
    let to = p;
    if (seed) {
      const floor = blocks.length ? blocks[blocks.length - 1].to + 1 : 0;
      while (from - 1 >= floor && p - from < MAX_GROW && isAppealish(ev[from - 1], true)) from--;
    }
    while (to + 1 < ev.length && to - p < MAX_GROW && (isSeed(ev[to + 1], inArticle) || isAppealish(ev[to + 1], false))) to++;
    covered = to;
    const kinds: Partial<Record<AppealKind, number>> = {};
    let meter = 0;
    let registrationAsk = 0;
    for (let i = from; i <= to; i++) {
      for (const [k, w] of Object.entries(ev[i].kinds) as [AppealKind, number][]) kinds[k] = (kinds[k] ?? 0) + w;
      meter += ev[i].meter;
      registrationAsk = Math.max(registrationAsk, ev[i].registrationAsk);
    }
    const kind = decideKind(kinds, meter, registrationAsk);
    // A seed that did not grow upwards starts where its evidence starts: a control line glued to the end of
    // a story paragraph ("... headline: X. Order Reprints | Subscribe") must not take the story with it.
    const start = from === p ? (seed ? e.evidenceStart : (e.toolbar as Span).start) : ev[from].start;
    const end = to === p && !seed ? (e.toolbar as Span).end : ev[to].end;
    blocks.push({ start, end, kind, truncates: truncates(kind, meter, kinds), from, to });
  }
  return blocks;
}

/** Article-level appeals of a prepared text. */
export function articleAppeals(lex: CompiledLexicon, doc: PreparedText): Appeal[] {
  return findBlocks(evidenceOf(lex, doc)).map((b) => ({
    kind: b.kind,
    start: b.start,
    end: b.end,
    text: doc.text.slice(b.start, b.end),
    where: 'article',
    evidence: 'text',
    label: appealLabel(b.kind, b.truncates),
    truncatesArticle: b.truncates,
  }));
}
