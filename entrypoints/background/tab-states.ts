/**
 * Per-tab analysis state, kept in memory and mirrored to `storage.session` so that an MV3 service
 * worker restart (Chrome stops idle workers after ~30 s) does not lose what the popup shows.
 * Session storage is memory-only and cleared when the browser closes: nothing reaches the disk.
 */
import type { TabState } from '../../lib/protocol';

/** The subset of `storage.session` used here (absent in older Firefox: then memory only). */
export interface SessionArea {
  get(keys: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tab:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** Called after every change, e.g. to update the badge. `state` is undefined when the tab was forgotten. */
export type StateListener = (tabId: number, state: TabState | undefined) => void;

/** The background's source of truth for {@link TabState}s. */
export class TabStates {
  private readonly map = new Map<number, TabState>();
  private loading: Promise<void> | null = null;

  constructor(
    private readonly session: SessionArea | null,
    private readonly onChange: StateListener = () => {},
  ) {}

  /** The state of a tab (`idle` when nothing is known). */
  async get(tabId: number): Promise<TabState> {
    await this.load();
    return this.map.get(tabId) ?? { status: 'idle' };
  }

  /** Records a tab's new state. */
  async set(tabId: number, state: TabState): Promise<void> {
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
    const had = this.map.delete(tabId);
    if (had) this.onChange(tabId, undefined);
    try {
      await this.session?.remove(keyOf(tabId));
    } catch {
      // Nothing to clean up.
    }
  }

  /** Loads states saved before a worker restart, once. States set since then take precedence. */
  private load(): Promise<void> {
    this.loading ??= (async () => {
      if (!this.session) return;
      try {
        const all = await this.session.get(null);
        for (const [key, value] of Object.entries(all)) {
          if (!key.startsWith(PREFIX)) continue;
          const tabId = Number(key.slice(PREFIX.length));
          if (Number.isInteger(tabId) && !this.map.has(tabId) && value && typeof value === 'object') {
            this.map.set(tabId, value as TabState);
          }
        }
      } catch {
        // Session storage unavailable: start empty.
      }
    })();
    return this.loading;
  }
}
