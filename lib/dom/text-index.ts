/**
 * A searchable snapshot of the live page's text: every visible text node, flattened to its
 * non-whitespace characters.
 *
 * Why non-whitespace only: the extractor collapses whitespace per block and joins blocks with blank
 * lines, while the live DOM has indentation, `<br>`s, NBSPs and block boundaries with no whitespace at
 * all. Dropping whitespace on both sides makes "the same text" compare equal without re-implementing
 * the extractor's block logic, and long runs of letters are still practically unique in a page.
 */

/** Elements whose text is never shown as page text, or never part of an extracted article. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'iframe',
  'object', 'canvas', 'video', 'audio', 'head', 'title',
]);

/** The character class of JavaScript's `\s`, so page and article text are flattened identically. */
const WS_RE = /\s+/g;

/** Removes every whitespace character (JavaScript's `\s`, as the extractor's collapsing uses). */
export function stripWhitespace(s: string): string {
  return s.replace(WS_RE, '');
}

/** The flattened text of a document and where each of its characters lives. */
export interface TextIndex {
  /** Concatenated non-whitespace characters of all indexed text nodes, in document order. */
  flat: string;
  /** Indexed text nodes (only those with at least one non-whitespace character). */
  nodes: Text[];
  /** `starts[k]` = offset in `flat` of node k's first character; `starts[nodes.length] = flat.length`. */
  starts: Int32Array;
  /** `gapBefore[k]` = 1 when skipped content (script, hidden element, our UI) lies between node k-1 and k. */
  gapBefore: Uint8Array;
  /** True when indexing stopped at `maxChars`: text after that point cannot be anchored. */
  truncated: boolean;
  /** True when skipped content follows the last indexed node (what a bigger index around this one needs). */
  gapAfter: boolean;
}

/** Options for {@link buildTextIndex}. */
export interface TextIndexOptions {
  /** An element whose subtree is left out (our own UI host). */
  exclude?: Element | null;
  /** Stop after this many flattened characters (default 8,000,000) so a huge page cannot hang the tab. */
  maxChars?: number;
  /**
   * An index of an element inside `root`, built with the same `exclude` and not truncated: its part of the
   * page is copied from it instead of walked again (anchoring indexes the article's region first, and the
   * whole body only when that is not enough). The result is the same as without it.
   */
  reuse?: { root: Element; index: TextIndex };
}

/** Mirrors Readability's `_isProbablyVisible` without forcing style computation (cheap attribute reads). */
function isSkipped(el: Element, exclude: Element | null | undefined): boolean {
  if (el === exclude) return true;
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !/fallback-image/.test(el.getAttribute('class') ?? '')) return true;
  const style = el.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/**
 * Every element {@link isSkipped} can accept, and then some (it still decides): the skipped tags, and the
 * attributes of hidden content. An index asks this of its root once, natively, so each of the region's
 * elements costs a set lookup instead of four attribute reads from script.
 */
const MAYBE_SKIPPED = [...SKIP_TAGS, '[hidden]', '[aria-hidden="true"]', '[style*="none" i]', '[style*="hidden" i]'].join(', ');

/**
 * True when the text inside `el` would be indexed from the body: neither `el` nor an ancestor is skipped
 * (hidden, a script, our own UI). An index built from `el` itself does not see its ancestors, so callers
 * indexing a part of the page check this first, to index exactly what the whole-page index would.
 */
export function isIndexable(el: Element, exclude?: Element | null): boolean {
  for (let n: Element | null = el; n; n = n.parentElement) if (isSkipped(n, exclude)) return false;
  return true;
}

/**
 * Indexes the text of `root` (normally `document.body`). Iterative and linear in the size of the tree.
 */
export function buildTextIndex(root: Node, opts: TextIndexOptions = {}): TextIndex {
  const maxChars = opts.maxChars ?? 8_000_000;
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const gaps: number[] = [];
  let length = 0;
  let gap = false;
  let truncated = false;

  const maybe = (root as Element | Document).querySelectorAll ? new Set<Node>(Array.from((root as Element).querySelectorAll(MAYBE_SKIPPED))) : null;
  if (maybe && opts.exclude) maybe.add(opts.exclude);
  const reuse = opts.reuse && !opts.reuse.index.truncated ? opts.reuse : null;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 1) {
      if ((!maybe || maybe.has(node)) && isSkipped(node as Element, opts.exclude)) gap = true;
      else if (node === reuse?.root && length + reuse.index.flat.length <= maxChars) {
        // Its nodes as the walk would find them: offsets shifted by what precedes, and skipped content just
        // before it (outside it) counted for its first node; skipped content at its end carries over.
        const { index } = reuse;
        const n = index.nodes.length;
        for (let k = 0; k < n; k++) {
          nodes.push(index.nodes[k]);
          starts.push(length + index.starts[k]);
          gaps.push(k === 0 ? (gap || index.gapBefore[0] ? 1 : 0) : index.gapBefore[k]);
        }
        parts.push(index.flat);
        length += index.flat.length;
        gap = n ? index.gapAfter : gap || index.gapAfter;
      } else descend = node.firstChild !== null;
    } else if (node.nodeType === 3) {
      const flat = stripWhitespace((node as Text).data);
      if (flat.length) {
        if (length + flat.length > maxChars) {
          truncated = true;
          break;
        }
        nodes.push(node as Text);
        starts.push(length);
        gaps.push(gap ? 1 : 0);
        parts.push(flat);
        length += flat.length;
        gap = false;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next node in document order that is not inside the current one.
    while (node && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }

  const startsArr = new Int32Array(starts.length + 1);
  startsArr.set(starts);
  startsArr[starts.length] = length;
  return { flat: parts.join(''), nodes, starts: startsArr, gapBefore: Uint8Array.from(gaps), truncated, gapAfter: !truncated && gap };
}

/** Index of the node containing flat offset `pos` (0 <= pos < flat.length). Binary search. */
export function nodeAt(index: TextIndex, pos: number): number {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Number of non-whitespace characters in `s[from, to)`. A native regex pass, not a loop over characters:
 * marking runs once per page in a fresh content script, where such loops run in V8's interpreter at a few
 * nanoseconds a character — about 0.2 ms per statement on news pages in Chromium, measured.
 */
export function nonWhitespaceCount(s: string, from = 0, to = s.length): number {
  return from >= to ? 0 : stripWhitespace(s.slice(from, to)).length;
}

/**
 * Offset in `data` of its `k`-th non-whitespace character (0-based); `after` gives the offset just past
 * it; `data.length` when it has no such character. See {@link nonWhitespaceCount} for why no character loop:
 * the smallest prefix holding `k` non-whitespace characters is `k` plus the whitespace inside it, found by
 * counting natively and widening by what is still missing (a prefix never holds more than its length).
 */
export function nthNonWhitespace(data: string, k: number, after: boolean): number {
  // `have` counts data[0, p): each widening counts only the characters it adds.
  let p = Math.min(k, data.length);
  let have = nonWhitespaceCount(data, 0, p);
  while (have < k) {
    if (p >= data.length) return data.length;
    const next = Math.min(p + k - have, data.length);
    have += nonWhitespaceCount(data, p, next);
    p = next;
  }
  if (p >= data.length) return data.length;
  // data[0, p) holds k non-whitespace characters: the k-th is the first one from p on.
  const rest = /\S/.exec(data.slice(p));
  if (!rest) return data.length;
  return p + rest.index + (after ? 1 : 0);
}

/** DOM offset in `node` of its `k`-th non-whitespace character (0-based); see {@link nthNonWhitespace}. */
export function domOffset(node: Text, k: number, after: boolean): number {
  return nthNonWhitespace(node.data, k, after);
}
