/**
 * The one element Sourcemark adds to a page's body: a zero-size host at the end of `<body>` whose
 * CLOSED shadow root holds all injected UI (tooltip, appeal outlines, fallback overlay boxes, flash
 * boxes, an aria-live summary and an assertive region answering the statement navigation).
 *
 * Only the host and the two live regions are made when marks are shown (a live region must be in the page
 * before the text it announces). The style sheet, the layer and the tooltip are made the first time
 * something is drawn in the layer (an appeal outline, a fallback box, a flash, the tooltip over a hovered
 * mark): most pages are read without any of them, and the sheet's parse and their elements were about
 * 0.4 ms of the page's thread on every article (measured cold in Chromium's isolated world).
 *
 * Why a closed shadow root: page CSS cannot restyle it and page scripts cannot read or alter it; the
 * host has no light-DOM children, so the page's own text (`body.innerText`) is unchanged by it.
 */

/** Attribute set on everything we add to the page, so observers can ignore our own changes. */
export const OWN_ATTR = 'data-sourcemark';

const SHADOW_CSS = `
:host { all: initial; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; }
.tip { position: absolute; max-width: min(420px, 90vw); padding: 6px 9px; border-radius: 6px;
  background: #111827; color: #fff; box-shadow: 0 4px 14px rgba(0,0,0,.25); white-space: normal;
  z-index: 3; }
.tip[hidden] { display: none; }
.appeal { position: absolute; box-sizing: border-box; border: 2px dashed #7c3aed; border-radius: 6px;
  background: rgba(124,58,237,.04); z-index: 1; }
.appeal-label { position: absolute; left: -2px; bottom: 100%; margin-bottom: 2px; padding: 2px 8px;
  border-radius: 4px; background: #7c3aed; color: #fff; font-weight: 600; white-space: nowrap;
  max-width: 100vw; overflow: hidden; text-overflow: ellipsis; }
.box { position: absolute; box-sizing: border-box; border-radius: 2px; z-index: 0; }
/* Colours come from the palette: custom properties set on .layer by the highlighter (overlayVars). */
.box.official { background: var(--sourcemark-official-bg); border-bottom: 2px solid var(--sourcemark-official-line); }
.box.person { background: var(--sourcemark-person-bg); border-bottom: 2px solid var(--sourcemark-person-line); }
.box.other { background: var(--sourcemark-other-bg); border-bottom: 2px dotted var(--sourcemark-other-line); }
.box.appeal { background: var(--sourcemark-appeal-bg); border: 0; }
.flash { position: absolute; box-sizing: border-box; border-radius: 3px; outline: 3px solid #f59e0b;
  background: rgba(245,158,11,.25); z-index: 2; animation: flash 1.6s ease-out forwards; }
@keyframes flash { 0%, 40% { opacity: 1; } 100% { opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .flash { animation: none; } }
@media (forced-colors: active) {
  .appeal, .box, .flash { forced-color-adjust: none; border-color: Highlight; outline-color: Highlight; }
  .appeal-label, .tip { background: Canvas; color: CanvasText; border: 1px solid CanvasText; }
}
`;

/**
 * Visually hidden but read by screen readers: the live regions carry it inline (set through the CSSOM,
 * which no page's Content-Security-Policy blocks), so that the summary needs no style sheet.
 */
const SCREEN_READER_ONLY =
  'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap;';

/** Handles to the injected UI. */
export interface UiHost {
  /** The host element (ignored by the text index and the mutation observer). */
  readonly host: HTMLElement;
  /** Absolutely positioned layer, origin at the host's top-left corner (made, with the styles, on first use). */
  readonly layer: HTMLElement;
  /** The tooltip element, hidden when not in use (made on first use). */
  readonly tip: HTMLElement;
  /** Polite live region for the summary. */
  readonly live: HTMLElement;
  /**
   * Assertive live region for answers to the reader's own commands (next / previous statement). Assertive
   * because each answer replaces the last: a reader stepping quickly wants the statement they are on now,
   * not a queue of the ones they skipped, which is what a polite region would read out.
   */
  readonly announcer: HTMLElement;
  /** Converts a viewport rect to coordinates inside {@link layer}. */
  toLayer(rect: DOMRectReadOnly): { top: number; left: number; width: number; height: number };
  /** Removes the host and everything in it. */
  remove(): void;
}

/** Creates the host at the end of `<body>`. Returns null when the document has no body. */
export function createUiHost(doc: Document): UiHost | null {
  const body = doc.body;
  if (!body) return null;
  const host = doc.createElement('div');
  host.setAttribute(OWN_ATTR, 'ui');
  // Inline !important so page rules such as `body > div { display: none }` cannot hide or move it.
  host.style.cssText =
    'all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; ' +
    'width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; ' +
    'pointer-events: none !important; display: block !important;';
  const root = host.attachShadow({ mode: 'closed' });
  const live = doc.createElement('div');
  live.style.cssText = SCREEN_READER_ONLY;
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  // No role: role=status would make it polite and role=alert makes some screen readers say "alert" first.
  const announcer = doc.createElement('div');
  announcer.style.cssText = SCREEN_READER_ONLY;
  announcer.setAttribute('aria-live', 'assertive');
  announcer.setAttribute('aria-atomic', 'true');
  root.append(live, announcer);
  body.append(host);

  let layer: HTMLElement | null = null;
  let tip: HTMLElement | null = null;
  const layerNow = (): HTMLElement => {
    if (!layer) {
      const style = doc.createElement('style');
      style.textContent = SHADOW_CSS;
      layer = doc.createElement('div');
      layer.className = 'layer';
      // Sheet, layer, live regions: the order they had when all were made up front.
      root.insertBefore(layer, live);
      root.insertBefore(style, layer);
    }
    return layer;
  };

  return {
    host,
    get layer() {
      return layerNow();
    },
    get tip() {
      if (!tip) {
        tip = doc.createElement('div');
        tip.className = 'tip';
        tip.setAttribute('role', 'tooltip');
        tip.id = 'sourcemark-tip';
        tip.hidden = true;
        layerNow().append(tip);
      }
      return tip;
    },
    live,
    announcer,
    toLayer(rect) {
      const origin = host.getBoundingClientRect();
      return { top: rect.top - origin.top, left: rect.left - origin.left, width: rect.width, height: rect.height };
    },
    remove() {
      host.remove();
    },
  };
}

/** Places `el` over `rect` (viewport coordinates) inside the host's layer. */
export function placeBox(ui: UiHost, el: HTMLElement, rect: DOMRectReadOnly, pad = 0): void {
  setBox(el, ui.toLayer(rect), pad);
}

/**
 * Sets `el`'s box to `r` (layer coordinates, from {@link UiHost.toLayer}). Writes only: callers placing
 * many boxes read every rect first and write after, so the page is laid out once, not once per box.
 */
export function setBox(el: HTMLElement, r: { top: number; left: number; width: number; height: number }, pad = 0): void {
  el.style.top = `${r.top - pad}px`;
  el.style.left = `${r.left - pad}px`;
  el.style.width = `${r.width + pad * 2}px`;
  el.style.height = `${r.height + pad * 2}px`;
}

/** Union of the bounding rects of `ranges`, or null when none is rendered. */
export function unionRect(ranges: readonly Range[]): DOMRect | null {
  let top = Infinity;
  let left = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const r of ranges) {
    const b = r.getBoundingClientRect();
    if (!b.width && !b.height) continue;
    top = Math.min(top, b.top);
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
    bottom = Math.max(bottom, b.bottom);
  }
  return top === Infinity ? null : new DOMRect(left, top, right - left, bottom - top);
}
