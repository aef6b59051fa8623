/**
 * Chromium adapter: the built MV3 extension loaded into real Chromium through playwright-core
 * (recipe: /work/shared/notes/toolchain.md). Network is watched three ways: Playwright request events
 * (pages and, with the experimental flag, the service worker), the static server's log, and a recording
 * proxy that every non-loopback destination is routed to.
 */
import { waitForRegistration, chromiumArgs, foreignRequests } from './lib/harness.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from './lib/scenario.mjs';

/** Runs the scenario in Chromium. */
export async function runChromium({ results, extDir, server, proxy, timings }) {
  const S = 'chromium';
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-e2e-chromium-'));
  const baselineHost = 'baseline.test';
  const t0 = Date.now();
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    args: chromiumArgs(extDir, { proxyPort: proxy.port, baselineHost }),
  });
  const requests = [];
  ctx.on('request', (r) => requests.push(r.url()));
  try {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    await waitForRegistration(sw);
    timings[`${S}: launch -> service worker`] = Date.now() - t0;
    const id = new URL(sw.url()).host;
    const ownOrigin = `chrome-extension://${id}/`;
    let helper = null; // an extension page used to talk to the background like the popup does
    const urlToTab = new Map();

    const adapter = {
      suite: S,
      async open(url) {
        const page = await ctx.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const [tab] = await sw.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
        if (tab?.id !== undefined) urlToTab.set(url, tab.id);
        return page;
      },
      evaluate: (page, fn, arg) => page.evaluate(fn, arg),
      front: (page) => page.bringToFront(),
      screenshot: (page, clip) => page.screenshot({ clip }),
      async tabIdOf(url) {
        const tabs = await sw.evaluate(() => chrome.tabs.query({}));
        return tabs.find((t) => t.url === url)?.id ?? urlToTab.get(url);
      },
      async send(message) {
        if (!helper) {
          helper = await ctx.newPage();
          await helper.goto(`${ownOrigin}popup.html?tab=-1`);
        }
        return helper.evaluate((m) => chrome.runtime.sendMessage(m), message);
      },
      badge: (tabId) => sw.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId),
      setStorage: (items) => sw.evaluate((i) => chrome.storage.local.set(i), items),
      inject: (tabId) => sw.evaluate((t) => chrome.scripting.executeScript({ target: { tabId: t }, files: ['/content-scripts/content.js'] }).then(() => undefined), tabId),
      async appealLabels(page) {
        return (await adapter.accessibleNames(page)).filter((v) => v.startsWith('Appeal'));
      },
      async accessibleNames(page) {
        // Closed shadow root: read the accessibility tree, as assistive technology does.
        const cdp = await ctx.newCDPSession(page);
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        await cdp.detach();
        return nodes.map((n) => n.name?.value ?? '');
      },
      async openPopup(tabId) {
        const popup = await ctx.newPage();
        await popup.goto(`${ownOrigin}popup.html?tab=${tabId}`);
        return { page: popup, text: () => popup.evaluate(() => document.body.innerText) };
      },
    };

    await runScenario(adapter, results, { origin: server.origin, baseline: `http://${baselineHost}:${server.port}`, timings });

    const foreign = foreignRequests(requests, [server.origin, `http://${baselineHost}:`, ownOrigin]);
    results.check(S, 'no network request outside 127.0.0.1 (browser request log)', foreign.length === 0, foreign.slice(0, 3).join(', ') || `${requests.length} requests, all local`);
  } finally {
    await ctx.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
