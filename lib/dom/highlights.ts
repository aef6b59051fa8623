/**
 * Paints ranges without touching the page's DOM text or layout.
 *
 * Preferred: the CSS Custom Highlight API (`CSS.highlights`, `Highlight`, `::highlight()`), one
 * highlight per mark kind — no element is inserted into the article, so text, selection, copy and
 * layout are exactly the page's. Fallback where the API is missing: absolutely positioned boxes inside
 * our shadow root, placed over the ranges' client rects (and re-placed on resize by the caller).
 */
import { MARK_COLOURS, markColourProperties, type MarkColours } from './mark-colours';
import { MARK_KINDS, type MarkKind } from './mark-labels';
import { OWN_ATTR, setBox, type UiHost } from './ui-host';

/** A palette's name (a key of MARK_COLOURS). */
export type PaletteName = keyof typeof MARK_COLOURS;

/** The name of the palette whose colours `c` are (the default for colours of no palette). */
export function paletteOf(c: MarkColours): PaletteName {
  return (Object.keys(MARK_COLOURS) as PaletteName[]).find((p) => MARK_COLOURS[p] === c) ?? 'default';
}

/**
 * Name of the CSS highlight for a mark kind in a palette (namespaced: the registry is shared with the
 * page). Each palette has its own names, so one stylesheet holds every palette and switching palettes
 * only re-registers the highlights: the page's styles never change after the sheet is in.
 */
export const highlightName = (kind: MarkKind, palette: PaletteName = 'default'): string =>
  palette === 'default' ? `sourcemark-${kind}` : `sourcemark-${palette}-${kind}`;

/**
 * The `::highlight` styles for a palette. Official and person marks are solid underlines, other sources
 * dotted, so the meaning never rests on colour alone; forced-colours mode uses the system's Mark colours.
 */
export function highlightCss(c: MarkColours, palette: PaletteName = paletteOf(c)): string {
  const name = (kind: MarkKind) => `::highlight(${highlightName(kind, palette)})`;
  const mark = (kind: MarkKind, k: { bg: string; line: string }, style: 'solid' | 'dotted') =>
    `${name(kind)} { background-color: ${k.bg}; text-decoration-line: underline; text-decoration-style: ${style}; text-decoration-color: ${k.line}; }`;
  return [
    mark('official', c.official, 'solid'),
    mark('person', c.person, 'solid'),
    mark('other', c.other, 'dotted'),
    `${name('appeal')} { background-color: ${c.appeal.bg}; }`,
    '@media (forced-colors: active) {',
    `  ${name('official')}, ${name('person')}, ${name('other')} { background-color: Mark; color: MarkText; }`,
    '}',
  ].join('\n');
}

/**
 * The `::highlight` styles of every palette: the stylesheet registered for the sites with automatic
 * analysis (built into {@link HIGHLIGHTS_CSS_FILE}). An on-demand analysis adds only its palette's
 * {@link highlightCss} to the page.
 */
export function allHighlightsCss(): string {
  return (Object.keys(MARK_COLOURS) as PaletteName[]).map((p) => highlightCss(MARK_COLOURS[p], p)).join('\n');
}

/**
 * Path of the built stylesheet of {@link allHighlightsCss}. The background registers it for the granted
 * sites at `document_start`, so it is part of the page's first style computation. Why: adding a sheet with
 * `::highlight()` rules to a page that is already styled makes the browser recompute the style of every
 * element (the rules match any element): 10-16 ms median on news pages in Chromium, more than our own
 * work on them.
 */
export const HIGHLIGHTS_CSS_FILE = '/content-scripts/highlights.css';

/** Options for {@link createHighlighter}. */
export interface HighlighterOptions {
  /**
   * The page already holds {@link allHighlightsCss} (registered with the content script for sites with
   * automatic analysis): no `<style>` is added.
   */
  sheetInPage?: boolean;
}

/** Name of the CSS custom property holding a palette colour for the overlay boxes (see `ui-host.ts`). */
export const overlayVar = (kind: MarkKind, part: 'bg' | 'line'): string => `--sourcemark-${kind}-${part}`;

/**
 * The overlay fallback's colours for a palette, as custom properties to set on the shadow layer. The
 * `.box.*` rules in the shadow CSS read them, so both painting techniques take their colours from the
 * one palette table and the shadow CSS keeps only the shapes (solid or dotted underline).
 */
export function overlayVars(c: MarkColours): [name: string, value: string][] {
  return markColourProperties(c, '--sourcemark');
}

/** Minimal typing of the Highlight API (not in every lib.dom version TypeScript ships). */
interface HighlightRegistryLike {
  set(name: string, h: unknown): unknown;
  delete(name: string): boolean;
}
interface HighlightApi {
  registry: HighlightRegistryLike;
  create(ranges: Range[]): unknown;
}

/** The page's Highlight API, or null when the browser lacks it. */
function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as (Window & { Highlight?: new (...r: Range[]) => unknown; CSS?: { highlights?: HighlightRegistryLike } }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  if (!registry || typeof Ctor !== 'function') return null;
  return { registry, create: (ranges) => new Ctor(...ranges) };
}

/** A painter for one document: paint ranges per kind, re-place fallback boxes, clear everything. */
export interface Highlighter {
  /** Which technique is in use. */
  readonly mode: 'highlight-api' | 'overlay';
  /** Replaces all painted ranges (overlay boxes are placed by the next {@link relayout}). */
  paint(byKind: ReadonlyMap<MarkKind, Range[]>): void;
  /** Places overlay boxes after painting and re-places them after layout changes (no-op with the Highlight API). */
  relayout(): void;
  /** Removes every highlight, style and box. */
  clear(): void;
}

/**
 * Creates a highlighter for `doc`; overlay boxes go into `ui`'s layer.
 * The `::highlight` styles must live in the document (shadow styles do not reach page text): unless the
 * page already holds them ({@link HighlighterOptions.sheetInPage}), a single `<style data-sourcemark>` is
 * added to `<head>` and removed by {@link Highlighter.clear}.
 * Overlay boxes take `colours` from custom properties on the layer ({@link overlayVars}); a palette
 * change creates a new highlighter (the marks controller remounts), which sets them afresh.
 */
export function createHighlighter(doc: Document, ui: UiHost, colours: MarkColours = MARK_COLOURS.default, opts: HighlighterOptions = {}): Highlighter {
  const api = highlightApi(doc);
  const palette = paletteOf(colours);
  let style: HTMLStyleElement | null = null;
  let painted: ReadonlyMap<MarkKind, Range[]> = new Map();
  const boxes: HTMLElement[] = [];
  if (!api) for (const [name, value] of overlayVars(colours)) ui.layer.style.setProperty(name, value);

  const removeBoxes = () => {
    for (const b of boxes) b.remove();
    boxes.length = 0;
  };

  // All geometry is read before anything is written, so the page is laid out once, not once per box.
  const placeOverlay = () => {
    const pending: { kind: MarkKind; rect: DOMRect }[] = [];
    for (const [kind, ranges] of painted) {
      for (const range of ranges) {
        for (const rect of Array.from(range.getClientRects())) if (rect.width && rect.height) pending.push({ kind, rect });
      }
    }
    const placed = pending.map((p) => ui.toLayer(p.rect));
    removeBoxes();
    const frag = doc.createDocumentFragment();
    pending.forEach((p, i) => {
      const box = doc.createElement('div');
      box.className = `box ${p.kind}`;
      setBox(box, placed[i]);
      boxes.push(box);
      frag.append(box);
    });
    ui.layer.append(frag);
  };

  return {
    mode: api ? 'highlight-api' : 'overlay',
    paint(byKind) {
      painted = byKind;
      if (!api) {
        // Overlay boxes need layout: they are placed by `relayout`, which the caller runs in the next
        // animation frame, instead of forcing a synchronous layout of the page here.
        removeBoxes();
        return;
      }
      if (!style && !opts.sheetInPage) {
        style = doc.createElement('style');
        style.setAttribute(OWN_ATTR, 'style');
        style.textContent = highlightCss(colours);
        (doc.head ?? doc.documentElement).append(style);
      }
      for (const kind of MARK_KINDS) {
        const ranges = byKind.get(kind) ?? [];
        if (ranges.length) api.registry.set(highlightName(kind, palette), api.create(ranges));
        else api.registry.delete(highlightName(kind, palette));
      }
    },
    relayout() {
      if (!api && painted.size) placeOverlay();
    },
    clear() {
      painted = new Map();
      removeBoxes();
      if (api) for (const kind of MARK_KINDS) api.registry.delete(highlightName(kind, palette));
      style?.remove();
      style = null;
      if (!api) for (const [name] of overlayVars(colours)) ui.layer.style.removeProperty(name);
    },
  };
}
