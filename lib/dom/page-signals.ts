/**
 * Page-signals adapter: gathers appeal evidence that lies OUTSIDE the extracted article — the schema.org
 * paywall declaration (JSON-LD or microdata) and the text of dialogs, fixed banners, promos, sign-up
 * forms and footers — for the pure core (`lib/core/appeals`) to classify. Navigation landmarks are found
 * (units inside them are demoted to navigation) but not reported: the core skips navigation.
 *
 * Works on any Document (live page, linkedom, happy-dom). Structure and text decide; class/id names only
 * add candidates, because sites obfuscate them. Bounded work: at most MAX_BLOCKS blocks of at most
 * MAX_BLOCK_CHARS characters, a node budget per block, and capped JSON-LD sizes, so a 5 MB page stays cheap.
 */
import type { PageBlock, PageSignals } from '../core/types';
import { collapsedLine } from './extract';

/** Most blocks reported per page. */
export const MAX_BLOCKS = 200;
/** Most characters kept per block; a candidate with more text is a container, not an appeal. */
export const MAX_BLOCK_CHARS = 3000;
/** Most nodes visited when reading one block's text. */
const MAX_NODES_PER_BLOCK = 4000;
/** Most characters of one JSON-LD script parsed, and most values walked in it. */
const MAX_JSONLD_CHARS = 1_000_000;
const MAX_JSON_NODES = 20_000;

const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'option', 'iframe', 'object', 'canvas', 'img']);
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend',
  'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'button',
]);

// Hints in class/id names: they add candidates, the core's text classifier still decides.
const HINT_RE = /subscri|newsletter|paywall|meter|donat|member|sign-?up|regist|ad-?block|promo|offer|modal|popup|pop-up|overlay|lightbox|interstitial|banner|upsell|contribut|opt-?in|support-us|gate|optin|cta\b/i;
/**
 * Elements {@link classify} may accept for their tag or a rare attribute. With the children and grandchildren
 * of the body (fixed banners) and the elements whose class or id holds a hint ({@link hinted}), they are
 * every element it can accept: one native query finds these, so `classify`, with its many attribute reads,
 * runs on few elements instead of all of them.
 */
const RARE_SELECTOR = [
  'dialog', 'form', 'aside', 'footer', 'nav', 'header', '[aria-modal="true"]',
  // The roles classify() and tagWhere() read (they lower-case the attribute: hence `i`).
  ...['dialog', 'alertdialog', 'complementary', 'contentinfo', 'navigation', 'banner', 'menubar'].map((r) => `[role="${r}" i]`),
  // Every inline style FIXED_STYLE_RE accepts holds one of these.
  '[style*="fixed" i]', '[style*="sticky" i]',
].join(', ');
const MODAL_HINT_RE = /modal|popup|pop-up|overlay|lightbox|interstitial|dialog/i;
const BANNER_HINT_RE = /banner|sticky|toast|ribbon|notice-bar|bottom-bar/i;
const FIXED_STYLE_RE = /position\s*:\s*(?:fixed|sticky)/i;
// Words of asks: an element whose own text contains one nominates its surrounding unit as a candidate,
// which finds promos on sites whose class names are obfuscated. The core still decides on the text.
const ASK_WORDS_RE = /subscri|newsletter|donat|member|sign[ -]?up|inbox|ad[ -]?block|abonn|contribut|support us|regist|free articles|articles? read|unlimited access|digital access/i;
/** Text nodes longer than this are first checked for a script or style parent (see askingElements). */
const LONG_TEXT = 256;
/** Largest text (characters) of the unit grown around an ask word. */
const UNIT_CHARS = 600;
/** Most units nominated by ask words per page. */
const MAX_WORD_UNITS = 150;
const EMAIL_INPUT = 'input[type="email"], input[name*="mail"], input[placeholder*="mail"], input[placeholder*="Mail"]';

/** Candidate priority when the block cap is reached: dialogs first, navigation last. */
const PRIORITY: Record<PageBlock['where'], number> = { modal: 0, banner: 1, promo: 2, inline: 3, footer: 4, nav: 5 };

interface Candidate {
  el: Element;
  where: PageBlock['where'];
  order: number;
}

/** Lower-case tag name, tolerant of DOM implementations that report it in upper case. */
function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Where an element would sit as an appeal block, or null when it is not a candidate. */
function classify(el: Element, fixed: (el: Element) => boolean): PageBlock['where'] | null {
  const tag = tagOf(el);
  // Most elements of a page have no attribute at all: one check instead of five attribute reads.
  if (!el.hasAttributes()) {
    if (tag === 'dialog') return 'modal';
    if (fixed(el)) return 'banner';
    if (tag === 'form' && el.querySelector(EMAIL_INPUT)) return 'promo';
    return tagWhere(tag, '');
  }
  const role = (el.getAttribute('role') || '').toLowerCase();
  if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return 'modal';
  const style = el.getAttribute('style');
  if ((style && FIXED_STYLE_RE.test(style)) || fixed(el)) return 'banner';
  if (tag === 'form' && el.querySelector(EMAIL_INPUT)) return 'promo';
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  const hint = cls || id ? `${cls || ''} ${id || ''}`.slice(0, 500) : '';
  if (hint.trim() && HINT_RE.test(hint)) {
    if (MODAL_HINT_RE.test(hint)) return 'modal';
    if (BANNER_HINT_RE.test(hint)) return 'banner';
    return 'promo';
  }
  return tagWhere(tag, role);
}

/** The landmark part of {@link classify}: asides, footers and navigation by tag or role. */
function tagWhere(tag: string, role: string): PageBlock['where'] | null {
  if (tag === 'aside' || role === 'complementary') return 'promo';
  if (tag === 'footer' || role === 'contentinfo') return 'footer';
  if (tag === 'nav' || tag === 'header' || role === 'navigation' || role === 'banner' || role === 'menubar') return 'nav';
  return null;
}

/**
 * True when `el`'s class or id holds a hint word: the part of {@link classify} that every element needs,
 * done with the two cheapest reads (properties; an SVG element's `className` is not a string).
 */
function hinted(el: Element): boolean {
  const c = (el as HTMLElement).className;
  const cls = typeof c === 'string' ? c : el.getAttribute('class');
  if (cls && HINT_RE.test(cls)) return true;
  const id = el.id;
  return !!id && HINT_RE.test(id);
}

/** Every tag of SKIP_TAGS, as a selector. */
const SKIP_SELECTOR = [...SKIP_TAGS].join(', ');

/**
 * True when `root` certainly holds more text than {@link blockText} accepts: its whole text, read natively,
 * minus all the text inside skipped elements (nested ones subtracted twice: an underestimate, so a block
 * that fits is never refused) is over twice MAX_BLOCK_CHARS. A candidate that is a whole column or page is
 * then refused at once, instead of after a walk of up to MAX_NODES_PER_BLOCK of its nodes (about 6 ms on
 * a long page in Chromium).
 */
function certainlyTooLong(root: Element): boolean {
  const all = (root.textContent || '').length;
  if (all <= MAX_BLOCK_CHARS * 2) return false;
  let skipped = 0;
  const inner = root.querySelectorAll(SKIP_SELECTOR);
  for (let i = 0; i < inner.length; i++) skipped += (inner[i].textContent || '').length;
  return all - skipped > MAX_BLOCK_CHARS * 2;
}

/**
 * Put on {@link blockText}'s stack below a wanted inner block's children and end: popped once the block is
 * read, it says how many lines the walk had when the block began.
 */
class InnerBlock {
  constructor(
    readonly el: Element,
    readonly lines: number,
  ) {}
}

/**
 * The text of `root`, whitespace collapsed, one line per block element, including button labels, submit
 * values and e-mail field placeholders (the words of a sign-up form). Null when the text exceeds
 * MAX_BLOCK_CHARS (or certainly holds more than twice that): such a candidate is a container (a whole
 * column or the page), not an appeal.
 *
 * `inner`: block elements inside `root` whose own text is wanted too (candidates nested in this one: a
 * modal's header, content and footer). Each one the walk reads to its end gets its text in `inner.texts`,
 * the same as `blockText(el)` gives — a block starts and ends a line, so its lines are the container's
 * lines between its start and its end; and a walk that got through it within the budgets would get through
 * it alone — so it is not walked again. News pages nest most of their candidates (about 130 of 190 on a
 * New York Times page).
 */
export function blockText(root: Element, inner?: { wanted: ReadonlySet<Element>; texts: Map<Element, string | null> }): string | null {
  if (!SKIP_TAGS.has(tagOf(root)) && certainlyTooLong(root)) return null;
  const lines: string[] = [];
  let line = '';
  let total = 0;
  let visited = 0;
  const flush = () => {
    const t = collapsedLine(line);
    if (t) lines.push(t);
    line = '';
  };
  const stack: (Node | 'end' | InnerBlock)[] = [root];
  while (stack.length) {
    const n = stack.pop() as Node | 'end' | InnerBlock;
    if (n === 'end') {
      flush();
      continue;
    }
    if (n instanceof InnerBlock) {
      // A wanted inner block is read: its 'end', just popped, flushed its last line. Its own characters are
      // within the limit that ends the walk (the walk got here), so only its text's length can refuse it.
      const text = lines.slice(n.lines).join('\n');
      inner!.texts.set(n.el, text.length > MAX_BLOCK_CHARS ? null : text);
      continue;
    }
    if (++visited > MAX_NODES_PER_BLOCK) break;
    if (n.nodeType === 3) {
      const v = n.nodeValue || '';
      line += v;
      total += v.length;
      if (total > MAX_BLOCK_CHARS * 2) return null;
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'input') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      const said = type === 'submit' || type === 'button' ? el.getAttribute('value') : type === 'email' || type === 'text' ? el.getAttribute('placeholder') : null;
      if (said) {
        flush();
        line = said;
        flush();
      }
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      if (inner && el !== root && inner.wanted.has(el)) stack.push(new InnerBlock(el, lines.length));
      stack.push('end');
    }
    // Children pushed last-first so they pop in order; sibling links create no NodeList per element.
    for (let k = el.lastChild; k; k = k.previousSibling) stack.push(k);
  }
  flush();
  const text = lines.join('\n');
  return text.length > MAX_BLOCK_CHARS ? null : text;
}

/** True when `el` is (or is inside) an element of a navigation landmark. */
function inNav(el: Element): boolean {
  return el.closest('nav, header, [role="navigation"], [role="banner"], [role="menubar"]') !== null;
}

/**
 * An aside or footer inside a header or nav is part of the navigation; a dialog, banner, form or a
 * class-hinted unit keeps its place even there (mastheads carry meters and offers: "1 of 10 articles read").
 */
function demoteInNav(el: Element, where: PageBlock['where']): PageBlock['where'] {
  if (where !== 'promo' && where !== 'footer') return where;
  if (tagOf(el) === 'form' || HINT_RE.test(`${el.getAttribute('class') || ''} ${el.getAttribute('id') || ''}`.slice(0, 500))) return where;
  return inNav(el) ? 'nav' : where;
}

/** A position-fixed test through computed style when the DOM offers it (live page), else always false. */
function fixedTester(doc: Document): (el: Element) => boolean {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const gcs = view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
  if (!gcs) return () => false;
  let budget = 400; // computed style forces layout work: only the first few hundred candidates ask.
  return (el) => {
    if (budget <= 0) return false;
    budget--;
    try {
      const p = gcs(el).position;
      return p === 'fixed' || p === 'sticky';
    } catch {
      return false;
    }
  };
}

/**
 * True when `input` is an e-mail field of a sign-up form: neither it nor its form has a password field
 * (a log-in) or a free-text field (a comment or contact form).
 */
function isSignupInput(input: Element, scope: Element): boolean {
  const form = input.closest('form') ?? scope;
  return form.querySelector('textarea, input[type="password"]') === null && scope.querySelector('textarea, input[type="password"]') === null;
}

/**
 * True when `el` holds an e-mail field of a sign-up form (see isSignupInput), given the page's e-mail
 * fields in document order (one query for the page instead of one per block; most pages have none): the
 * first five inside `el` are tested.
 */
function hasSignupField(el: Element, inputs: readonly Element[]): boolean {
  let seen = 0;
  for (const input of inputs) {
    if (input === el || !el.contains(input)) continue;
    if (isSignupInput(input, el)) return true;
    if (++seen >= 5) break;
  }
  return false;
}

/**
 * The elements (below `body`, not skipped) with an ask word in their own text — a text child, not a
 * descendant's — in document order. One pass over the page's text nodes with a native tree walker: the
 * words are in few text nodes, and only their parents are touched from script.
 */
function askingElements(doc: Document, body: Element): Element[] {
  const owners = new Set<Element>();
  // 4 = NodeFilter.SHOW_TEXT (the constant, for DOMs without a NodeFilter global).
  const walker = doc.createTreeWalker(body, 4);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const data = (t as Text).data;
    // A long text is read only when its parent is not a script or style: news pages carry up to a
    // megabyte of inline JSON and code in the body, and the words' regex scans every character of it
    // (3-4 ms on such pages in Chromium) only for the match to be thrown away below.
    if (data.length > LONG_TEXT && SKIP_TAGS.has(tagOf(t.parentElement ?? body))) continue;
    // The words first: most text nodes have none, and then their parent is never read.
    if (!ASK_WORDS_RE.test(data)) continue;
    const owner = t.parentElement;
    if (owner && owner !== body && !SKIP_TAGS.has(tagOf(owner))) owners.add(owner);
  }
  // Text order is not element order (a parent's later text follows its children's), and which owners come
  // first decides which units the MAX_WORD_UNITS cap keeps: sort the (few) owners.
  return inDocumentOrder([...owners]);
}

/**
 * True when `a` comes before `b` in document order (preorder: an ancestor before its descendants).
 * Compares the two ancestor chains instead of calling `compareDocumentPosition`, which linkedom (the CLI's
 * DOM) gets wrong for nodes in different subtrees: the CLI and the extension must read a page alike.
 */
function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const up = (n: Node) => {
    const chain: Node[] = [];
    for (let x: Node | null = n; x; x = x.parentNode) chain.push(x);
    return chain;
  };
  const ca = up(a);
  const cb = up(b);
  let i = ca.length - 1;
  let j = cb.length - 1;
  while (i >= 0 && j >= 0 && ca[i] === cb[j]) {
    i--;
    j--;
  }
  if (i < 0) return true; // a is an ancestor of b
  if (j < 0) return false; // b is an ancestor of a
  // ca[i] and cb[j] are siblings under the lowest common ancestor.
  for (let s = ca[i].nextSibling; s; s = s.nextSibling) if (s === cb[j]) return true;
  return false;
}

/** `els` sorted in document order, in place. */
function inDocumentOrder<T extends Node>(els: T[]): T[] {
  return els.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
}

/** Nodes and trimmed text characters counted in a subtree, as {@link textExceeds} counts them. */
interface Measure {
  nodes: number;
  chars: number;
}

/**
 * Adds `root`'s subtree to `acc` (every node visited, the trimmed length of every text node, nothing below
 * a skipped element). False as soon as `acc` exceeds the node budget or `limit` characters; both counts
 * only grow, so whether a subtree exceeds does not depend on the order its parts are counted in.
 */
function measure(root: Node, acc: Measure, limit: number): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    if (++acc.nodes > MAX_NODES_PER_BLOCK) return false;
    const n = stack.pop() as Node;
    if (n.nodeType === 3) {
      acc.chars += (n.nodeValue || '').trim().length;
      if (acc.chars > limit) return false;
    } else if (n.nodeType === 1 && !SKIP_TAGS.has(tagOf(n as Element))) {
      for (let k = n.lastChild; k; k = k.previousSibling) stack.push(k);
    }
  }
  return true;
}

/**
 * The largest ancestor-or-self of `el` (below body) whose text stays within UNIT_CHARS (and whose subtree
 * within the node budget): the promo unit. Each step up counts only the new parent and the siblings of
 * the unit so far, whose own counts are carried over, instead of walking the whole subtree again.
 */
function unitAround(el: Element, body: Element, cache: Map<Node, Measure | null> = new Map()): Element {
  let cur = el;
  let known: Measure | null = null;
  for (let guard = 0; guard < 12; guard++) {
    const up = cur.parentElement;
    if (!up || up === body) break;
    const acc: Measure = { nodes: 1, chars: 0 };
    let within = true;
    if (!SKIP_TAGS.has(tagOf(up))) {
      for (let k = up.firstChild; k && within; k = k.nextSibling) {
        if (k === cur && known) {
          acc.nodes += known.nodes;
          acc.chars += known.chars;
          within = acc.nodes <= MAX_NODES_PER_BLOCK && acc.chars <= UNIT_CHARS;
        } else if (k.nodeType === 1) {
          // Sibling subtrees are shared by the climbs of neighbouring ask words (a menu of "Subscribe"
          // links): each is measured once per page. A subtree over the limit on its own (null) makes any
          // parent exceed too, so the cached answer is exactly what measuring again would give.
          let own = cache.get(k);
          if (own === undefined) {
            const m: Measure = { nodes: 0, chars: 0 };
            own = measure(k, m, UNIT_CHARS) ? m : null;
            cache.set(k, own);
          }
          if (own === null) within = false;
          else {
            acc.nodes += own.nodes;
            acc.chars += own.chars;
            within = acc.nodes <= MAX_NODES_PER_BLOCK && acc.chars <= UNIT_CHARS;
          }
        } else within = measure(k, acc, UNIT_CHARS);
      }
    }
    if (!within) break;
    known = acc;
    cur = up;
  }
  return cur;
}

/** A page block with the element its text was read from (kept in the page, never sent anywhere). */
export interface PageBlockAt {
  block: PageBlock;
  el: Element;
}

/** Text blocks outside the article that may be appeals, in document order. */
export function collectBlocks(doc: Document, articleText?: string): PageBlock[] {
  return collectBlocksAt(doc, articleText).map((b) => b.block);
}

/**
 * {@link collectBlocks} with each block's element: marking outlines a page-level appeal by searching its
 * text in that element first, instead of indexing the whole page.
 */
export function collectBlocksAt(doc: Document, articleText?: string): PageBlockAt[] {
  const body = doc.body || doc.documentElement;
  if (!body) return [];
  const fixed = fixedTester(doc);
  // Computed style is only asked of the children and grandchildren of the body: fixed banners hang off it.
  const shallow = new Set<Element>();
  for (let c = body.firstElementChild; c; c = c.nextElementSibling) {
    shallow.add(c);
    for (let g = c.firstElementChild; g; g = g.nextElementSibling) shallow.add(g);
  }
  const rare = new Set<Element>(Array.from(body.querySelectorAll(RARE_SELECTOR)));
  const cands: Candidate[] = [];
  const nominated = new Set<Element>();
  // `order` is the index in document order of all elements, which places units among candidates below.
  const all = body.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!rare.has(el) && !shallow.has(el) && !hinted(el)) continue;
    // Scripts, styles, iframes... have no block text (blockText reads nothing in them): never a block, so
    // not classified, which for the body's top two levels (dozens of scripts on news pages) would ask the
    // browser for their computed style.
    if (SKIP_TAGS.has(tagOf(el))) continue;
    const where = classify(el, (e) => shallow.has(e) && fixed(e));
    if (!where) continue;
    cands.push({ el, where: demoteInNav(el, where), order: i });
    nominated.add(el);
  }
  // Units grown around ask words and e-mail fields; their document index is found in one pass below.
  const units: Candidate[] = [];
  const measured = new Map<Node, Measure | null>();
  // An element that is itself a candidate is read as such; only the others nominate the unit around them.
  // (A unit is the element or an ancestor, which precede later candidates: all candidates are known here.)
  for (const el of askingElements(doc, body)) {
    if (units.length >= MAX_WORD_UNITS) break;
    if (nominated.has(el)) continue;
    const unit = unitAround(el, body, measured);
    if (nominated.has(unit)) continue;
    nominated.add(unit);
    const w = classify(unit, () => false);
    const where: PageBlock['where'] = w ?? (inNav(unit) ? 'nav' : unit.closest('footer, [role="contentinfo"]') ? 'footer' : 'inline');
    units.push({ el: unit, where: demoteInNav(unit, where), order: 0 });
  }
  // An e-mail field nominates the unit around it: sign-up pop-ups are often bare divs, not forms.
  const emailInputs = Array.from(body.querySelectorAll(EMAIL_INPUT));
  for (const input of emailInputs.slice(0, 20)) {
    if (!isSignupInput(input, input)) continue;
    const unit = unitAround(input, body, measured);
    if (nominated.has(unit)) continue;
    nominated.add(unit);
    const w = classify(unit, () => false);
    units.push({ el: unit, where: demoteInNav(unit, w && w !== 'nav' ? w : 'promo'), order: 0 });
  }
  if (units.length) {
    const want = new Map(units.map((c) => [c.el, c]));
    let left = want.size;
    for (let i = 0; i < all.length && left > 0; i++) {
      const c = want.get(all[i]);
      if (c) {
        c.order = i;
        left--;
      }
    }
    for (const c of units) cands.push(c);
  }
  cands.sort((a, b) => PRIORITY[a.where] - PRIORITY[b.where] || a.order - b.order);
  const article = articleText ? collapsedLine(articleText) : '';
  const seen = new Set<string>();
  const picked: (PageBlockAt & { order: number })[] = [];
  // The text of a candidate nested in one read before it comes from that walk (see blockText).
  const inner = { wanted: new Set(cands.filter((c) => c.where !== 'nav').map((c) => c.el)), texts: new Map<Element, string | null>() };
  for (const c of cands) {
    if (picked.length >= MAX_BLOCKS) break;
    // Navigation is the site's furniture, which the core never reads as an appeal: its text (menus are
    // long lists of links) is not walked. A dialog, banner, form or hinted unit in a masthead is not 'nav'.
    if (c.where === 'nav') continue;
    const known = inner.texts.get(c.el);
    const text = known !== undefined ? known : blockText(c.el, inner);
    if (!text) continue;
    const key = collapsedLine(text);
    if (key.length < 3 || seen.has(key)) continue;
    seen.add(key);
    // Text the article already shows is classified in the article, with offsets.
    if (article && article.includes(key)) continue;
    const block: PageBlock = { text, where: c.where };
    if (hasSignupField(c.el, emailInputs)) block.emailField = true;
    picked.push({ block, el: c.el, order: c.order });
  }
  picked.sort((a, b) => a.order - b.order);
  return picked.map(({ block, el }) => ({ block, el }));
}

/** What a page declares about free access, from JSON-LD or microdata. */
export interface PaywallMarkup {
  accessibleForFree: boolean | null;
  paywallSelector: string | null;
  paywallEvidence: 'json-ld' | 'microdata' | null;
}

/** Reads schema.org booleans written as booleans or strings ("False", "false"). */
function asBool(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'false' || s === 'no' || s === 'https://schema.org/false' || s === 'http://schema.org/false') return false;
    if (s === 'true' || s === 'yes' || s === 'https://schema.org/true' || s === 'http://schema.org/true') return true;
  }
  return null;
}

/** Walks parsed JSON-LD (objects, arrays, @graph) for isAccessibleForFree and hasPart.cssSelector. */
function walkJsonLd(root: unknown, out: PaywallMarkup): void {
  const stack: unknown[] = [root];
  let budget = MAX_JSON_NODES;
  while (stack.length && budget-- > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    if ('isAccessibleForFree' in o) {
      const b = asBool(o.isAccessibleForFree);
      // Any "false" wins: a page may declare the site free and the article not.
      if (b === false || (b === true && out.accessibleForFree === null)) {
        out.accessibleForFree = b;
        out.paywallEvidence = 'json-ld';
      }
    }
    if (typeof o.cssSelector === 'string' && !out.paywallSelector && asBool(o.isAccessibleForFree) !== true) {
      out.paywallSelector = o.cssSelector.slice(0, 300);
    } else if (Array.isArray(o.cssSelector) && !out.paywallSelector) {
      const s = o.cssSelector.filter((x): x is string => typeof x === 'string').join(', ');
      if (s) out.paywallSelector = s.slice(0, 300);
    }
    for (const k of Object.keys(o)) if (k !== 'cssSelector' && o[k] && typeof o[k] === 'object') stack.push(o[k]);
  }
}

// Fallbacks for JSON-LD that does not parse (trailing commas, unescaped quotes, HTML comments).
const FREE_RE = /"isAccessibleForFree"\s*:\s*"?(true|false)/i;
const SELECTOR_RE = /"cssSelector"\s*:\s*"([^"\\]{1,300})"/;

/** The paywall declaration of a page: JSON-LD first (also broken JSON-LD), then microdata. */
export function readPaywallMarkup(doc: Document): PaywallMarkup {
  const out: PaywallMarkup = { accessibleForFree: null, paywallSelector: null, paywallEvidence: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 50; i++) {
    const raw = (scripts[i].textContent || '').slice(0, MAX_JSONLD_CHARS);
    if (!raw.includes('isAccessibleForFree') && !raw.includes('cssSelector')) continue;
    try {
      walkJsonLd(JSON.parse(raw.trim().replace(/^<!--|-->$/g, '')), out);
    } catch {
      const m = FREE_RE.exec(raw);
      const b = m ? asBool(m[1]) : null;
      if (b === false || (b === true && out.accessibleForFree === null)) {
        out.accessibleForFree = b;
        out.paywallEvidence = 'json-ld';
      }
      const s = SELECTOR_RE.exec(raw);
      if (s && !out.paywallSelector) out.paywallSelector = s[1];
    }
  }
  if (out.accessibleForFree !== false) {
    // Only the elements whose itemprop holds either name (a native substring filter; the split below still
    // decides): news pages mark up hundreds of other properties, each a wrapper and two reads from script.
    const props = doc.querySelectorAll('[itemprop*="isAccessibleForFree"], [itemprop*="cssSelector"]');
    for (let i = 0; i < props.length; i++) {
      const el = props[i];
      const names = (el.getAttribute('itemprop') || '').split(/\s+/);
      if (names.includes('isAccessibleForFree')) {
        const b = asBool(el.getAttribute('content') ?? el.getAttribute('value') ?? el.textContent ?? '');
        if (b === false || (b === true && out.accessibleForFree === null)) {
          out.accessibleForFree = b;
          out.paywallEvidence = 'microdata';
        }
      } else if (names.includes('cssSelector') && !out.paywallSelector) {
        const s = el.getAttribute('content') ?? el.textContent ?? '';
        if (s.trim()) out.paywallSelector = s.trim().slice(0, 300);
      }
    }
  }
  return out;
}

/**
 * Collects page-level appeal evidence from `doc`: the schema.org paywall declaration and the text blocks
 * outside the article (`articleText`, when given, filters out blocks the article already contains).
 * Never modifies the document.
 */
export function collectPageSignals(doc: Document, articleText?: string): PageSignals {
  return collectPageSignalsAt(doc, articleText).signals;
}

/** {@link collectPageSignals}, and each of its blocks with the element it was read from. */
export function collectPageSignalsAt(doc: Document, articleText?: string): { signals: PageSignals; located: PageBlockAt[] } {
  const markup = readPaywallMarkup(doc);
  const at = collectBlocksAt(doc, articleText);
  return {
    signals: {
      accessibleForFree: markup.accessibleForFree,
      paywallSelector: markup.paywallSelector,
      paywallEvidence: markup.paywallEvidence,
      blocks: at.map((b) => b.block),
    },
    located: at,
  };
}
