/**
 * Yielding the page's main thread between steps of our work, so that input, rendering and the page's own
 * scripts run in between: the content script's pipeline is a chain of short tasks, never one long one.
 */

/** Resolves on a later task. */
export type YieldToPage = () => Promise<void>;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * The best available way to give the thread back: `scheduler.yield()` (Chromium 129+, Firefox 142+) keeps
 * our continuation ahead of other queued tasks, so yielding costs almost no latency; else a message-channel
 * round trip, which, unlike `setTimeout(0)`, is neither clamped to 4 ms after nesting nor throttled to once
 * a second in background tabs.
 */
export function createYield(global: typeof globalThis = globalThis): YieldToPage {
  const scheduler = (global as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') {
    const y = scheduler.yield;
    return () => y.call(scheduler);
  }
  if (typeof global.MessageChannel === 'function') {
    const channel = new global.MessageChannel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** Times the synchronous work of one task, for the benchmark's "longest task" and per-step figures. */
export class TaskClock {
  /** Duration (ms) of each timed step, by name (summed when a name repeats). */
  readonly steps: Record<string, number> = {};
  /** The longest single step (ms). */
  longest = 0;

  /** Runs `fn` now, adding its duration to `name`. */
  time<T>(name: string, fn: () => T): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const ms = performance.now() - t0;
      this.steps[name] = (this.steps[name] ?? 0) + ms;
      if (ms > this.longest) this.longest = ms;
    }
  }
}
