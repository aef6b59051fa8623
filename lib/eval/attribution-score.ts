/**
 * The attribution metric, ported from the corpus's `score.mjs` so that the project's eval needs no
 * outside script: content P/R/F1 (one-to-one greedy matching, overlap >= threshold x the longer span,
 * fragments respected), boundary-normalised exact content, source head accuracy over matched pairs,
 * joint content+source F1 and cue F1. Must agree exactly with `score.mjs` (checked by the eval command).
 */

/** A half-open range as the corpus writes it. */
export type Pair = [number, number];

/** One attribution (gold or predicted) in the corpus's JSON shape. */
export interface AttributionRecord {
  content?: Pair | null;
  content_spans?: Pair[] | null;
  source?: Pair | null;
  source_text?: string | null;
  cue?: Pair | null;
  cue_spans?: Pair[] | null;
  cue_text?: string | null;
}

/** One document: gold documents carry `text`. */
export interface AttributionDoc {
  id: string | number;
  text?: string;
  attributions?: AttributionRecord[];
}

/** Precision / recall / F1 with counts; null where undefined (no predictions or no gold). */
export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** Everything the metric reports. */
export interface AttributionScore {
  documents: number;
  goldTotal: number;
  goldScored: number;
  predScored: number;
  invalid: number;
  content: Prf;
  exact: Prf;
  joint: Prf;
  cue: Prf;
  cueExact: Prf;
  source: {
    matched: number;
    head: number | null;
    lenient: number | null;
    nonPronoun: number;
    headNonPronoun: number | null;
    lenientNonPronoun: number | null;
    matchedWithoutSource: number;
    noSourceAgreement: number | null;
  };
}

/** Scoring options. */
export interface ScoreOptions {
  threshold?: number;
  speechOnly?: boolean;
  onlyPredIds?: boolean;
}

/** Speech / statement cues (the `--speech-only` subset), exactly as in score.mjs. */
export const SPEECH_CUE = new RegExp(
  '(^\\s*:\\s*$)|\\b(sa(y|ys|id|ying)|tell(s|ing)?|told|add(s|ed|ing)?|stat(e|es|ed|ing|ement|ements)|announc|according|claim|argu|insist|' +
    'not(e|es|ed|ing)\\b|wr(ote|ite|ites|iting|itten)|tweet|post(ed)?\\b|report|declar|den(y|ies|ied|ial)|accus|alleg|explain|warn|ask|' +
    'repl(y|ies|ied)|respon|comment|confirm|acknowledg|admit|suggest|testif|remark|stress|emphasi|urg(e|es|ed|ing)\\b|assert|contend|' +
    'maintain|recall|quot|read-?out|interview|vow|promis|predict|repeat|reiterat|describ|call(s|ed|ing)?\\b|blast|prais|criticiz|' +
    'jok(e|es|ed|ing)|quip|spok|speak|express|question|press release|briefing|conference|letter|memo|email|e-mail)',
  'i',
);

const STOP = new Set(
  ('the a an of for to in on at by with from and or but as about into over after before than ' +
    'mr mrs ms dr sen rep gov jr sr st s his her its their our my your this that these those who whom which ' +
    'also just even both some many most other another such').split(' '),
);
const PRONOUNS = new Set(
  ('he she they it i we you who whom which that his her him them their its our us me one someone ' +
    'somebody this these those there some others').split(' '),
);
const BOUNDARY =
  /\(|\)|;|:|\s[-–—]\s|\b(who|whom|which|that|of|for|from|at|in|on|with|to|by|about|after|before|during|since|including|like|said|says|told|according)\b/i;

/** Lower-cased word tokens with possessive 's removed (as score.mjs). */
export function tokens(s: string | null | undefined): string[] {
  return (s || '').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) || [];
}

function contentTokens(s: string | null): string[] {
  const t = tokens(s);
  const c = t.filter((w) => !STOP.has(w));
  return c.length ? c : t;
}

function segmentHeads(seg: string): { word: string; capitalised: boolean }[] {
  const trimmed = seg.trim();
  const m = trimmed.search(BOUNDARY);
  let pre = m > 0 ? trimmed.slice(0, m) : trimmed;
  if (!tokens(pre).length) pre = trimmed;
  const heads: { word: string; capitalised: boolean }[] = [];
  for (const conj of pre.split(/\band\b|&/i)) {
    const raw = conj.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) || [];
    const t = tokens(conj);
    const c = t.filter((w) => !STOP.has(w));
    const pick = c.length ? c[c.length - 1] : t[t.length - 1];
    if (!pick) continue;
    const orig = raw.find((w) => tokens(w).includes(pick)) || '';
    heads.push({ word: pick, capitalised: /^\p{Lu}/u.test(orig) });
  }
  return heads;
}

/** Head words of a gold source ("a spokesman for the State Department" -> {spokesman}). */
export function headTokens(src: string | null): Set<string> {
  const segs = (src || '').split(',').filter((x) => tokens(x).length);
  if (!segs.length) return new Set();
  const first = segmentHeads(segs[0]);
  const heads = new Set(first.map((h) => h.word));
  if (segs.length > 1 && first.every((h) => !h.capitalised)) {
    const appos = segs[1].trim().replace(/^(the|a|an)\s+/i, '');
    if (/^\p{Lu}/u.test(appos)) for (const h of segmentHeads(appos)) heads.add(h.word);
  }
  return heads;
}

function isPronoun(src: string): boolean {
  const t = tokens(src);
  return t.length > 0 && t.every((w) => PRONOUNS.has(w));
}

function validSpan(sp: unknown, len: number): sp is Pair {
  return (
    Array.isArray(sp) && sp.length === 2 && Number.isInteger(sp[0]) && Number.isInteger(sp[1]) &&
    sp[0] >= 0 && sp[1] <= len && sp[0] < sp[1]
  );
}

function frags(hull: Pair | null | undefined, spans: Pair[] | null | undefined, len: number): Pair[] {
  let list: unknown[] = Array.isArray(spans) && spans.length ? spans : hull ? [hull] : [];
  const valid = list.filter((sp): sp is Pair => validSpan(sp, len)).map((sp): Pair => [sp[0], sp[1]]);
  valid.sort((x, y) => x[0] - y[0]);
  list = valid;
  const out: Pair[] = [];
  for (const [s, e] of valid) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

const flen = (f: Pair[]): number => f.reduce((n, [s, e]) => n + e - s, 0);

function intersect(a: Pair[], b: Pair[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (hi > lo) n += hi - lo;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return n;
}

const TRIM = /^[\s"“”'‘’,.;:—–]+|[\s"“”'‘’,.;:—–]+$/g;
function trimmedHull(text: string, f: Pair[]): string | null {
  if (!f.length) return null;
  const s = f[0][0];
  const e = f[f.length - 1][1];
  const raw = text.slice(s, e);
  const lead = raw.length - raw.replace(/^[\s"“”'‘’,.;:—–]+/, '').length;
  const core = raw.replace(TRIM, '');
  return core.length ? `${s + lead}:${s + lead + core.length}` : `${s}:${e}`;
}

function matchOverlap(gold: Pair[][], pred: Pair[][], threshold: number): Map<number, number> {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) => {
    const gl = flen(g);
    pred.forEach((p, pi) => {
      const ov = intersect(g, p);
      if (ov <= 0) return;
      const r = ov / Math.max(gl, flen(p));
      if (r >= threshold - 1e-12) pairs.push([r, gi, pi]);
    });
  });
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.set(gi, pi);
    pUsed.add(pi);
  }
  return gUsed;
}

function matchExact(goldKeys: (string | null)[], predKeys: (string | null)[]): Map<number, number> {
  const pool = new Map<string, number[]>();
  predKeys.forEach((k, pi) => {
    if (!k) return;
    const l = pool.get(k) ?? [];
    l.push(pi);
    pool.set(k, l);
  });
  const m = new Map<number, number>();
  goldKeys.forEach((k, gi) => {
    const l = k ? pool.get(k) : undefined;
    if (l && l.length) m.set(gi, l.shift()!);
  });
  return m;
}

/** Precision / recall / F1 from counts, as score.mjs computes them. */
export function prf(tp: number, nPred: number, nGold: number): Prf {
  const p = nPred ? tp / nPred : null;
  const r = nGold ? tp / nGold : null;
  const f = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : p === null || r === null ? null : 0;
  return { tp, pred: nPred, gold: nGold, precision: p, recall: r, f1: f };
}

/**
 * Scores predictions against gold documents (both keyed by id). A gold document without a prediction
 * counts as predicting nothing unless `onlyPredIds`.
 */
export function scoreAttributions(
  gold: ReadonlyMap<string, AttributionDoc>,
  pred: ReadonlyMap<string, AttributionDoc>,
  options: ScoreOptions = {},
): AttributionScore {
  const threshold = options.threshold ?? 0.5;
  const C = {
    docs: 0, goldAll: 0, gold: 0, pred: 0, tp: 0, exTp: 0, exPred: 0,
    srcN: 0, srcHead: 0, srcLen: 0, srcNpN: 0, srcNpHead: 0, srcNpLen: 0, noSrcN: 0, noSrcOk: 0,
    jointTp: 0, cueGold: 0, cuePred: 0, cueTp: 0, cueExTp: 0, cueExPred: 0, invalid: 0,
  };
  let ids = [...gold.keys()];
  if (options.onlyPredIds) ids = ids.filter((id) => pred.has(id));
  for (const id of ids) {
    const g = gold.get(id)!;
    const text = g.text;
    if (typeof text !== 'string') throw new Error(`gold document ${id} has no "text"`);
    const L = text.length;
    const gAttr = (g.attributions || [])
      .map((a) => ({
        f: frags(a.content, a.content_spans, L),
        src: a.source_text ?? (validSpan(a.source, L) ? text.slice(a.source[0], a.source[1]) : null),
        cue: frags(a.cue, a.cue_spans, L),
        cueText: a.cue_text ?? (validSpan(a.cue, L) ? text.slice(a.cue[0], a.cue[1]) : ''),
      }))
      .filter((a) => a.f.length);
    const care = gAttr.map((a) => !options.speechOnly || SPEECH_CUE.test(a.cueText || ''));
    const pAttr: { f: Pair[]; src: string | null; cue: Pair[] }[] = [];
    for (const a of pred.get(id)?.attributions || []) {
      const f = frags(a.content, a.content_spans, L);
      if (!f.length) {
        C.invalid++;
        continue;
      }
      let src = typeof a.source_text === 'string' ? a.source_text : null;
      if (src === null && validSpan(a.source, L)) src = text.slice(a.source[0], a.source[1]);
      if (src !== null && !src.trim()) src = null;
      pAttr.push({ f, src, cue: frags(a.cue, a.cue_spans, L) });
    }
    C.docs++;
    C.goldAll += gAttr.length;

    const m = matchOverlap(gAttr.map((a) => a.f), pAttr.map((a) => a.f), threshold);
    const ignoredPred = new Set<number>();
    for (const [gi, pi] of m) if (!care[gi]) ignoredPred.add(pi);
    const nGold = care.filter(Boolean).length;
    const nPred = pAttr.length - ignoredPred.size;
    C.gold += nGold;
    C.pred += nPred;
    for (const [gi, pi] of m) {
      if (!care[gi]) continue;
      C.tp++;
      const gs = gAttr[gi].src;
      const ps = pAttr[pi].src;
      let ok: boolean;
      if (gs === null || !gs.trim()) {
        C.noSrcN++;
        ok = ps === null;
        if (ok) C.noSrcOk++;
      } else {
        const pt = new Set(tokens(ps));
        const head = [...headTokens(gs)].some((w) => pt.has(w));
        const pc = new Set(contentTokens(ps));
        const len = contentTokens(gs).some((w) => pc.has(w));
        C.srcN++;
        if (head) C.srcHead++;
        if (len) C.srcLen++;
        if (!isPronoun(gs)) {
          C.srcNpN++;
          if (head) C.srcNpHead++;
          if (len) C.srcNpLen++;
        }
        ok = head;
      }
      if (ok) C.jointTp++;
    }

    const gk = gAttr.map((a) => trimmedHull(text, a.f));
    const pk = pAttr.map((a, pi) => (ignoredPred.has(pi) ? null : trimmedHull(text, a.f)));
    const me = matchExact(gk, pk);
    for (const [gi] of me) if (care[gi]) C.exTp++;
    C.exPred += nPred;

    const gCue = gAttr.map((a, gi) => ({ f: a.cue, gi })).filter((c) => c.f.length);
    const pCue = pAttr.map((a) => a.cue).filter((f) => f.length);
    const mc = matchOverlap(gCue.map((c) => c.f), pCue, threshold);
    const ignoredCue = new Set<number>();
    for (const [ci, pi] of mc) if (!care[gCue[ci].gi]) ignoredCue.add(pi);
    C.cueGold += gCue.filter((c) => care[c.gi]).length;
    C.cuePred += pCue.length - ignoredCue.size;
    for (const [ci] of mc) if (care[gCue[ci].gi]) C.cueTp++;
    const mce = matchExact(
      gCue.map((c) => trimmedHull(text, c.f)),
      pCue.map((f, pi) => (ignoredCue.has(pi) ? null : trimmedHull(text, f))),
    );
    for (const [ci] of mce) if (care[gCue[ci].gi]) C.cueExTp++;
    C.cueExPred += pCue.length - ignoredCue.size;
  }
  const ratio = (a: number, b: number): number | null => (b ? a / b : null);
  return {
    documents: C.docs,
    goldTotal: C.goldAll,
    goldScored: C.gold,
    predScored: C.pred,
    invalid: C.invalid,
    content: prf(C.tp, C.pred, C.gold),
    exact: prf(C.exTp, C.exPred, C.gold),
    joint: prf(C.jointTp, C.pred, C.gold),
    cue: prf(C.cueTp, C.cuePred, C.cueGold),
    cueExact: prf(C.cueExTp, C.cueExPred, C.cueGold),
    source: {
      matched: C.srcN,
      head: ratio(C.srcHead, C.srcN),
      lenient: ratio(C.srcLen, C.srcN),
      nonPronoun: C.srcNpN,
      headNonPronoun: ratio(C.srcNpHead, C.srcNpN),
      lenientNonPronoun: ratio(C.srcNpLen, C.srcNpN),
      matchedWithoutSource: C.noSrcN,
      noSourceAgreement: ratio(C.noSrcOk, C.noSrcN),
    },
  };
}
