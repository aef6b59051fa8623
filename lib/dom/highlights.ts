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

/** Name of the CSS highlight for a mark kind (namespaced: the registry is shared with the page). */
export const highlightName = (kind: MarkKind): string => `sourcemark-${kind}`;

/**
 * The `::highlight` styles for a palette. Official and person marks are solid underlines, other sources
 * dotted, so the meaning never rests on colour alone; forced-colours mode uses the system's Mark colours.
 */
export function highlightCss(c: MarkColours): string {
  const mark = (kind: string, k: { bg: string; line: string }, style: 'solid' | 'dotted') =>
    `::highlight(sourcemark-${kind}) { background-color: ${k.bg}; text-decoration-line: underline; text-decoration-style: ${style}; text-decoration-color: ${k.line}; }`;
  return [
    mark('official', c.official, 'solid'),
    mark('person', c.person, 'solid'),
    mark('other', c.other, 'dotted'),
    `::highlight(sourcemark-appeal) { background-color: ${c.appeal.bg}; }`,
    '@media (forced-colors: active) {',
    '  ::highlight(sourcemark-official), ::highlight(sourcemark-person), ::highlight(sourcemark-other) { background-color: Mark; color: MarkText; }',
    '}',
  ].join('\n');
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
 * The `::highlight` styles must live in the document (shadow styles do not reach page text), so a
 * single `<style data-sourcemark>` is added to `<head>` and removed by {@link Highlighter.clear}.
 * Overlay boxes take `colours` from custom properties on the layer ({@link overlayVars}); a palette
 * change creates a new highlighter (the marks controller remounts), which sets them afresh.
 */
export function createHighlighter(doc: Document, ui: UiHost, colours: MarkColours = MARK_COLOURS.default): Highlighter {
  const api = highlightApi(doc);
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
      if (!style) {
        style = doc.createElement('style');
        style.setAttribute(OWN_ATTR, 'style');
        style.textContent = highlightCss(colours);
        (doc.head ?? doc.documentElement).append(style);
      }
      for (const kind of MARK_KINDS) {
        const ranges = byKind.get(kind) ?? [];
        if (ranges.length) api.registry.set(highlightName(kind), api.create(ranges));
        else api.registry.delete(highlightName(kind));
      }
    },
    relayout() {
      if (!api && painted.size) placeOverlay();
    },
    clear() {
      painted = new Map();
      removeBoxes();
      if (api) for (const kind of MARK_KINDS) api.registry.delete(highlightName(kind));
      style?.remove();
      style = null;
      if (!api) for (const [name] of overlayVars(colours)) ui.layer.style.removeProperty(name);
    },
  };
}
