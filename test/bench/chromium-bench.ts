/**
 * Chromium side of the benchmark: the built extension (e2e variant, which holds the host permission for
 * 127.0.0.1 so the content script runs as on a site the user granted) on pages served from 127.0.0.1.
 *
 * Per page and run it reads the stage timings from the background's tab state — in the page: extraction,
 * page signals, marking, script start-up; in the background: the analysis stages and the round trip — and,
 * in the same page, times Readability alone (clone + parse, as any reader view must do on a live page).
 * The figures that matter: the page's main-thread work beyond Readability (page signals + marking) as a
 * ratio of Readability alone, and the analysis (background, off the page's thread) as the same ratio.
 *
 * Every run opens the page in a new tab, whose renderer starts cold: each function of the content script
 * is compiled on first use and each DOM interface is set up in its world on first touch, on every page.
 * A reader going from article to article in one tab usually keeps the renderer, and V8 keeps what it
 * compiled there. The "warm" figures measure that case: the same page loaded a second time in one tab
 * (Readability alone run on the first load too, so both sides are warm), one measurement per page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fmt, summary } from './stats';

/** The extension API as seen from extension pages and the service worker (evaluated there, not in Node). */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

type Timings = Record<string, number>;

/** One page's medians over the runs. */
export interface ChromiumPageResult {
  page: string;
  outcome: 'done' | 'not-article' | 'error' | 'timeout';
  readabilityMs?: number;
  extractMs?: number;
  /** Readability's own work (clone + parse) inside the content script, for comparison with the above. */
  ourReadabilityMs?: number;
  /** Main-thread work in the page beyond Readability: check, block walk, page signals, marking. */
  extraMs?: number;
  ratio?: number;
  /**
   * The same ratio paired by run: the median over runs of each run's own ratio (our work and Readability
   * alone measured in the same page load, a fraction of a second apart). A slow spell of this shared machine
   * then slows both sides of a ratio, instead of one side's median only.
   */
  ratioPaired?: number;
  /** Page-thread glue beside the steps (messaging, the watcher's set-up), and the ratio with it added. */
  glueMs?: number;
  ratioWithGlue?: number;
  /** Analysis in the background (off the page's main thread) and its ratio to Readability alone. */
  analysisMs?: number;
  analysisRatio?: number;
  /** Content script's wait for the background's answer (analysis + messaging). */
  roundTripMs?: number;
  blockingMs?: number;
  checkMs?: number;
  startupMs?: number;
  /** JS heap (KB, after GC) of the page with the extension minus the same page without it. */
  heapAddedKB?: number;
  /**
   * Style recalculation and layout (ms) over the page's whole load, with the extension minus without it
   * (the renderer's counters): what our marks cause in the frames after they are shown, which no step of
   * ours times. (The renderer's script counter is not used: it does not see most of a content script's work.)
   */
  addedStyleLayoutMs?: number;
  stages?: Timings;
  /** The same page loaded again in a tab that already ran it (see the module comment): one measurement. */
  warm?: { readabilityMs: number; extraMs: number; ratio: number };
}

/**
 * The budget's figure: the content script's steps of analysis and marking on the page's thread, except
 * Readability's own work (clone + parse): the check, the block walk, page signals, locating and showing
 * marks. Not in it, reported beside it: the script's start-up ({@link ChromiumPageResult.startupMs}) and
 * the glue ({@link GLUE_STEPS}); the last report to the background, which carries these timings, is not timed.
 */
const EXTRA_STEPS = ['check', 'blocks', 'pageSignals', 'locate', 'show'];
/** Page-thread glue around the steps: messages to the background (state, the text sent), the watcher's set-up. */
const GLUE_STEPS = ['messaging', 'watch'];
/** The sum of the timings of `steps` (absent ones count 0). */
const sumOf = (steps: readonly string[]) => (t: Timings) => steps.reduce((n, k) => n + (t[k] ?? 0), 0);
const extraOf = sumOf(EXTRA_STEPS);
const glueOf = sumOf(GLUE_STEPS);
/** The analysis' stages in the background (off the page's thread). */
const analysisOf = sumOf(['prepare', 'appeals', 'attribution', 'actors', 'numbers']);

/** A CDP session on a page with the Performance domain on (its counters run from here). */
async function perfSession(ctx: { newCDPSession(page: unknown): Promise<{ send(m: string, p?: object): Promise<unknown> }> }, page: unknown) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async (): Promise<number> => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const m = new Map(metrics.map((x) => [x.name, x.value * 1000]));
    return (m.get('RecalcStyleDuration') ?? 0) + (m.get('LayoutDuration') ?? 0);
  };
}

/** The page's JS heap in use after a full garbage collection (bytes); content scripts share its isolate. */
async function heapUsed(ctx: { newCDPSession(page: unknown): Promise<{ send(m: string, p?: object): Promise<unknown>; detach(): Promise<void> }> }, page: unknown): Promise<number> {
  const cdp = await ctx.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves each page's directory under /p/<name>/ from 127.0.0.1. */
async function serve(pages: { name: string; path: string }[]) {
  const dirs = new Map(pages.map((p) => [p.name, dirname(p.path)]));
  const files = new Map(pages.map((p) => [p.name, p.path]));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const m = /^\/p\/([^/]+)\/(.*)$/.exec(url.pathname);
    const dir = m ? dirs.get(decodeURIComponent(m[1])) : undefined;
    if (m && dir) {
      const rel = normalize(decodeURIComponent(m[2]) || '');
      const file = rel === 'index.html' ? files.get(decodeURIComponent(m[1])) : rel.startsWith('..') ? undefined : join(dir, rel);
      try {
        if (!file) throw new Error('no file');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
        res.end(body);
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

function ensureBuild(root: string): string {
  const ext = join(root, '.output', 'e2e', 'chrome-mv3');
  if (!existsSync(join(ext, 'manifest.json'))) {
    const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, SOURCEMARK_E2E: '1' }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`e2e build failed:\n${r.stderr}`);
  }
  return ext;
}

const median = (xs: number[]) => summary(xs).median;

/** Wait after a result (and after the bare page's load) before reading counters: the frames that follow. */
const SETTLE_MS = 500;

/** Runs the Chromium benchmark; prints a report unless `quiet`; returns the figures. */
export async function benchChromium(pages: { name: string; path: string }[], runs: number, print: boolean) {
  const root = process.cwd();
  const ext = ensureBuild(root);
  const readabilitySrc = readFileSync(join(root, 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');
  // Readability alone on the page, now, in the page's own world: clone + parse.
  const readabilityAlone =
    `(() => { ${readabilitySrc}\n;const t0 = performance.now();` +
    `new Readability(document.cloneNode(true)).parse(); return performance.now() - t0; })()`;
  const server = await serve(pages);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--headless=new', '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      // Saved pages reference scripts and images on their original hosts, which are unreachable here:
      // every other host fails at once in the resolver instead of each request waiting on the network.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
    ],
  });
  const results: ChromiumPageResult[] = [];
  let popupMs: number[] = [];
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    // The background registers the content script at start-up, asynchronously: wait for it.
    for (let i = 0; i < 200; i++) {
      if (await sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const id = new URL(sw.url()).host;
    const helper = await ctx.newPage();
    await helper.goto(`chrome-extension://${id}/popup.html?tab=-1`);
    type TabResult = { status: string; updatedAt?: number; analysis?: { timings?: Timings }; timings?: Timings };
    /**
     * Starts waiting, in the helper page, for the result (done, not an article, error) of the next load of
     * `url` reported at or after `since`; call it before the navigation. It listens to the tab states the
     * background mirrors to `storage.session` instead of polling the background: a poll every few
     * milliseconds was work on this machine's two cores while the content script ran, which Readability
     * alone, timed afterwards on a quiet page, did not share. Resolves with the tab and its state, or null
     * after 20 s.
     */
    const resultOf = (url: string, since: number) => {
      // A string, not a function: the TypeScript runner adds a helper to named functions that the page lacks.
      const waiting = helper.evaluate(`new Promise((resolve) => {
        const area = chrome.storage.session;
        const finish = (v) => { area.onChanged.removeListener(listener); clearTimeout(timer); resolve(v); };
        const listener = (changes) => {
          for (const [key, change] of Object.entries(changes)) {
            const state = change.newValue;
            if (!key.startsWith('tab:') || !state || state.url !== ${JSON.stringify(url)}) continue;
            if (!['done', 'not-article', 'error'].includes(state.status)) continue;
            if (state.status === 'done' && (state.updatedAt ?? 0) < ${since}) continue;
            finish({ tabId: Number(key.slice(4)), state });
          }
        };
        const timer = setTimeout(() => finish(null), 20000);
        area.onChanged.addListener(listener);
      })`) as Promise<{ tabId: number; state: TabResult } | null>;
      // A navigation that throws leaves the wait un-awaited: its rejection (the helper closing at the end of
      // the run) must not end the process as unhandled. Awaiting it still throws.
      waiting.catch(() => {});
      return waiting;
    };

    for (const p of pages) {
      const per: Record<'rd' | 'ours' | 'ex' | 'extra' | 'glue' | 'an' | 'rt' | 'block' | 'check' | 'start' | 'heap', number[]> & { stages: Timings[] } = {
        rd: [], ours: [], ex: [], extra: [], glue: [], an: [], rt: [], block: [], check: [], start: [], heap: [], stages: [],
      };
      let added: number | undefined;
      let outcome: ChromiumPageResult['outcome'] = 'timeout';
      const url = `${server.origin}/p/${encodeURIComponent(p.name)}/index.html`;
      for (let r = 0; r < runs; r++) {
        const page = await ctx.newPage();
        try {
          // First run: the renderer's style and layout counters over the whole load, compared below with the
          // same page without the extension.
          const counters = r === 0 ? await perfSession(ctx, page) : null;
          const result = resultOf(url, Date.now());
          await page.goto(url, { waitUntil: 'load', timeout: 30000 });
          const got = await result;
          if (!got) continue;
          const { tabId, state } = got;
          outcome = (state?.status as ChromiumPageResult['outcome']) ?? 'timeout';
          if (r === 0 && state && state.status !== 'analysing') {
            // Frames after the marks are shown (their style and layout) belong to what the extension costs.
            await new Promise((res) => setTimeout(res, SETTLE_MS));
            const withCounters = counters ? await counters() : null;
            // JS heap the extension adds to this page: the same page with the extension (here) and without
            // (from localhost, an origin the test build holds no permission for), both after a full GC.
            const withExt = await heapUsed(ctx, page);
            const bare = await ctx.newPage();
            try {
              const bareCounters = await perfSession(ctx, bare);
              await bare.goto(url.replace('127.0.0.1', 'localhost'), { waitUntil: 'load', timeout: 30000 });
              await new Promise((res) => setTimeout(res, SETTLE_MS));
              if (withCounters !== null) added = withCounters - (await bareCounters());
              per.heap.push(withExt - (await heapUsed(ctx, bare)));
            } finally {
              await bare.close();
            }
          }
          if (state?.status === 'not-article' && state.timings?.check !== undefined) per.check.push(state.timings.check);
          const t = state?.analysis?.timings;
          if (state?.status === 'done' && t) {
            // Readability alone on this page, now, in the page's own world: clone + parse.
            const rd = (await page.evaluate(readabilityAlone)) as number;
            per.rd.push(rd);
            per.ex.push(t.extract ?? 0);
            per.ours.push((t.clone ?? 0) + (t.readability ?? 0));
            // The content script's steps on the page's thread except Readability's own work (clone +
            // parse): the check, the block walk, page signals, locating and showing marks (EXTRA_STEPS).
            per.extra.push(extraOf(t));
            per.glue.push(glueOf(t));
            per.an.push(analysisOf(t));
            per.rt.push(t.roundTrip ?? 0);
            // Each step runs in its own task; the content script reports the longest.
            per.block.push(t.longestTask ?? 0);
            if (t.startup !== undefined) per.start.push(t.startup);
            per.stages.push(t);
            if (p.name === 'sample' && r === 0) {
              // The popup's time to first render with a cached result: the median over several opens.
              // Timed inside the popup, from its navigation start to the animation frame that first shows
              // the result (innerText includes '87'): a script installed before the document exists
              // watches for it and reports by console message, so no Playwright call runs in the popup
              // while it loads. (Waiting for `load`, then injecting a poller, timed Playwright's own
              // latency too: 100-250 ms of the old figure.) Each open's tab is first put on an extension
              // page, so the clock runs while the popup document loads in the extension's process, as the
              // toolbar popup's does — not while Playwright creates a tab and swaps its renderer.
              const opens = 5;
              const tag = 'sourcemark-bench-popup-result ';
              const watch = `(() => {
                let done = false;
                const seen = () => {
                  if (done || !document.body || !document.body.textContent.includes('87')) return;
                  requestAnimationFrame(() => {
                    if (done || !document.body.innerText.includes('87')) return;
                    done = true;
                    observer.disconnect();
                    console.debug(${JSON.stringify(tag)} + performance.now());
                  });
                };
                const observer = new MutationObserver(seen);
                observer.observe(document, { subtree: true, childList: true, characterData: true });
              })();`;
              for (let i = 0; i < opens; i++) {
                const popup = await ctx.newPage();
                try {
                  await popup.goto(`chrome-extension://${id}/manifest.json`);
                  await new Promise((res) => setTimeout(res, 100));
                  await popup.addInitScript(watch);
                  const reported = popup.waitForEvent('console', { predicate: (m) => m.text().startsWith(tag), timeout: 10000 });
                  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`, { waitUntil: 'commit' });
                  popupMs = [...popupMs, Number((await reported).text().slice(tag.length))];
                } finally {
                  await popup.close();
                }
              }
            }
          }
        } catch {
          outcome = 'error';
        } finally {
          await page.close();
        }
      }
      // Warm: the page loaded twice in one tab (see the module comment); only the second load is measured.
      let warm: ChromiumPageResult['warm'];
      if (outcome === 'done') {
        const page = await ctx.newPage();
        try {
          for (let load = 0; load < 2; load++) {
            const result = resultOf(url, Date.now());
            await page.goto(url, { waitUntil: 'load', timeout: 30000 });
            const state = (await result)?.state;
            const t = state?.status === 'done' ? state.analysis?.timings : undefined;
            if (!t) break;
            const rd = (await page.evaluate(readabilityAlone)) as number;
            if (load === 1) {
              const extraMs = extraOf(t);
              warm = { readabilityMs: rd, extraMs, ratio: extraMs / rd };
            }
          }
        } catch {
          // No warm figure for this page.
        } finally {
          await page.close();
        }
      }
      const res: ChromiumPageResult = { page: p.name, outcome, ...(warm ? { warm } : {}) };
      if (per.rd.length) {
        res.readabilityMs = median(per.rd);
        res.extractMs = median(per.ex);
        res.ourReadabilityMs = median(per.ours);
        res.extraMs = median(per.extra);
        res.ratio = res.extraMs / res.readabilityMs;
        res.ratioPaired = median(per.extra.map((e, i) => e / per.rd[i]));
        res.glueMs = median(per.glue);
        res.ratioWithGlue = (res.extraMs + res.glueMs) / res.readabilityMs;
        res.analysisMs = median(per.an);
        res.analysisRatio = res.analysisMs / res.readabilityMs;
        res.roundTripMs = median(per.rt);
        res.blockingMs = median(per.block);
        const stages: Timings = {};
        for (const k of Object.keys(per.stages[0])) stages[k] = median(per.stages.map((s) => s[k] ?? 0));
        res.stages = stages;
      }
      if (per.check.length) res.checkMs = median(per.check);
      if (per.heap.length) res.heapAddedKB = median(per.heap) / 1024;
      if (added !== undefined) res.addedStyleLayoutMs = added;
      if (per.start.length) res.startupMs = median(per.start);
      results.push(res);
      if (print) {
        const extra = res.ratio !== undefined ? `${res.ratio.toFixed(2)}x` : res.checkMs !== undefined ? `check ${res.checkMs.toFixed(1)} ms` : '';
        process.stdout.write(`  ${p.name.padEnd(44)} ${outcome.padEnd(12)} ${extra}\n`);
      }
    }
  } finally {
    await ctx.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  const done = results.filter((r) => r.ratio !== undefined);
  const figures = {
    pages: results,
    outcomes: Object.fromEntries(['done', 'not-article', 'error', 'timeout'].map((o) => [o, results.filter((r) => r.outcome === o).length])),
    readabilityMs: summary(done.map((r) => r.readabilityMs as number)),
    extractMs: summary(done.map((r) => r.extractMs as number)),
    ourReadabilityMs: summary(done.map((r) => r.ourReadabilityMs as number)),
    extraMs: summary(done.map((r) => r.extraMs as number)),
    ratio: summary(done.map((r) => r.ratio as number)),
    ratioPaired: summary(done.map((r) => r.ratioPaired as number)),
    glueMs: summary(done.map((r) => r.glueMs ?? 0)),
    ratioWithGlue: summary(done.map((r) => r.ratioWithGlue ?? (r.ratio as number))),
    analysisMs: summary(done.map((r) => r.analysisMs as number)),
    analysisRatio: summary(done.map((r) => r.analysisRatio as number)),
    roundTripMs: summary(done.map((r) => r.roundTripMs as number)),
    blockingMs: summary(done.map((r) => r.blockingMs as number)),
    pagesBlockingOver50ms: done.filter((r) => (r.blockingMs as number) > 50).length,
    checkMs: summary(results.filter((r) => r.checkMs !== undefined).map((r) => r.checkMs as number)),
    startupMs: summary(results.filter((r) => r.startupMs !== undefined).map((r) => r.startupMs as number)),
    heapAddedKB: summary(results.filter((r) => r.heapAddedKB !== undefined).map((r) => r.heapAddedKB as number)),
    heapAddedKBOnBigPage: results.find((r) => r.page === 'gen-big-5mb')?.heapAddedKB ?? null,
    addedStyleLayoutMs: summary(done.filter((r) => r.addedStyleLayoutMs !== undefined).map((r) => r.addedStyleLayoutMs as number)),
    popupFirstRenderMs: summary(popupMs),
    warmReadabilityMs: summary(done.filter((r) => r.warm).map((r) => r.warm!.readabilityMs)),
    warmExtraMs: summary(done.filter((r) => r.warm).map((r) => r.warm!.extraMs)),
    warmRatio: summary(done.filter((r) => r.warm).map((r) => r.warm!.ratio)),
  };
  if (print) {
    const line = (name: string, s: { median: number; p95: number; max: number }) =>
      console.log(`  ${name.padEnd(44)} ${fmt(s.median)} ${fmt(s.p95)} ${fmt(s.max)}`);
    console.log(`\nChromium with the extension, ${results.length} pages (${JSON.stringify(figures.outcomes)}), ${runs} run(s) each`);
    console.log(`  ${''.padEnd(44)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}`);
    line('Readability alone (clone + parse), ms', figures.readabilityMs);
    line('Readability in our content script, ms', figures.ourReadabilityMs);
    line('page main thread beyond Readability, ms', figures.extraMs);
    line('  ratio to Readability alone', figures.ratio);
    line('  the same, paired by run', figures.ratioPaired);
    line('glue beside it (messaging, watcher set-up), ms', figures.glueMs);
    line('  ratio with the glue added', figures.ratioWithGlue);
    line('analysis in the background, ms', figures.analysisMs);
    line('  ratio to Readability alone', figures.analysisRatio);
    line('round trip content -> background -> content', figures.roundTripMs);
    line('longest task of ours in the page, ms', figures.blockingMs);
    line('non-article cheap check, ms', figures.checkMs);
    line('content script start-up (evaluation), ms', figures.startupMs);
    line('JS heap added to the page (after GC), KB', figures.heapAddedKB);
    console.log(`  JS heap added on the 5 MB page: ${figures.heapAddedKBOnBigPage === null ? 'n/a' : `${figures.heapAddedKBOnBigPage.toFixed(0)} KB`}`);
    line('style recalc + layout added to the load, ms', figures.addedStyleLayoutMs);
    line('popup first render with a result, ms', figures.popupFirstRenderMs);
    console.log(`  pages with a synchronous block > 50 ms: ${figures.pagesBlockingOver50ms} of ${done.length}`);
    console.log(`  warm: the page loaded again in a tab that ran it (${figures.warmRatio.n} pages, one measurement each)`);
    line('  Readability alone, ms', figures.warmReadabilityMs);
    line('  page main thread beyond Readability, ms', figures.warmExtraMs);
    line('    ratio to Readability alone', figures.warmRatio);
  }
  return figures;
}
