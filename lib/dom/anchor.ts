/**
 * Anchoring: article-text offsets (what `analyze()` returns) -> live DOM `Range`s in the page.
 *
 * 1. The visible text of the article's region (article-region.ts), else of the body, is indexed without
 *    whitespace ({@link buildTextIndex}).
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
import { buildTextIndex, domOffset, isIndexable, nodeAt, nonWhitespaceCount, stripWhitespace, type TextIndex } from './text-index';

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
  /**
   * The article's region (see article-region.ts): indexed instead of the body. The body is still indexed
   * when a long block is not in the region, or a span or quote is not found in it.
   */
  scope?: Element | null;
}

/** Maps article offsets to live ranges. Build once per analysis; cheap to query. */
export interface Anchorer {
  /** Ranges covering `[start, end)` of the article text; empty when it cannot be found in the page. */
  rangesFor(start: number, end: number): Range[];
  /**
   * Ranges of a free text quote (e.g. a page-level appeal excerpt) found in the page: inside the `scopes`
   * elements it was read from while any of them is still in the page, else anywhere in the page.
   */
  findQuote(quote: string, scopes?: readonly Element[]): Range[];
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

/** A text index with its flattened text (one per indexed root). */
interface Indexed {
  index: TextIndex;
  flat: string;
}

const EMPTY_INDEX: TextIndex = { flat: '', nodes: [], starts: Int32Array.of(0), gapBefore: new Uint8Array(0), truncated: false, gapAfter: false };

/**
 * Indexes the article's region of `doc` (`opts.scope`, else the body) and anchors the article `blocks` of
 * `text` in it. When a long block is not in the region (a wrong region, or a page that moved content), the
 * whole body is indexed and the blocks are anchored again, so a region only ever saves work.
 *
 * @param doc the live document.
 * @param text the article text all offsets index into.
 * @param blocks the article's blocks; derived from the text's lines when omitted.
 */
export function createAnchorer(doc: Document, text: string, blocks: readonly AnchorBlock[] = blocksFromText(text), opts: AnchorOptions = {}): Anchorer {
  const body = doc.body;
  const indexRoot = (root: Node | null, reuse?: { root: Element; index: TextIndex }): Indexed => {
    const index = root ? buildTextIndex(root, { exclude: opts.exclude, maxChars: opts.maxChars, reuse }) : EMPTY_INDEX;
    return { index, flat: index.flat };
  };
  // A region inside hidden content would index text the whole-page index skips: then no region.
  const scoped = !!opts.scope && opts.scope !== body && !!body?.contains(opts.scope) && isIndexable(opts.scope, opts.exclude);
  let region: Indexed | null = null;
  // The whole body, indexed only when the region does not hold what is searched: the region's part is
  // copied from its index, not walked again (24 of the 82 corpus articles need the whole body in Chromium).
  let whole: Indexed | null = null;
  const wholeIndex = (): Indexed => (whole ??= indexRoot(body, region && scoped ? { root: opts.scope!, index: region.index } : undefined));
  const minUnique = opts.minUniqueLength ?? 24;
  let fallbacksLeft = opts.maxFallbackSearches ?? 200;

  const sorted = [...blocks].sort((a, b) => a.start - b.start);
  const flatOf = sorted.map((b) => stripWhitespace(text.slice(b.start, b.end)));

  /** Block positions in `ix.flat` (-1: not found), long blocks first, then short ones between them. */
  function anchorBlocks(ix: Indexed): Int32Array {
    const flat = ix.flat;
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
    return anchor;
  }

  if (scoped) region = indexRoot(opts.scope!);
  let primary = region ?? wholeIndex();
  let anchor = anchorBlocks(primary);
  if (scoped && anchor.some((pos, i) => pos < 0 && flatOf[i].length >= minUnique)) {
    primary = wholeIndex();
    anchor = anchorBlocks(primary);
  }
  let anchored = 0;
  for (let i = 0; i < anchor.length; i++) if (anchor[i] >= 0) anchored++;

  /** Flattened offsets [fs, fe) of `ix` -> DOM ranges, split wherever skipped content intervenes. */
  function toRanges(ix: Indexed, fs: number, fe: number): Range[] {
    const { index } = ix;
    if (fe <= fs || fe > ix.flat.length || !index.nodes.length) return [];
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

  /** Searches flattened `q` in `[lo, hi)` of `flat`, choosing the occurrence whose context matches best. */
  function searchQuote(flat: string, q: string, prefix: string, suffix: string, lo: number, hi: number): number {
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
    const flatLength = primary.flat.length;
    let lo = 0;
    let hi = flatLength;
    for (let j = i - 1; j >= 0; j--) if (anchor[j] >= 0) { lo = anchor[j] + flatOf[j].length; break; }
    for (let j = i + 1; j < sorted.length; j++) if (anchor[j] >= 0) { hi = anchor[j]; break; }
    return lo < hi ? [lo, hi] : [0, flatLength];
  }

  function rangesFor(start: number, end: number): Range[] {
    start = Math.max(0, Math.min(start, text.length));
    end = Math.max(start, Math.min(end, text.length));
    if (!/\S/.test(text.slice(start, end))) return [];
    // Flattened intervals first, so that pieces adjacent in the page (consecutive blocks with nothing but
    // whitespace between them) become one Range: one mark per span unless skipped content intervenes.
    const pieces: [Indexed, number, number][] = [];
    const push = (ix: Indexed, fs: number, fe: number) => {
      const last = pieces[pieces.length - 1];
      if (last && last[0] === ix && last[2] === fs) last[2] = fe;
      else pieces.push([ix, fs, fe]);
    };
    for (let i = firstBlockEndingAfter(start); i < sorted.length && sorted[i].start < end; i++) {
      const b = sorted[i];
      const s = Math.max(start, b.start);
      const e = Math.min(end, b.end);
      const fs = nonWhitespaceCount(text, b.start, s);
      const fe = fs + nonWhitespaceCount(text, s, e);
      if (fe <= fs) continue;
      if (anchor[i] >= 0) {
        push(primary, anchor[i] + fs, anchor[i] + fe);
        continue;
      }
      const q = flatOf[i].slice(fs, fe);
      const prefix = stripWhitespace(text.slice(Math.max(0, s - CONTEXT * 2), s)).slice(-CONTEXT);
      const suffix = stripWhitespace(text.slice(e, e + CONTEXT * 2)).slice(0, CONTEXT);
      const flat = primary.flat;
      const [lo, hi] = windowAround(i);
      let pos = searchQuote(flat, q, prefix, suffix, lo, hi);
      if (pos < 0 && (lo > 0 || hi < flat.length)) pos = searchQuote(flat, q, prefix, suffix, 0, flat.length);
      if (pos >= 0) {
        push(primary, pos, pos + q.length);
        continue;
      }
      // Not in the region: a block the region does not hold (a caption or pull quote placed elsewhere).
      if (primary !== whole) {
        const all = wholeIndex();
        pos = searchQuote(all.flat, q, prefix, suffix, 0, all.flat.length);
        if (pos >= 0) push(all, pos, pos + q.length);
      }
    }
    return pieces.flatMap(([ix, fs, fe]) => toRanges(ix, fs, fe));
  }

  function findQuote(quote: string, scopes: readonly Element[] = []): Range[] {
    const q = stripWhitespace(quote);
    if (!q.length) return [];
    // The elements the quote was read from (page blocks) first: indexing one small element is cheap, and
    // the whole page is then indexed only when none holds the quote any more.
    let inPage = false;
    for (const el of scopes) {
      if (!el.isConnected) continue;
      inPage = true;
      if (!isIndexable(el, opts.exclude) || !stripWhitespace(el.textContent ?? '').includes(q)) continue;
      const ix = indexRoot(el);
      const pos = searchQuote(ix.flat, q, '', '', 0, ix.flat.length);
      if (pos >= 0) return toRanges(ix, pos, pos + q.length);
    }
    // The quote's own element is still in the page but its visible text does not hold the quote (it was
    // read with a button label or a field's placeholder): the rest of the page will not hold it either.
    if (inPage) return [];
    const all = wholeIndex();
    const pos = searchQuote(all.flat, q, '', '', 0, all.flat.length);
    return pos >= 0 ? toRanges(all, pos, pos + q.length) : [];
  }

  return { rangesFor, findQuote, blocksAnchored: anchored, blocksTotal: sorted.length };
}
