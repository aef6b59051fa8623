/**
 * Per-tab analysis state, kept in memory and mirrored to `storage.session` so that an MV3 service
 * worker restart (Chrome stops idle workers after ~30 s) does not lose what the popup shows.
 * Session storage is memory-only and cleared when the browser closes: nothing reaches the disk.
 *
 * After a restart, a tab's stored state is read when that tab is first asked about, by its own key.
 * Reading every tab's state at once (`get(null)`) made the first answer of a woken worker — usually the
 * popup's — wait for all of them: in Chromium (2 busy cores), with 60 analysed tabs stored, a popup
 * request that woke the worker took ~600 ms instead of ~120 ms reading only the tab asked about.
 */
import type { TabState } from '../../lib/protocol';

/** The subset of `storage.session` used here (absent in older Firefox: then memory only). */
export interface SessionArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * The `storage.session` key holding a tab's state. The popup reads it too (entrypoints/popup/
 * cached-state.ts), to show a stored result without waiting for this worker to wake.
 */
export const tabStateKey = (tabId: number): string => `tab:${tabId}`;
const keyOf = tabStateKey;

/** Called after every change, e.g. to update the badge. `state` is undefined when the tab was forgotten. */
export type StateListener = (tabId: number, state: TabState | undefined) => void;

/** The background's source of truth for {@link TabState}s. */
export class TabStates {
  private readonly map = new Map<number, TabState>();
  /** Tabs whose state in `map` is authoritative: looked up in storage, or set or deleted since start. */
  private readonly known = new Set<number>();
  /** Storage look-ups under way, so simultaneous requests for one tab share one read. */
  private readonly reading = new Map<number, Promise<void>>();

  constructor(
    private readonly session: SessionArea | null,
    private readonly onChange: StateListener = () => {},
  ) {}

  /** The state of a tab (`idle` when nothing is known). */
  async get(tabId: number): Promise<TabState> {
    if (!this.known.has(tabId)) await this.restore(tabId);
    return this.map.get(tabId) ?? { status: 'idle' };
  }

  /** Records a tab's new state. */
  async set(tabId: number, state: TabState): Promise<void> {
    this.known.add(tabId);
    this.map.set(tabId, state);
    this.onChange(tabId, state);
    try {
      await this.session?.set({ [keyOf(tabId)]: state });
    } catch {
      // Quota or serialisation failure: the in-memory copy still serves this worker's lifetime.
    }
  }

  /** Forgets a tab (closed, or navigated away). */
  async delete(tabId: number): Promise<void> {
    this.known.add(tabId);
    const had = this.map.delete(tabId);
    if (had) this.onChange(tabId, undefined);
    try {
      await this.session?.remove(keyOf(tabId));
    } catch {
      // Nothing to clean up.
    }
  }

  /**
   * Loads one tab's state saved before a worker restart. A state set (or a tab deleted) while the read
   * was under way is newer than what the read returns, and wins.
   */
  private restore(tabId: number): Promise<void> {
    let reading = this.reading.get(tabId);
    if (!reading) {
      reading = (async () => {
        let value: unknown;
        try {
          value = (await this.session?.get(keyOf(tabId)))?.[keyOf(tabId)];
        } catch {
          // Session storage unavailable: nothing to restore.
        }
        if (!this.known.has(tabId)) {
          this.known.add(tabId);
          if (value && typeof value === 'object') this.map.set(tabId, value as TabState);
        }
      })().finally(() => this.reading.delete(tabId));
      this.reading.set(tabId, reading);
    }
    return reading;
  }
}
