/**
 * The article's region in the live page: the smallest element holding the live counterparts of the
 * article's first and last blocks. Anchoring indexes this region instead of the whole body.
 *
 * Why: the extraction runs Readability on a clone, so the live elements of the article are unknown, and
 * indexing every text node of the page (menus, footers, comment threads, related links) cost most of the
 * marking step on big pages. Every node between the first and last block in document order lies inside
 * their lowest common ancestor, so the region holds the whole article. Finding the two end blocks is a
 * native element query by tag plus a text comparison; when it fails, callers index the whole body.
 */
import { stripWhitespace } from './text-index';

/** A block of the article text with its tag (as the extractor reports it). */
export interface RegionBlock {
  start: number;
  end: number;
  /** Lower-case tag name of the block's element in the extracted article ("p", "li", "h2"...). */
  tag?: string;
}

/** Blocks shorter than this (non-whitespace characters) are not distinctive enough to locate one end. */
const MIN_DISTINCT = 24;
/** How many blocks are tried from each end before giving up. */
const MAX_TRIES = 4;
/** Most same-tag elements compared per block, so a page of thousands of list items stays cheap. */
const MAX_CANDIDATES = 400;
/** Tags an end block may have: one element per block in the page too (a `div` block may be many). */
const END_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'figcaption', 'dd', 'dt', 'td', 'th']);

/**
 * The live element of one article block: the first (or, with `fromEnd`, the last) element of the same tag
 * whose text contains the block's text and is not much longer (a container of several blocks is not it).
 */
function liveElementOf(body: Element, tag: string, flat: string, fromEnd: boolean): Element | null {
  const list = body.getElementsByTagName(tag);
  const n = Math.min(list.length, MAX_CANDIDATES);
  for (let k = 0; k < n; k++) {
    const el = list[fromEnd ? list.length - 1 - k : k];
    const raw = el.textContent ?? '';
    // Whitespace only shortens the text: an element with fewer raw characters cannot hold the block.
    if (raw.length < flat.length) continue;
    // Nor can one whose text lacks the block's start (whitespace allowed between its characters): a native
    // search, where stripping every candidate's text made a page of comment paragraphs cost milliseconds.
    if (!holdsStart(raw, flat)) continue;
    const own = stripWhitespace(raw);
    if (own.length <= flat.length * 1.5 + 40 && own.includes(flat)) return el;
  }
  return null;
}

/** Characters of a block's start that a candidate's text must hold (see {@link holdsStart}). */
const START_CHARS = 16;

/** True for the characters of JavaScript's `\s` (what {@link stripWhitespace} removes). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * False only when `raw` cannot hold `flat` (text without whitespace) once its own whitespace is removed:
 * `flat`'s first characters are not in it, even with whitespace between them. Each occurrence of the first
 * character (a native search) is followed for a few characters, so most candidates are refused without
 * building their text without whitespace.
 */
export function holdsStart(raw: string, flat: string): boolean {
  if (!flat) return true;
  const want = Math.min(flat.length, START_CHARS);
  const head = flat[0];
  for (let p = raw.indexOf(head); p >= 0; p = raw.indexOf(head, p + 1)) {
    let i = 1;
    let q = p + 1;
    while (i < want && q < raw.length) {
      const c = raw.charCodeAt(q);
      if (c === flat.charCodeAt(i)) {
        i++;
        q++;
      } else if (isSpace(c)) q++;
      else break;
    }
    if (i === want) return true;
  }
  return false;
}

/** The live element of the first (or last) distinctive block that can be found. */
function endElement(body: Element, text: string, blocks: readonly RegionBlock[], fromEnd: boolean): Element | null {
  let tries = 0;
  for (let k = 0; k < blocks.length && tries < MAX_TRIES; k++) {
    const b = blocks[fromEnd ? blocks.length - 1 - k : k];
    if (!b.tag || !END_TAGS.has(b.tag)) continue;
    const flat = stripWhitespace(text.slice(b.start, b.end));
    if (flat.length < MIN_DISTINCT) continue;
    tries++;
    const el = liveElementOf(body, b.tag, flat, fromEnd);
    if (el) return el;
  }
  return null;
}

/** Lowest common ancestor of `a` and `b` (inclusive). */
function commonAncestor(a: Element, b: Element): Element | null {
  const up = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) up.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (up.has(n) && n.nodeType === 1) return n as Element;
  return null;
}

/**
 * The region of `doc` that holds the article whose `text` is split into `blocks` (in article order), or
 * null when its ends cannot be found (then the whole body is the region). Reads the DOM only.
 */
export function findArticleRegion(doc: Document, text: string, blocks: readonly RegionBlock[]): Element | null {
  const body = doc.body;
  if (!body || !blocks.length) return null;
  const sorted = [...blocks].sort((x, y) => x.start - y.start);
  const first = endElement(body, text, sorted, false);
  if (!first) return null;
  const last = endElement(body, text, sorted, true);
  if (!last) return null;
  const region = commonAncestor(first, last);
  return region && body.contains(region) ? region : null;
}
