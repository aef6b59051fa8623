/**
 * Page marks: anchors an Analysis in the live page and shows it — highlights per source kind, an
 * outline labelled "Appeal — not part of the article" around appeals, a tooltip naming source and cue,
 * a polite screen-reader summary, and next / previous statement navigation (mark-nav.ts). Hiding
 * removes every trace (highlights, `<style>`, host element). On granted sites the highlight styles are
 * registered with the page instead (background/registration.ts): they stay, inert, and style nothing.
 *
 * The page's own DOM text is never modified: highlights use the CSS Custom Highlight API (or overlay
 * boxes in our shadow root), and all UI lives in one shadow-root host at the end of `<body>`.
 */
import type { Analysis } from '../core/types';
import { createAnchorer, type Anchorer } from './anchor';
import { findArticleRegion, type RegionBlock } from './article-region';
import { createHighlighter, type Highlighter, type HighlighterOptions } from './highlights';
import { MARK_COLOURS, type MarkColours } from './mark-colours';
import { appealLabel, markSpecs, marksSummary, type MarkKind, type MarkSpec } from './mark-labels';
import { createMarkNav, NO_STEP, type NavItem, type StepResult } from './mark-nav';
import { attachTooltip, type LabelledRange } from './tooltip';
import type { PageBlockAt } from './page-signals';
import { isIndexable, stripWhitespace } from './text-index';
import { createUiHost, OWN_ATTR, setBox, unionRect, type UiHost } from './ui-host';

/** How many statement marks could be placed, and how many statements were not found in the page. */
export interface MarksCount {
  placed: number;
  missing: number;
  visible: boolean;
}

/** The marks of one page. Create once per content-script instance. */
export interface PageMarks {
  /**
   * Anchors `analysis` and, when visible, paints it (replacing any previous marks). `blocks` are the
   * article's blocks as extracted (their tags locate the article's region); `pageBlocks` the page blocks
   * with their elements, where page-level appeals are searched first.
   */
  render(analysis: Analysis, blocks?: readonly RegionBlock[], pageBlocks?: readonly PageBlockAt[]): MarksCount;
  /** The first half of {@link render}: anchors `analysis` in the page (DOM reads only, nothing shown). */
  locate(analysis: Analysis, blocks?: readonly RegionBlock[], pageBlocks?: readonly PageBlockAt[]): Located | null;
  /** The second half of {@link render}: paints what {@link locate} found. */
  show(found: Located | null): MarksCount;
  /** Uses these colours (a palette from the settings); repaints when marks are shown. */
  setColours(colours: MarkColours): void;
  /** Shows (re-anchoring against the current page) or completely removes the marks. */
  setVisible(visible: boolean): MarksCount;
  /** Scrolls the page to an article span and flashes it. False when the span is not in the page. */
  scrollTo(start: number, end: number): boolean;
  /**
   * Goes to the next (1) or previous (-1) statement mark in document order, wrapping round: scrolls to
   * it, flashes it, selects it and announces it to screen readers. `ok: false` when marks are hidden,
   * cleared, or none was placed.
   */
  step(direction: 1 | -1): StepResult;
  /** Forgets the analysis and removes every mark (the page stopped being an article). */
  clear(): void;
  /** Current counts. */
  count(): MarksCount;
  /** True for nodes we added (host, style) or inside them: mutation observers ignore these. */
  isOwn(node: Node): boolean;
  /** Removes everything and stops listening. */
  destroy(): void;
}

/** Where an analysis' marks are in the page: the output of {@link PageMarks.locate}. */
export interface Located {
  readonly analysis: Analysis;
  readonly specs: MarkSpec[];
  readonly byKind: Map<MarkKind, Range[]>;
  readonly labelled: LabelledRange[];
  readonly navItems: NavItem[];
  readonly placedIds: Set<string>;
  readonly appealRanges: { label: string; ranges: Range[] }[];
  readonly placed: number;
  readonly missing: number;
}

interface Mounted {
  ui: UiHost;
  highlighter: Highlighter;
  tooltip: ReturnType<typeof attachTooltip>;
  controller: AbortController;
  appealBoxes: { el: HTMLElement; ranges: Range[] }[];
  /**
   * Made in this task for a reader's request on a page with nothing painted: its live region is not in the
   * accessibility tree yet, so what it says now would not be heard (see `announce`).
   */
  fresh: boolean;
  /** The announcement waiting for a fresh live region. */
  pending: number;
  /**
   * Places the boxes in the next animation frame (coalesced), and from then on after every layout change
   * (resize, late images, fonts).
   */
  schedule(): void;
}

const PAGE_APPEAL_QUOTE = 160;

/** How long a live region made for a reader's request waits before it speaks (it must be in the page first). */
const FRESH_REGION_DELAY_MS = 100;

/**
 * The part of a page-level appeal's text searched for in the page: without a trailing ellipsis or spaces,
 * at most {@link PAGE_APPEAL_QUOTE} characters. A manual scan, not `/[…\s]+$/`: that regex retries from
 * every position of a long run of spaces that is not at the end, which is quadratic on hostile text.
 */
export function pageAppealQuote(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '…' || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, Math.min(end, PAGE_APPEAL_QUOTE));
}

/**
 * Creates the marks controller for `doc`. Everything is torn down when `signal` aborts. `opts.sheetInPage`
 * says the page already holds the highlight styles (see {@link HighlighterOptions}).
 */
export function createPageMarks(doc: Document, signal: AbortSignal, opts: HighlighterOptions = {}): PageMarks {
  let analysis: Analysis | null = null;
  let blocks: readonly RegionBlock[] | undefined;
  let pageBlocks: readonly PageBlockAt[] = [];
  let anchorer: Anchorer | null = null;
  let visible = true;
  let colours: MarkColours = MARK_COLOURS.default;
  let mounted: Mounted | null = null;
  let counts: MarksCount = { placed: 0, missing: 0, visible };

  const unmount = () => {
    if (!mounted) return;
    nav.setItems([], '');
    mounted.controller.abort();
    mounted.highlighter.clear();
    mounted.ui.remove();
    mounted = null;
  };

  // Geometry is read in one batch and written after it: interleaving reads and writes would force a
  // layout of the whole page per box. It runs in an animation frame (see `schedule`), where the layout
  // the frame needs anyway is done once, instead of forcing one synchronously in the marking task.
  const relayout = () => {
    if (!mounted) return;
    const { ui, appealBoxes } = mounted;
    mounted.highlighter.relayout();
    if (!appealBoxes.length) return;
    const rects = appealBoxes.map((box) => {
      const rect = unionRect(box.ranges);
      return rect && ui.toLayer(rect);
    });
    appealBoxes.forEach((box, i) => {
      const r = rects[i];
      box.el.hidden = !r;
      if (r) setBox(box.el, r, 6);
    });
  };

  const mount = (): Mounted | null => {
    if (mounted) return mounted;
    const ui = createUiHost(doc);
    if (!ui) return null;
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal.addEventListener('abort', stop, { once: true });
    controller.signal.addEventListener('abort', () => signal.removeEventListener('abort', stop), { once: true });
    // Fallback boxes and appeal outlines follow layout changes (resize, late images, fonts). Only they
    // need layout: marks painted by the Highlight API move with the text by themselves, so most pages
    // (no appeal outline) never observe the layout nor read geometry.
    let frame = 0;
    let following = false;
    const view = doc.defaultView;
    const place = () => {
      if (frame) return;
      frame = view?.requestAnimationFrame(() => {
        frame = 0;
        if (!controller.signal.aborted) relayout();
      }) ?? 0;
    };
    const schedule = () => {
      place();
      if (following || !view) return;
      following = true;
      view.addEventListener('resize', place, { passive: true, signal: controller.signal });
      const RO = view.ResizeObserver;
      if (RO && doc.body) {
        const ro = new RO(place);
        ro.observe(doc.body);
        controller.signal.addEventListener('abort', () => ro.disconnect(), { once: true });
      }
    };
    const m: Mounted = {
      ui,
      highlighter: createHighlighter(doc, ui, colours, opts),
      tooltip: attachTooltip(doc, ui, controller.signal),
      controller,
      appealBoxes: [],
      fresh: false,
      pending: 0,
      schedule,
    };
    controller.signal.addEventListener('abort', () => {
      if (frame) view?.cancelAnimationFrame(frame);
      if (m.pending) view?.clearTimeout(m.pending);
    }, { once: true });
    mounted = m;
    return m;
  };

  /** An anchorer for `analysis` over the page as it is now, indexing the article's region when found. */
  const anchorerFor = (a: Analysis): Anchorer =>
    createAnchorer(doc, a.text, blocks, { exclude: mounted?.ui.host, scope: blocks ? findArticleRegion(doc, a.text, blocks) : null });

  /**
   * Anchors the current analysis in the page as it is now: text index, block anchors, and the ranges of
   * every mark. Reads the DOM only. Separate from {@link show} so the content script can run the two in
   * different tasks.
   */
  const locate = (): Located | null => {
    if (!analysis) return null;
    const specs: MarkSpec[] = markSpecs(analysis);
    // A declared paywall (JSON-LD, microdata) has a description, not a text shown in the page.
    const pageAppeals = analysis.appeals.filter((a) => a.where === 'page' && !!a.text && a.evidence !== 'json-ld' && a.evidence !== 'microdata');
    if (!specs.length && !pageAppeals.length) {
      // Nothing to mark (no statement, no appeal): the page is not indexed, and `show` adds nothing to it.
      // A third of the corpus pages are such; the index is made if a span is asked for (scrollTo).
      anchorer = null;
      return { analysis, specs, byKind: new Map(), labelled: [], navItems: [], placedIds: new Set(), appealRanges: [], placed: 0, missing: 0 };
    }
    anchorer = anchorerFor(analysis);
    const byKind = new Map<MarkKind, Range[]>();
    const labelled: LabelledRange[] = [];
    const navItems: NavItem[] = [];
    const placedIds = new Set<string>();
    const appealRanges: { label: string; ranges: Range[] }[] = [];
    let placed = 0;
    let missing = 0;
    for (const spec of specs) {
      const ranges = spec.spans.flatMap((s) => anchorer!.rangesFor(s.start, s.end));
      if (spec.kind !== 'appeal') {
        if (ranges.length) placed++;
        else missing++;
      }
      if (!ranges.length) continue;
      placedIds.add(spec.id);
      // Push, not spread-copy: copying the list for every statement is quadratic on pages with thousands.
      const list = byKind.get(spec.kind);
      if (list) for (const r of ranges) list.push(r);
      else byKind.set(spec.kind, [...ranges]);
      if (spec.kind === 'appeal') appealRanges.push({ label: spec.label, ranges });
      else {
        for (const range of ranges) labelled.push({ range, label: spec.label });
        navItems.push({ spec, ranges });
      }
    }
    // Page-level appeals (outside the article) are outlined where their text, or the element it was read
    // from, is found in the page.
    for (const a of pageAppeals) {
      const quote = pageAppealQuote(a.text!);
      const flatQuote = stripWhitespace(quote);
      const scopes = pageBlocks.filter((b) => stripWhitespace(b.block.text).includes(flatQuote)).map((b) => b.el);
      let ranges = anchorer.findQuote(quote, scopes);
      if (!ranges.length) {
        // The appeal was read with a button label or a field's placeholder (a sign-up form), which are not
        // page text: its exact words cannot be found, but the element it was read from is the appeal.
        const el = scopes.find((e) => e.isConnected && isIndexable(e, mounted?.ui.host));
        if (el) {
          const range = doc.createRange();
          range.selectNodeContents(el);
          ranges = [range];
        }
      }
      if (ranges.length) appealRanges.push({ label: appealLabel(a), ranges });
    }
    return { analysis, specs, byKind, labelled, navItems, placedIds, appealRanges, placed, missing };
  };

  /** Paints what {@link locate} found into a fresh mount (or only counts it when marks are hidden). */
  const show = (found: Located | null): MarksCount => {
    unmount();
    if (!found) return (counts = { placed: 0, missing: 0, visible });
    counts = { placed: found.placed, missing: found.missing, visible };
    // Nothing found to paint: no host, highlight, listener or summary is added to the page. The host is
    // made on demand if the reader steps through statements or jumps to a span (see `onDemand`).
    if (!found.byKind.size && !found.appealRanges.length) return counts;
    const m = visible ? mount() : null;
    if (!m) return counts;

    m.highlighter.paint(found.byKind);
    m.tooltip.setItems(found.labelled);
    nav.setItems(found.navItems, found.analysis.text);
    for (const { label, ranges } of found.appealRanges) {
      const box = doc.createElement('div');
      box.className = 'appeal';
      box.setAttribute('role', 'note');
      box.setAttribute('aria-label', label);
      const tag = doc.createElement('div');
      tag.className = 'appeal-label';
      tag.textContent = label;
      box.append(tag);
      m.ui.layer.append(box);
      m.appealBoxes.push({ el: box, ranges });
    }
    // Placed before the frame is painted, without forcing a layout in this task.
    if (m.appealBoxes.length || m.highlighter.mode === 'overlay') m.schedule();
    m.ui.live.textContent = marksSummary(found.specs, found.placedIds);
    return counts;
  };

  /**
   * The mount, made now for a reader's request (next statement, jump to a span) on a page where nothing
   * was painted; null when the marks are hidden or cleared.
   */
  const onDemand = (): Mounted | null => {
    if (mounted) return mounted;
    if (!visible || !analysis) return null;
    const m = mount();
    if (m) m.fresh = true;
    return m;
  };

  /** Anchors and paints the current analysis into a fresh mount, in one go. */
  const paint = (): MarksCount => show(locate());

  const flash = (ranges: Range[]) => {
    if (!mounted) return;
    const m = mounted;
    // Read every rect before writing (one layout, not one per box).
    const rects = ranges.flatMap((range) => Array.from(range.getClientRects())).filter((r) => r.width && r.height).map((r) => m.ui.toLayer(r));
    for (const rect of rects) {
      const el = doc.createElement('div');
      el.className = 'flash';
      setBox(el, rect, 2);
      m.ui.layer.append(el);
      const timer = doc.defaultView?.setTimeout(() => el.remove(), 1700);
      m.controller.signal.addEventListener('abort', () => doc.defaultView?.clearTimeout(timer), { once: true });
    }
  };

  /** Scrolls the first range to the middle of the viewport and flashes them all; false when there is nothing to show. */
  const reveal = (ranges: Range[]): boolean => {
    const first = ranges[0];
    if (!first) return false;
    const target = first.startContainer.nodeType === 1 ? (first.startContainer as Element) : first.startContainer.parentElement;
    if (!target) return false;
    const reduce = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    target.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    flash(ranges);
    return true;
  };

  const nav = createMarkNav(doc, {
    reveal: (ranges) => void reveal(ranges),
    announce(text) {
      const m = mounted;
      if (!m) return;
      const say = () => {
        const el = m.ui.announcer;
        // A live region is spoken when its text changes: the same sentence again (one statement, stepped
        // twice) gets a trailing no-break space so it is still heard. Text only, never markup.
        el.textContent = el.textContent === text ? `${text}\u00a0` : text;
      };
      if (!m.fresh) return say();
      // The live region was made in this task: say it once the region is in the page (the latest wins).
      const view = doc.defaultView;
      if (m.pending) view?.clearTimeout(m.pending);
      m.pending = view?.setTimeout(() => {
        m.pending = 0;
        m.fresh = false;
        say();
      }, FRESH_REGION_DELAY_MS) ?? 0;
    },
  });

  signal.addEventListener('abort', unmount, { once: true });

  return {
    render(next, nextBlocks, nextPageBlocks) {
      analysis = next;
      blocks = nextBlocks;
      pageBlocks = nextPageBlocks ?? [];
      return paint();
    },
    locate(next, nextBlocks, nextPageBlocks) {
      analysis = next;
      blocks = nextBlocks;
      pageBlocks = nextPageBlocks ?? [];
      return locate();
    },
    show(found) {
      // The analysis changed since `found` was located (a newer pass): paint the newer one instead.
      return found && found.analysis === analysis ? show(found) : paint();
    },
    setColours(next) {
      if (next === colours) return;
      colours = next;
      if (mounted) paint();
    },
    setVisible(next) {
      visible = next;
      if (visible) return paint();
      unmount();
      return (counts = { ...counts, visible });
    },
    scrollTo(start, end) {
      if (!analysis) return false;
      if (!anchorer) anchorer = anchorerFor(analysis);
      const ranges = anchorer.rangesFor(start, end);
      // The flash is drawn in our host, which a page with nothing marked does not have yet.
      if (ranges.length) onDemand();
      return reveal(ranges);
    },
    step(direction) {
      if (!onDemand()) return { ...NO_STEP };
      return nav.step(direction);
    },
    clear() {
      analysis = null;
      anchorer = null;
      pageBlocks = [];
      nav.reset();
      unmount();
      counts = { placed: 0, missing: 0, visible };
    },
    count: () => counts,
    isOwn(node) {
      const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return !!el?.closest(`[${OWN_ATTR}]`) || (!!mounted && mounted.ui.host.contains(node));
    },
    destroy: unmount,
  };
}
