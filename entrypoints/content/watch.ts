/**
 * Watches the page for later changes (an appeal injected at the end of the article, a paywall modal,
 * an SPA re-render) and asks for a re-run — debounced, bounded, and deaf to our own UI.
 */

/** Options for {@link watchPage}. */
export interface WatchOptions {
  /** True for nodes we added ourselves; mutations that only touch these are ignored. */
  isOwn(node: Node): boolean;
  /** Called after the page has been quiet for `debounceMs`. */
  onChange(): void;
  /** Stops the observer and any pending timer. */
  signal: AbortSignal;
  /** Quiet time before a re-run (default 1,000 ms). */
  debounceMs?: number;
  /** Re-runs allowed before the watcher stops for good (default 6): a live ticker must not cost forever. */
  maxRuns?: number;
}

/** True when a mutation record is only about our own nodes. */
function isOwnRecord(r: MutationRecord, isOwn: (n: Node) => boolean): boolean {
  if (r.type !== 'childList') return isOwn(r.target);
  if (isOwn(r.target)) return true;
  for (const n of Array.from(r.addedNodes)) if (!isOwn(n)) return false;
  for (const n of Array.from(r.removedNodes)) if (!isOwn(n)) return false;
  return true;
}

/** Starts watching `doc`. Returns a function reporting how many re-runs are left. */
export function watchPage(doc: Document, opts: WatchOptions): () => number {
  const win = doc.defaultView;
  const root = doc.documentElement;
  let left = opts.maxRuns ?? 6;
  if (!win || !root || opts.signal.aborted) return () => 0;
  let timer: number | undefined;
  let pendingSince = 0;
  const debounce = opts.debounceMs ?? 1000;

  const observer = new win.MutationObserver((records) => {
    let relevant = false;
    for (const r of records) {
      // <head> churn (analytics scripts, our own highlight <style>) never changes the article.
      const el = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
      if (el && doc.head && doc.head.contains(el)) continue;
      if (!isOwnRecord(r, opts.isOwn)) {
        relevant = true;
        break;
      }
    }
    if (!relevant) return;
    const now = Date.now();
    if (timer !== undefined) {
      // A page that never stops changing (a clock, a live ticker) must still get its re-run: cap the wait.
      if (now - pendingSince > debounce * 4) return;
      win.clearTimeout(timer);
    } else {
      pendingSince = now;
    }
    timer = win.setTimeout(() => {
      timer = undefined;
      if (opts.signal.aborted || left <= 0) return;
      left--;
      if (left <= 0) observer.disconnect();
      opts.onChange();
    }, debounce);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  opts.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
    },
    { once: true },
  );
  return () => left;
}
