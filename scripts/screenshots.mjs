/**
 * Takes the README's screenshots (docs/page.png, docs/popup.png, docs/options.png) in real Chromium with the e2e build of
 * the extension on the bundled sample page. Usage: SOURCEMARK_E2E=1 npx wxt build && node scripts/screenshots.mjs
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, poll, waitForRegistration } from '../test/e2e/lib/harness.mjs';
import { startStatic } from '../test/e2e/lib/server.mjs';

const root = process.cwd();
const ext = join(root, '.output', 'e2e', 'chrome-mv3');
const srv = await startStatic({ '/sample/': join(root, 'sample') });
const profile = mkdtempSync(join(tmpdir(), 'sourcemark-shots-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: false, viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1,
  args: chromiumArgs(ext),
});
try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  await waitForRegistration(sw);
  const url = `${srv.origin}/sample/moscow-times-putin-maduro.html`;
  const page = await ctx.newPage();
  await page.goto(url);
  await poll(() => page.evaluate(() => CSS.highlights.size > 0), { timeoutMs: 15000 });
  await page.evaluate(() => window.scrollTo(0, 380));
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: join(root, 'docs', 'page.png') });
  const tabs = await sw.evaluate(() => chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.url === url).id;
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 1100 });
  await popup.goto(`chrome-extension://${new URL(sw.url()).host}/popup.html?tab=${tabId}`);
  await poll(() => popup.evaluate(() => document.body.innerText.includes('87')), { timeoutMs: 10000 });
  await popup.screenshot({ path: join(root, 'docs', 'popup.png'), fullPage: false });
  console.log('wrote docs/page.png and docs/popup.png');
} finally {
  await ctx.close();
  await srv.close();
  rmSync(profile, { recursive: true, force: true });
}

// The options page as a fresh install shows it: the e2e build's test-only grant of 127.0.0.1 would be
// listed as an allowed site, so it is loaded from a copy without it (the release manifest, same code).
const release = mkdtempSync(join(tmpdir(), 'sourcemark-shots-ext-'));
const profile2 = mkdtempSync(join(tmpdir(), 'sourcemark-shots-'));
cpSync(ext, release, { recursive: true });
const manifest = JSON.parse(readFileSync(join(release, 'manifest.json'), 'utf8'));
delete manifest.host_permissions;
writeFileSync(join(release, 'manifest.json'), JSON.stringify(manifest));
const ctx2 = await chromium.launchPersistentContext(profile2, {
  executablePath: '/usr/bin/chromium', headless: false, viewport: { width: 800, height: 1000 }, deviceScaleFactor: 1,
  args: chromiumArgs(release),
});
try {
  const sw = ctx2.serviceWorkers()[0] ?? (await ctx2.waitForEvent('serviceworker'));
  const options = await ctx2.newPage();
  await options.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
  await poll(() => options.evaluate(() => !!document.querySelector('input[name="palette"]')), { timeoutMs: 10000 });
  await options.screenshot({ path: join(root, 'docs', 'options.png'), fullPage: true });
  console.log('wrote docs/options.png');
} finally {
  await ctx2.close();
  rmSync(release, { recursive: true, force: true });
  rmSync(profile2, { recursive: true, force: true });
}
