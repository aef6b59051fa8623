/**
 * Sourcemark's content script. Not declared in the manifest (`registration: 'runtime'`): the background
 * injects it on demand (toolbar / shortcut, with the activeTab grant) or registers it for the sites the
 * user has granted. It only ever reads the page; marks live in a shadow-root host and CSS highlights.
 *
 * Injecting twice never double-runs: WXT's ContentScriptContext announces each new instance of this
 * script and the older instance invalidates itself synchronously, before the new `main` runs. Every
 * listener, observer, timer and mark of the older instance is bound to its `ctx.signal`, so the hand-over
 * leaves exactly one live instance (checked by the end-to-end test "inject twice").
 */
// Must stay the first import: it timestamps the start of module evaluation (start-up cost).
import './startup-mark';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startController } from './controller';

(globalThis as Record<string, unknown>).__sourcemarkEvalEnd = performance.now();

export default defineContentScript({
  registration: 'runtime',
  // The hand-over between instances uses WXT's custom event on our own document only. Without this, WXT
  // also announces each start with `window.postMessage`, which every message listener of the page (ad and
  // analytics scripts on news sites) receives and runs for: work on the page's thread that we caused, and
  // a message telling the page that Sourcemark runs in it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    try {
      startController(ctx);
    } catch {
      // Never throw into the page; the popup shows "no answer" and the user can retry.
    }
  },
});
