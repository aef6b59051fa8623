/**
 * Extraction adapter: Document -> article text + metadata, using @mozilla/readability on a CLONE of the
 * document so the live page is never modified.
 *
 * The article text has one line per block (paragraph, heading, list item, quote...), whitespace inside
 * a block collapsed to single spaces, blocks joined by "\n\n". The same collapsing is applied to the live
 * page by the anchoring adapter, so each block can be found again in the page by its text.
 *
 * Works on any DOM implementation (the live page, linkedom in Node, happy-dom in tests).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { AnalyzeMeta } from '../core/types';
import type { NotArticleReason } from '../protocol';

/** One block of the article text. */
export interface ExtractedBlock {
  start: number;
  end: number;
  /** Lower-case tag name of the block element ("p", "h2", "li", "blockquote"...). */
  tag: string;
}

/** A successful extraction. */
export interface Extraction {
  /** Article text: blocks joined by "\n\n"; every Analysis offset indexes into it. */
  text: string;
  blocks: ExtractedBlock[];
  meta: AnalyzeMeta;
  /** Readability's excerpt (description), for display. */
  excerpt: string | null;
}

/** Outcome of {@link extractArticle}: an article, or a clear reason why the page is left alone. */
export type ExtractResult =
  | { ok: true; extraction: Extraction }
  | { ok: false; reason: NotArticleReason; detail?: string };

/** Options for {@link extractArticle}. */
export interface ExtractOptions {
  /** The page's URL, copied into the metadata. */
  url?: string;
  /** Skip the "does this look like an article?" check (on-demand analysis, CLI, evaluations). */
  force?: boolean;
  /** Work on the document itself instead of a clone (only for documents nobody else uses, e.g. the CLI's). */
  noClone?: boolean;
  /** Refuse pages whose body text exceeds this many characters (default 6,000,000). */
  maxChars?: number;
  /**
   * Size in characters of the page's HTML as loaded, when the caller knows it (the browser's navigation
   * timing). A page whose HTML is under the cap and whose DOM did not grow much since cannot hold more text
   * than the cap, so the text walk is skipped.
   */
  htmlChars?: number;
}

/** Above this many elements the DOM may have grown after load, and the HTML size says nothing. */
const MAX_ELEMENTS_FOR_SIZE_HINT = 20_000;

/** Elements whose start and end delimit a block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never article text. */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea']);

/** A whitespace run that {@link collapseWhitespace} changes (JavaScript's `\s`: NBSP and line breaks too). */
const COLLAPSIBLE = /\s{2,}|[^\S ]/g;
const NEEDS_COLLAPSE = /\s{2}|[^\S ]/;

/** Collapses every whitespace run (incl. NBSP and line breaks) to one space. Shared with anchoring. */
export function collapseWhitespace(s: string): string {
  // Only the runs that change: two or more whitespace characters, or one that is not a space. Prose is
  // mostly single spaces, and every match costs the replace a piece of its result: replacing each single
  // space by itself made long blocks (a preformatted RFC) cost milliseconds in a fresh content script.
  return NEEDS_COLLAPSE.test(s) ? s.replace(COLLAPSIBLE, ' ') : s;
}

/**
 * {@link collapseWhitespace} without leading or trailing whitespace: one line of text. Trimmed first, which
 * gives the same result (trim removes exactly `\s`) and leaves the collapse less to do.
 */
export function collapsedLine(s: string): string {
  return collapseWhitespace(s.trim());
}

/** Every tag that ends a block or hides its text: an element holding none of them is one block of text. */
const BLOCK_OR_SKIP_SELECTOR = [...BLOCK_TAGS, ...SKIP_TAGS].join(', ');

/**
 * Walks an element and returns its text as blocks. Iterative, along sibling and parent links (no recursion,
 * so pathologically deep pages cannot overflow the stack; no stack either: a long article's walk allocates
 * nothing per node, where a stack of [node, exiting] pairs made two small arrays per node for the young
 * generation to collect).
 *
 * A block element with no block or skipped element inside (most paragraphs, list items, headings) is read
 * whole with `textContent`, which is exactly what walking it would collect (its text nodes in order; inline
 * elements add nothing; comments are not text): Readability reads paragraphs through `textContent` and
 * never touches their text nodes, so a walk made the page's first script object for every one of them,
 * 1-5 µs each in a content script's fresh world (up to 11 ms on long articles in Chromium, measured).
 */
export function blocksOf(root: Node): { text: string; tag: string }[] {
  const out: { text: string; tag: string }[] = [];
  let buf = '';
  let bufTag = 'p';
  const flush = () => {
    const t = collapsedLine(buf);
    if (t) out.push({ text: t, tag: bufTag });
    buf = '';
  };
  const tagOf = (node: Node) => (node.nodeType === 1 ? (node as Element).localName.toLowerCase() : '');
  /** Enters `node`: true when its children are to be walked (and it is to be left after them). */
  const enter = (node: Node): boolean => {
    if (node.nodeType === 3) {
      buf += node.nodeValue ?? '';
      return false;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return false;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag)) return false;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      bufTag = tag === 'br' || tag === 'div' || tag === 'section' ? bufTag : tag;
      const el = node as Element;
      if (el.firstElementChild === null || el.querySelector(BLOCK_OR_SKIP_SELECTOR) === null) {
        // One block: its whole text, then the flush that leaving it would do.
        buf += el.textContent ?? '';
        flush();
        return false;
      }
    }
    return true;
  };
  /** Leaves an entered node: a block ends there. */
  const leave = (node: Node) => {
    if (BLOCK_TAGS.has(tagOf(node))) flush();
  };

  if (enter(root)) {
    let node: Node | null = root.firstChild;
    while (node) {
      const entered = enter(node);
      if (entered && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (entered) leave(node);
      // Up to the first ancestor (below root) with a next sibling, leaving each ancestor on the way.
      while (node && node.nextSibling === null) {
        node = node.parentNode;
        if (node === root || node === null) {
          node = null;
          break;
        }
        leave(node);
      }
      node = node ? node.nextSibling : null;
    }
    leave(root);
  }
  flush();
  return out;
}

/** Reads a `<meta>` value by property or name. */
function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const v = el?.getAttribute('content')?.trim();
  return v ? v : null;
}

/** True when the page declares itself an article (Open Graph or schema.org), a cheap positive signal. */
export function declaresArticle(doc: Document): boolean {
  const og = metaContent(doc, 'og:type');
  if (og && /article/i.test(og)) return true;
  if (doc.querySelector('[itemtype*="schema.org/NewsArticle"], [itemtype*="schema.org/Article"], [itemtype*="schema.org/ReportageNewsArticle"]')) {
    return true;
  }
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    if (/"@type"\s*:\s*(\[[^\]]{0,200})?"(News|Reportage|Analysis|Opinion)?Article"/.test(s.textContent ?? '')) return true;
  }
  return false;
}

/**
 * Cheap check run before any real work: does this page look like an article?
 * Readability's own `isProbablyReaderable` (a scan of paragraph lengths, no parsing) or an explicit
 * article declaration in the page's metadata.
 */
export function looksLikeArticle(doc: Document): boolean {
  try {
    return declaresArticle(doc) || isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** An unexpected error in a step, as a "no content" outcome (extraction never throws into the page). */
const failure = (err: unknown): { ok: false; reason: NotArticleReason; detail: string } => ({
  ok: false,
  reason: 'no-content',
  detail: err instanceof Error ? err.message : String(err),
});

/** Elements whose text {@link textSizeExceeds} does not count: code and markup, not reading text. */
const UNCOUNTED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * True when `root` holds more than `limit` characters of text outside scripts and styles. Walks text nodes
 * and stops as soon as the limit is passed. Why not `body.textContent.length`: that builds one string of
 * every text node including inline scripts and JSON blobs, which costs 7-10 ms on script-heavy news pages
 * (measured in Chromium) just to learn that the page is of ordinary size.
 */
export function textSizeExceeds(root: Node, limit: number): boolean {
  let total = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      total += (node as Text).data.length;
      if (total > limit) return true;
    } else if (node.nodeType === 1) {
      descend = node.firstChild !== null && !UNCOUNTED_TAGS.has((node as Element).localName);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && node.nextSibling === null) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/** Number of elements under `root`: a native count in browsers (linkedom does not know the `*` tag name). */
function elementCount(root: Element): number {
  return root.getElementsByTagName('*').length || root.querySelectorAll('*').length;
}

/** The first step of {@link extractArticle}: size and "looks like an article" checks on the live page. */
export function checkPage(doc: Document, opts: ExtractOptions = {}): { ok: true } | { ok: false; reason: NotArticleReason; detail?: string } {
  try {
    if (!doc.body) return { ok: false, reason: 'no-content', detail: 'the document has no body' };
    const max = opts.maxChars ?? 6_000_000;
    const hinted = !!opts.htmlChars && opts.htmlChars <= max && elementCount(doc.body) <= MAX_ELEMENTS_FOR_SIZE_HINT;
    if (!hinted && textSizeExceeds(doc.body, max)) return { ok: false, reason: 'too-large', detail: `more than ${max} characters of text` };
    if (!opts.force && !looksLikeArticle(doc)) return { ok: false, reason: 'not-readerable' };
    return { ok: true };
  } catch (err) {
    return failure(err);
  }
}

/** What Readability returned, with the article content as a DOM node (not serialised HTML). */
export type ParsedArticle = NonNullable<ReturnType<Readability<Node>['parse']>>;

/**
 * Runs Readability on `work` (a clone of the page, or a document nobody else uses: Readability mutates
 * what it parses). Null when it finds no article.
 */
export function parseArticle(work: Document): ParsedArticle | null {
  const parsed = new Readability<Node>(work, { serializer: (n) => n }).parse();
  return parsed && parsed.content ? parsed : null;
}

/** The last step of {@link extractArticle}: Readability's result -> article text, blocks and metadata. */
export function toExtraction(parsed: ParsedArticle, doc: Document, url?: string): ExtractResult {
  const blocks: ExtractedBlock[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const b of blocksOf(parsed.content as Node)) {
    if (parts.length) pos += 2;
    blocks.push({ start: pos, end: pos + b.text.length, tag: b.tag });
    parts.push(b.text);
    pos += b.text.length;
  }
  if (!parts.length) return { ok: false, reason: 'no-content', detail: 'the article has no text' };

  const clean = (s: string | null | undefined) => {
    const t = s ? collapsedLine(s) : '';
    return t ? t : null;
  };
  const meta: AnalyzeMeta = {
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName) ?? clean(metaContent(doc, 'og:site_name')),
    publishedTime: clean(parsed.publishedTime) ?? clean(metaContent(doc, 'article:published_time')),
    lang: clean(parsed.lang) ?? clean(doc.documentElement?.getAttribute('lang')),
    url: url ?? null,
  };
  return { ok: true, extraction: { text: parts.join('\n\n'), blocks, meta, excerpt: clean(parsed.excerpt) } };
}

/**
 * Extracts the article of `doc` in one synchronous call (CLI, evaluations, tests). The content script runs
 * the same steps ({@link checkPage}, clone, {@link parseArticle}, {@link toExtraction}) as separate tasks so
 * that the page's main thread is never blocked for their sum. Never throws: failures come back as
 * `{ ok: false, reason }`.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    const checked = checkPage(doc, opts);
    if (!checked.ok) return checked;
    const parsed = parseArticle(opts.noClone ? doc : (doc.cloneNode(true) as Document));
    if (!parsed) return { ok: false, reason: 'no-content', detail: 'Readability found no article' };
    return toExtraction(parsed, doc, opts.url);
  } catch (err) {
    return failure(err);
  }
}
