/**
 * What the popup needs from the rest of the extension, bound to one tab. The popup entrypoint wires it
 * to `browser.runtime` (see `entrypoints/popup/client.ts`); component tests pass a fake, so the
 * components never touch a browser API.
 */
import type { TabState } from '../lib/protocol';

/** The popup's view of the background, for the tab the popup was opened on. */
export interface PopupClient {
  /** The tab's current analysis state. */
  getState(): Promise<TabState>;
  /** Starts an analysis the user asked for; resolves with the state right after the request. */
  analyse(): Promise<TabState>;
  /** Scrolls the page to an article span; resolves false when the page could not do it. */
  scrollTo(start: number, end: number): Promise<boolean>;
  /** Shows or removes the marks in the page; resolves false when the page could not do it. */
  setMarks(visible: boolean): Promise<boolean>;
  /**
   * Goes to the next (1) or previous (-1) statement mark in the page (scrolled to, selected, announced).
   * Resolves false when the page could not do it. Absent where the popup cannot reach a page.
   */
  stepMark?(direction: 1 | -1): Promise<boolean>;
  /** Opens the settings page (`runtime.openOptionsPage`); absent where there is none (tests). */
  openOptions?(): void;
}

/**
 * A failure the popup can explain to the user in the words carried by `message` (already a UI string).
 * Any other error thrown by a client is shown as a generic "no answer" message.
 */
export class ClientError extends Error {
  override name = 'ClientError';
}
