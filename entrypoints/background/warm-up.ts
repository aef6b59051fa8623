/**
 * Warms the extension process for the popup's first render, once a result is ready to be shown.
 *
 * Why: the popup formats the article's date with `Intl.DateTimeFormat` (components/view-model.ts), and
 * the first date format in a process loads ICU's locale data: measured in Chromium on a busy 2-core
 * machine, ~50 ms inside the first popup's render, then ~0.5 ms. The locale data is shared by the whole
 * process, and the background (MV3 service worker or MV2 background page) runs in the same extension
 * process as the popup; done here, after an analysis and off the popup's path, the popup's first open
 * shows its result that much sooner. Nothing else is kept: only the data the browser itself caches.
 */

/** Formats one date in the browser's locale and style the popup uses, loading ICU's data for it. */
export const formatOneDate = (): void => void new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(0);

/**
 * A function that runs `work` once, in a later task (after the event that asked for it has been
 * handled), however often it is called. `work`'s failures are ignored: warming up is an optimisation.
 */
export function once(work: () => void, schedule: (run: () => void) => void = (run) => setTimeout(run, 0)): () => void {
  let asked = false;
  return () => {
    if (asked) return;
    asked = true;
    schedule(() => {
      try {
        work();
      } catch {
        // Nothing to warm.
      }
    });
  };
}
