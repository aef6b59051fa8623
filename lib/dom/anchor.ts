/**
 * Anchoring: article-text offsets (what `analyze()` returns) -> live DOM `Range`s in the page.
 *
 * 1. The page's visible text is indexed without whitespace ({@link buildTextIndex}).
 * 2. Each article block is found in that index in document order (`indexOf` from the previous block's
 *    end). Long blocks are placed first so a short block ("Photo: Reuters") cannot drag the cursor to a
 *    wrong place; short blocks are then searched only between their anchored neighbours.
 * 3. A span `[start, end)` maps through its block's anchor to flattened offsets and then to text nodes.
 * 4. When a block cannot be found whole (the page changed, or the extractor dropped an inline element),
 *    the span itself is searched as a quote, disambiguated by its prefix and suffix — the approach of
 *    Hypothesis' TextQuoteSelector, simplified to exact matching on whitespace-free text.
 *
 * Work is bounded: index size is capped and fallback searches are counted, so a 5 MB page cannot hang.
 */
import { buildTextIndex, domOffset, isWhitespaceCode, nodeAt, stripWhitespace, type TextIndex } from './text-index';

/** A block of the article text (as returned by the extractor). */
export interface AnchorBlock {
  start: number;
  end: number;
}

/** Options for {@link createAnchorer}. */
export interface AnchorOptions {
  /** Element left out of the index (our UI host). */
  exclude?: Element | null;
  /** Blocks shorter than this (non-whitespace characters) are placed after the long ones. */
  minUniqueLength?: number;
  /** Cap on whole-document fallback searches, to keep the work linear-ish on large pages. */
  maxFallbackSearches?: number;
  /** Cap on the flattened page size (characters). */
  maxChars?: number;
}

/** Maps article offsets to live ranges. Build once per analysis; cheap to query. */
export interface Anchorer {
  /** Ranges covering `[start, end)` of the article text; empty when it cannot be found in the page. */
  rangesFor(start: number, end: number): Range[];
  /** Ranges of a free text quote (e.g. a page-level appeal excerpt) found anywhere in the page. */
  findQuote(quote: string): Range[];
  /** Number of article blocks found in the page, and in total. */
  readonly blocksAnchored: number;
  readonly blocksTotal: number;
}

const CONTEXT = 32;

/** Splits `text` into its non-empty lines, for callers that have no block list. */
export function blocksFromText(text: string): AnchorBlock[] {
  const out: AnchorBlock[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Length of the common suffix of `a` and `b`. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common prefix of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Indexes `doc.body` and anchors the article `blocks` of `text` in it.
 *
 * @param doc the live document.
 * @param text the article text all offsets index into.
 * @param blocks the article's blocks; derived from the text's lines when omitted.
 */
export function createAnchorer(doc: Document, text: string, blocks: readonly AnchorBlock[] = blocksFromText(text), opts: AnchorOptions = {}): Anchorer {
  const index: TextIndex = doc.body
    ? buildTextIndex(doc.body, { exclude: opts.exclude, maxChars: opts.maxChars })
    : { flat: '', nodes: [], starts: Int32Array.of(0), gapBefore: new Uint8Array(0), truncated: false };
  const flat = index.flat;
  const minUnique = opts.minUniqueLength ?? 24;
  let fallbacksLeft = opts.maxFallbackSearches ?? 200;

  // nws[i] = number of non-whitespace code units in text[0, i).
  const nws = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) nws[i + 1] = nws[i] + (isWhitespaceCode(text.charCodeAt(i)) ? 0 : 1);

  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const flatOf = sorted.map((b) => stripWhitespace(text.slice(b.start, b.end)));
  const anchor = new Int32Array(sorted.length).fill(-1);

  // Pass 1: long blocks, in order, with a forward-only cursor.
  let cursor = 0;
  for (let i = 0; i < sorted.length; i++) {
    const q = flatOf[i];
    if (q.length < minUnique) continue;
    let pos = flat.indexOf(q, cursor);
    if (pos < 0 && fallbacksLeft > 0) {
      // The page reordered content (or a block repeats): accept an earlier occurrence, keep the cursor.
      fallbacksLeft--;
      pos = flat.indexOf(q);
      if (pos >= 0) anchor[i] = pos;
      continue;
    }
    if (pos >= 0) {
      anchor[i] = pos;
      cursor = pos + q.length;
    }
  }
  // Pass 2: short blocks, only between their anchored neighbours.
  let prevEnd = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (anchor[i] >= 0) {
      prevEnd = Math.max(prevEnd, anchor[i] + flatOf[i].length);
      continue;
    }
    const q = flatOf[i];
    if (!q.length || q.length >= minUnique) continue;
    let next = flat.length;
    for (let j = i + 1; j < sorted.length; j++) {
      if (anchor[j] >= 0) {
        next = anchor[j];
        break;
      }
    }
    const pos = flat.indexOf(q, prevEnd);
    if (pos >= 0 && pos + q.length <= next) {
      anchor[i] = pos;
      prevEnd = pos + q.length;
    }
  }
  let anchored = 0;
  for (let i = 0; i < anchor.length; i++) if (anchor[i] >= 0) anchored++;

  /** Flattened offsets [fs, fe) -> DOM ranges, split wherever skipped content intervenes. */
  function toRanges(fs: number, fe: number): Range[] {
    if (fe <= fs || fe > flat.length || !index.nodes.length) return [];
    const out: Range[] = [];
    const first = nodeAt(index, fs);
    const last = nodeAt(index, fe - 1);
    try {
      let range = doc.createRange();
      range.setStart(index.nodes[first], domOffset(index.nodes[first], fs - index.starts[first], false));
      for (let k = first + 1; k <= last; k++) {
        if (!index.gapBefore[k]) continue;
        const prev = index.nodes[k - 1];
        range.setEnd(prev, domOffset(prev, index.starts[k] - index.starts[k - 1] - 1, true));
        out.push(range);
        range = doc.createRange();
        range.setStart(index.nodes[k], domOffset(index.nodes[k], 0, false));
      }
      range.setEnd(index.nodes[last], domOffset(index.nodes[last], fe - 1 - index.starts[last], true));
      out.push(range);
      return out;
    } catch {
      // A node changed since indexing (offset out of bounds, node detached): the caller re-anchors later.
      return [];
    }
  }

  /** Searches flattened `q` in `[lo, hi)`, choosing the occurrence whose context matches best. */
  function searchQuote(q: string, prefix: string, suffix: string, lo: number, hi: number): number {
    if (!q.length || fallbacksLeft <= 0) return -1;
    fallbacksLeft--;
    let best = -1;
    let bestScore = -1;
    let seen = 0;
    for (let pos = flat.indexOf(q, lo); pos >= 0 && pos + q.length <= hi && seen < 64; pos = flat.indexOf(q, pos + 1)) {
      seen++;
      const score =
        commonSuffix(flat.slice(Math.max(0, pos - prefix.length), pos), prefix) +
        commonPrefix(flat.slice(pos + q.length, pos + q.length + suffix.length), suffix);
      if (score > bestScore) {
        best = pos;
        bestScore = score;
        if (score === prefix.length + suffix.length) break;
      }
    }
    return best;
  }

  /** First block whose end is after `pos` (binary search over sorted blocks). */
  function firstBlockEndingAfter(pos: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The flattened window between the anchored neighbours of block i, where its text must lie. */
  function windowAround(i: number): [number, number] {
    let lo = 0;
    let hi = flat.length;
    for (let j = i - 1; j >= 0; j--) if (anchor[j] >= 0) { lo = anchor[j] + flatOf[j].length; break; }
    for (let j = i + 1; j < sorted.length; j++) if (anchor[j] >= 0) { hi = anchor[j]; break; }
    return lo < hi ? [lo, hi] : [0, flat.length];
  }

  function rangesFor(start: number, end: number): Range[] {
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    if (nws[end] === nws[start]) return [];
    // Flattened intervals first, so that pieces adjacent in the page (consecutive blocks with nothing but
    // whitespace between them) become one Range: one mark per span unless skipped content intervenes.
    const pieces: [number, number][] = [];
    const push = (fs: number, fe: number) => {
      const last = pieces[pieces.length - 1];
      if (last && last[1] === fs) last[1] = fe;
      else pieces.push([fs, fe]);
    };
    for (let i = firstBlockEndingAfter(start); i < sorted.length && sorted[i].start < end; i++) {
      const b = sorted[i];
      const s = Math.max(start, b.start);
      const e = Math.min(end, b.end);
      const fs = nws[s] - nws[b.start];
      const fe = nws[e] - nws[b.start];
      if (fe <= fs) continue;
      if (anchor[i] >= 0) {
        push(anchor[i] + fs, anchor[i] + fe);
        continue;
      }
      const q = flatOf[i].slice(fs, fe);
      const prefix = stripWhitespace(text.slice(Math.max(0, s - CONTEXT * 2), s)).slice(-CONTEXT);
      const suffix = stripWhitespace(text.slice(e, e + CONTEXT * 2)).slice(0, CONTEXT);
      const [lo, hi] = windowAround(i);
      let pos = searchQuote(q, prefix, suffix, lo, hi);
      if (pos < 0 && (lo > 0 || hi < flat.length)) pos = searchQuote(q, prefix, suffix, 0, flat.length);
      if (pos >= 0) push(pos, pos + q.length);
    }
    return pieces.flatMap(([fs, fe]) => toRanges(fs, fe));
  }

  function findQuote(quote: string): Range[] {
    const q = stripWhitespace(quote);
    const pos = searchQuote(q, '', '', 0, flat.length);
    return pos >= 0 ? toRanges(pos, pos + q.length) : [];
  }

  return { rangesFor, findQuote, blocksAnchored: anchored, blocksTotal: sorted.length };
}
