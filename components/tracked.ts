/**
 * A promise whose outcome can be read synchronously once it has settled.
 *
 * Why: the popup asks the background for the tab's state before it renders anything (in parallel with
 * its other start-up reads). When the answer is already in at render time, the first render shows it
 * directly — no "Loading…" frame, no second round trip started from an effect after that frame.
 */

/** How a promise settled. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise and, once it has settled, its {@link Outcome}. */
export interface Tracked<T> {
  readonly promise: Promise<T>;
  /** Set when `promise` settles; undefined while it is pending. */
  readonly outcome?: Outcome<T>;
}

/**
 * Tracks `promise`. The outcome is recorded by the first handlers attached, so it is already set when
 * any handler attached later (e.g. `Promise.all([tracked.promise])`) runs.
 */
export function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked: { promise: Promise<T>; outcome?: Outcome<T> } = { promise };
  promise.then(
    (value) => void (tracked.outcome = { ok: true, value }),
    (error: unknown) => void (tracked.outcome = { ok: false, error }),
  );
  return tracked;
}
