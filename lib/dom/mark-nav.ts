/**
 * Next / previous statement: keyboard and screen-reader access to the statement marks, which are paint
 * only (no element to tab to). A step goes to the neighbouring placed statement in document order,
 * wrapping round at the ends, and hands it to the marks controller to reveal (scroll + flash) and
 * announce; it also puts the document selection on it (see {@link selectStatement}).
 *
 * The position is kept as a statement id, not an index, so a repaint (page re-render, settings change)
 * does not send the reader back to the first statement.
 */
import { NO_STATEMENTS_ANNOUNCEMENT, stepAnnouncement, type MarkSpec } from './mark-labels';

/** A placed statement mark: what it is and where it is in the page. */
export interface NavItem {
  spec: MarkSpec;
  /** Its live ranges, in order (more than one when the quote is interrupted or crosses elements). */
  ranges: Range[];
}

/** The outcome of a step. `index` is 0-based in document order, -1 when nothing was stepped to. */
export interface StepResult {
  ok: boolean;
  index: number;
  total: number;
  /** True when the step went past an end and came round to the other one. */
  wrapped: boolean;
}

/** What the navigator asks of the marks controller. */
export interface NavHost {
  /** Scrolls the ranges into view and flashes them. */
  reveal(ranges: Range[]): void;
  /** Says `text` through the assertive live region. */
  announce(text: string): void;
}

/** The navigator of one page's marks. */
export interface MarkNav {
  /** Replaces the statements to step through (after each paint; empty when the marks are removed). */
  setItems(items: NavItem[], articleText: string): void;
  /** Goes to the next (1) or previous (-1) statement; `ok: false` when there is none. */
  step(direction: 1 | -1): StepResult;
  /** Forgets the position (a new page or no article any more). */
  reset(): void;
}

/** `Range.START_TO_START`, spelled out: the constant is not on every DOM implementation's Range. */
const START_TO_START = 0;

/** The answer to a step that went nowhere (no marks, hidden, cleared); copy it, never change it. */
export const NO_STEP: Readonly<StepResult> = Object.freeze({ ok: false, index: -1, total: 0, wrapped: false });

/**
 * Puts the document selection on a statement, as ONE range from its first to its last range (Chrome
 * keeps a single selection range; for an interrupted quote this includes the attribution between the
 * fragments, which reads naturally). Why select at all: screen readers' browse-mode cursor, screen
 * magnifiers and caret browsing follow the selection, so the reader carries on reading from the
 * statement with their usual keys, and Shift+arrows and copy act on it. A selection changes neither the
 * page's DOM nor its text. Skipped while a form field or editable area has focus: its caret and what the
 * reader is typing matter more than our jump. Returns whether the selection was placed.
 */
export function selectStatement(doc: Document, ranges: readonly Range[]): boolean {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  const sel = doc.getSelection();
  if (!first || !last || !sel) return false;
  const active = doc.activeElement as HTMLElement | null;
  if (active && (active.isContentEditable || /^(input|textarea|select)$/i.test(active.localName))) return false;
  const range = doc.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(last.endContainer, last.endOffset);
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/** Creates the navigator for `doc`; `host` reveals and announces. */
export function createMarkNav(doc: Document, host: NavHost): MarkNav {
  let items: NavItem[] = [];
  let text = '';
  let sorted = true;
  let currentId: string | null = null;

  // Sorted on the first step after a paint, not in the paint: most pages are never navigated, and the
  // anchored order already follows the article's, so this is a safeguard, not a cost worth paying always.
  const inOrder = () => {
    if (!sorted) {
      items.sort((a, b) => a.ranges[0].compareBoundaryPoints(START_TO_START, b.ranges[0]));
      sorted = true;
    }
    return items;
  };

  return {
    setItems(next, articleText) {
      items = next.filter((i) => i.ranges.length > 0);
      text = articleText;
      sorted = items.length < 2;
    },
    step(direction) {
      const list = inOrder();
      if (!list.length) {
        host.announce(NO_STATEMENTS_ANNOUNCEMENT);
        return { ...NO_STEP };
      }
      const at = currentId === null ? -1 : list.findIndex((i) => i.spec.id === currentId);
      let index = at < 0 ? (direction === 1 ? 0 : list.length - 1) : at + direction;
      const wrapped = index < 0 || index >= list.length;
      if (wrapped) index = direction === 1 ? 0 : list.length - 1;
      const item = list[index];
      currentId = item.spec.id;
      host.reveal(item.ranges);
      selectStatement(doc, item.ranges);
      host.announce(stepAnnouncement(item.spec, text, index, list.length, wrapped));
      return { ok: true, index, total: list.length, wrapped };
    },
    reset() {
      currentId = null;
    },
  };
}
