/**
 * The last analysis the background answered to each tab's content script, kept in memory until the
 * content script reports it marked (`content->background:done`, by reference): the content script then
 * sends back only what it added (timings, mark counts), not the whole analysis it was given.
 *
 * Memory only, one analysis per tab: a newer answer replaces the older one, a closed tab is forgotten, and
 * after a worker restart nothing is held, so a reference is not found and the content script falls back
 * to reporting the whole state.
 */
import type { Analysis } from '../../lib/core/types';

/** Answered analyses by tab. */
export class AnsweredAnalyses {
  private readonly byTab = new Map<number, { ref: string; analysis: Analysis }>();
  private count = 0;
  /**
   * Differs between worker lifetimes (time and chance), so a reference from before a restart never names an
   * answer of the new worker, whose count starts again.
   */
  private readonly epoch = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

  /** Keeps `analysis` as the latest answer to `tabId` and returns its reference. */
  keep(tabId: number, analysis: Analysis): string {
    const ref = `${this.epoch}-${(++this.count).toString(36)}`;
    this.byTab.set(tabId, { ref, analysis });
    return ref;
  }

  /** Takes (and forgets) the analysis answered to `tabId` under `ref`; undefined when it is not the one kept. */
  take(tabId: number, ref: string): Analysis | undefined {
    const kept = this.byTab.get(tabId);
    if (!kept || kept.ref !== ref) return undefined;
    this.byTab.delete(tabId);
    return kept.analysis;
  }

  /** Forgets a tab's answer (the tab was closed). */
  forget(tabId: number): void {
    this.byTab.delete(tabId);
  }
}
