/**
 * Tooltip for marks: highlights are not elements, so there is no element to hover or focus. Instead the
 * pointer position is turned into a caret position (`caretPositionFromPoint`, or WebKit's
 * `caretRangeFromPoint`) and tested against the marked ranges; keyboard and caret-browsing users get the
 * same tooltip when the selection moves into a mark (`selectionchange`).
 */
import type { UiHost } from './ui-host';

/** A marked range with its tooltip text. */
export interface LabelledRange {
  range: Range;
  label: string;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The DOM position under viewport point (x, y), or null. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

const contains = (rect: DOMRectReadOnly, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The labelled range under a DOM position whose rendered box also contains (x, y), if any. */
function hit(items: readonly LabelledRange[], node: Node, offset: number, x?: number, y?: number): { item: LabelledRange; rect: DOMRect } | null {
  for (const item of items) {
    let inside = false;
    try {
      inside = item.range.isPointInRange(node, offset);
    } catch {
      inside = false; // the node belongs to another document or was removed
    }
    if (!inside) continue;
    const rects = Array.from(item.range.getClientRects());
    // caretPositionFromPoint snaps to the nearest text even in margins: require the point on the text.
    const rect = x === undefined || y === undefined ? rects[0] : rects.find((r) => contains(r, x, y));
    if (rect) return { item, rect };
  }
  return null;
}

/**
 * Wires the tooltip. Listeners are bound to `signal`; call `setItems` whenever marks change.
 */
export function attachTooltip(doc: Document, ui: UiHost, signal: AbortSignal): { setItems(items: LabelledRange[]): void; hide(): void } {
  let items: LabelledRange[] = [];
  let frame = 0;
  let shownFor: LabelledRange | null = null;
  const win = doc.defaultView;

  // The tooltip element is made the first time it is shown (see ui-host.ts): nothing to hide before that.
  const hide = () => {
    if (!shownFor) return;
    shownFor = null;
    ui.tip.hidden = true;
  };

  const show = (item: LabelledRange, rect: DOMRect) => {
    if (shownFor !== item) {
      ui.tip.textContent = item.label;
      shownFor = item;
    }
    ui.tip.hidden = false;
    const r = ui.toLayer(rect);
    const tipHeight = ui.tip.offsetHeight;
    // Above the line when there is room in the viewport, else below it.
    const above = rect.top - tipHeight - 6 > 0;
    ui.tip.style.top = `${above ? r.top - tipHeight - 6 : r.top + r.height + 6}px`;
    const maxLeft = (win?.innerWidth ?? 1024) - ui.tip.offsetWidth - 8 - (rect.left - r.left);
    ui.tip.style.left = `${Math.max(4 - (rect.left - r.left), Math.min(r.left, maxLeft))}px`;
  };

  const onMove = (e: PointerEvent) => {
    if (!items.length || frame) return;
    const { clientX: x, clientY: y } = e;
    frame = win?.requestAnimationFrame(() => {
      frame = 0;
      if (signal.aborted) return;
      const pos = caretAt(doc, x, y);
      const found = pos ? hit(items, pos.node, pos.offset, x, y) : null;
      if (found) show(found.item, found.rect);
      else if (shownFor) hide();
    }) ?? 0;
  };

  const onSelection = () => {
    if (!items.length) return;
    const sel = doc.getSelection();
    if (!sel || !sel.focusNode) return;
    const found = hit(items, sel.focusNode, sel.focusOffset);
    if (found) show(found.item, found.rect);
    else if (shownFor) hide();
  };

  const opts = { passive: true, signal } as AddEventListenerOptions;
  doc.addEventListener('pointermove', onMove, opts);
  doc.addEventListener('selectionchange', onSelection, opts);
  doc.addEventListener('scroll', hide, { ...opts, capture: true });
  doc.addEventListener('keydown', (e) => { if (e.key === 'Escape' && shownFor) hide(); }, opts);
  signal.addEventListener('abort', () => { if (frame) win?.cancelAnimationFrame(frame); }, { once: true });

  return {
    setItems(next) {
      items = next;
      hide();
    },
    hide,
  };
}
