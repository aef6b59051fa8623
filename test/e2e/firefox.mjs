/**
 * Firefox adapter: the built MV2 extension in Firefox ESR through puppeteer-core over WebDriver BiDi
 * (no geckodriver; recipe: /work/shared/notes/toolchain.md). The extension gets a fixed internal UUID so
 * its pages have a known moz-extension:// origin; an extension page serves as the "popup" that talks to
 * the background. Network: BiDi request events of every page, plus the recording proxy via prefs.
 */
import { runScenario } from './lib/scenario.mjs';
import { firefoxLaunchOptions, foreignRequests, poll } from './lib/harness.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const UUID = '5f0c2a4e-8d1b-4c53-9a7e-2b6f1d3e4a10';

/** Runs the scenario in Firefox. */
export async function runFirefox({ results, extDir, server, proxy, timings }) {
  const S = 'firefox';
  const { default: puppeteer } = await import('puppeteer-core');
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  const baselineHost = 'baseline.test';
  const t0 = Date.now();
  const browser = await puppeteer.launch(firefoxLaunchOptions({ geckoId, uuid: UUID, proxyPort: proxy.port, baselineHost }));
  const requests = [];
  const ownOrigin = `moz-extension://${UUID}/`;
  try {
    await browser.installExtension(extDir);
    timings[`${S}: launch + install`] = Date.now() - t0;
    const urlToTab = new Map();

    /** Opens an extension page without awaiting goto (it may never resolve for moz-extension://). */
    const openExtensionPage = async (path) => {
      const p = await browser.newPage();
      p.goto(ownOrigin + path).catch(() => undefined);
      const ready = await poll(() => p.evaluate(() => typeof browser === 'object' && document.readyState === 'complete'), { timeoutMs: 10000 });
      if (!ready) throw new Error(`extension page ${path} did not load`);
      return p;
    };
    const helper = await openExtensionPage('popup.html?tab=-1');
    const ext = (fn, arg) => helper.evaluate(fn, arg);

    const adapter = {
      suite: S,
      async open(url) {
        const page = await browser.newPage();
        page.on('request', (r) => requests.push(r.url()));
        await page.goto(url, { waitUntil: 'load' });
        await page.bringToFront();
        const [tab] = await ext(() => browser.tabs.query({ active: true, lastFocusedWindow: true }));
        if (tab?.id !== undefined) urlToTab.set(url, tab.id);
        return page;
      },
      evaluate: (page, fn, arg) => page.evaluate(fn, arg),
      front: (page) => page.bringToFront(),
      screenshot: (page, clip) => page.screenshot({ clip }),
      async tabIdOf(url) {
        const tabs = await ext(() => browser.tabs.query({}));
        return tabs.find((t) => t.url === url)?.id ?? urlToTab.get(url);
      },
      send: (message) => ext((m) => browser.runtime.sendMessage(m), message),
      badge: (tabId) => ext((t) => browser.browserAction.getBadgeText({ tabId: t }), tabId),
      setStorage: (items) => ext((i) => browser.storage.local.set(i), items),
      inject: (tabId) => ext((t) => browser.scripting.executeScript({ target: { tabId: t }, files: ['/content-scripts/content.js'] }).then(() => undefined), tabId),
      async appealLabels(page) {
        // Puppeteer's ARIA selector queries the accessibility tree (which includes closed shadow roots).
        try {
          const handles = await page.$$('::-p-aria([role="note"])');
          const names = [];
          for (const h of handles) names.push(await h.evaluate((el) => el.getAttribute('aria-label') ?? ''));
          return names.length ? names : null;
        } catch {
          return null;
        }
      },
      // No accessibility-tree command over WebDriver BiDi, and the live regions are in a closed shadow root.
      accessibleNames: async () => null,
      async openPopup(tabId) {
        const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
        return { page: popup, text: () => popup.evaluate(() => document.body.innerText) };
      },
    };

    await runScenario(adapter, results, { origin: server.origin, baseline: `http://${baselineHost}:${server.port}`, timings });

    const foreign = foreignRequests(requests, [server.origin, `http://${baselineHost}:`, ownOrigin]);
    results.check(S, 'no network request outside 127.0.0.1 (page request log)', foreign.length === 0, foreign.slice(0, 3).join(', ') || `${requests.length} requests, all local`);
  } finally {
    await browser.close().catch(() => undefined);
  }
}
