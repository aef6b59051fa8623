#!/usr/bin/env node
/**
 * Accessibility check of the built extension in real Chromium with axe-core (standalone:
 * `node test/e2e/a11y.mjs [--build]`).
 *
 * Pages checked, each in light and dark colour schemes:
 * - the popup on the analysed sample article (`popup.html?tab=<id>`), its legend opened;
 * - the options page and the onboarding page;
 * - the marked sample page: the page itself is the publisher's, so only violations that Sourcemark's
 *   marks ADD are counted (axe with marks on vs. marks off); the marks' UI lives in a closed shadow
 *   root, so its live summary and appeal labels are read from the accessibility tree (CDP) instead.
 *
 * Fails on any `serious` or `critical` violation. Uses the e2e build (`.output/e2e/chrome-mv3`, built with
 * SOURCEMARK_E2E=1 when missing or with --build). Ends with `N passed, M failed`; exit 1 on failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Results, poll, waitForRegistration, chromiumArgs } from './lib/harness.mjs';
import { startStatic } from './lib/server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const extDir = join(root, '.output/e2e/chrome-mv3');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const results = new Results();
const S = 'a11y';
const BLOCKING = new Set(['serious', 'critical']);

if (process.argv.includes('--build') || !existsSync(join(extDir, 'manifest.json'))) {
  console.log('building the e2e extension (SOURCEMARK_E2E=1 wxt build)…');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: root, env: { ...process.env, SOURCEMARK_E2E: '1' }, encoding: 'utf8', timeout: 180000 });
  if (r.status !== 0) {
    console.error(r.stdout?.slice(-2000), r.stderr?.slice(-2000));
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

/** Runs axe in a page (evaluated through the DevTools protocol, so extension-page CSP does not block it). */
async function axe(page, context = 'document') {
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    const r = await window.axe.run(ctx === 'document' ? document : ctx, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 4) }));
  }, context);
}

const describe = (vs) => vs.map((v) => `${v.id} [${v.impact}] ${v.help} @ ${v.nodes.join(', ')}`).join(' | ');

/** Checks one page: no serious/critical violations; lesser ones are listed. */
async function checkPage(page, name) {
  const violations = await axe(page);
  const blocking = violations.filter((v) => BLOCKING.has(v.impact));
  const minor = violations.filter((v) => !BLOCKING.has(v.impact));
  if (minor.length) console.log(`  note (${name}): ${describe(minor)}`);
  results.check(S, `${name}: no serious or critical axe violations`, blocking.length === 0, blocking.length ? describe(blocking) : `${violations.length} minor`);
}

const server = await startStatic({ '/sample/': join(root, 'sample'), '/fixtures/': join(here, 'fixtures') });
const profile = mkdtempSync(join(tmpdir(), 'sourcemark-a11y-'));
const { chromium } = await import('playwright-core');
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: false,
  args: chromiumArgs(extDir),
});

try {
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }));
    await waitForRegistration(sw);
  const origin = `chrome-extension://${new URL(sw.url()).host}`;

  // The sample article, analysed automatically on the granted 127.0.0.1 origin.
  const sampleUrl = `${server.origin}/sample/moscow-times-putin-maduro.html`;
  const article = await ctx.newPage();
  await article.goto(sampleUrl, { waitUntil: 'load' });
  const tabId = await poll(async () => (await sw.evaluate((u) => chrome.tabs.query({ url: u }), sampleUrl))[0]?.id, { timeoutMs: 5000 });
  const helper = await ctx.newPage();
  await helper.goto(`${origin}/popup.html?tab=-1`);
  const send = (m) => helper.evaluate((msg) => chrome.runtime.sendMessage(msg), m);
  const done = await poll(async () => ((await send({ type: 'popup->background:get-state', tabId }))?.status === 'done' ? true : null), { timeoutMs: 15000 });
  if (!results.check(S, 'sample article analysed', !!done, done ? `tab ${tabId}` : 'no done state within 15 s')) throw new Error('sample not analysed');
  await helper.close();

  for (const scheme of ['light', 'dark']) {
    // Popup on the analysed tab, legend open (its swatches and text are checked too).
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`${origin}/popup.html?tab=${tabId}`);
    await poll(async () => ((await popup.evaluate(() => document.body.innerText)).includes('87') ? true : null), { timeoutMs: 8000 });
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await checkPage(popup, `popup (${scheme})`);
    if (scheme === 'light') {
      // Keyboard: Tab reaches the controls in order and focus is visible.
      const focus = await popup.evaluate(() => {
        const el = document.querySelector('#source-filter') ?? document.querySelector('button');
        el?.focus();
        const style = getComputedStyle(el);
        return { tag: el?.tagName, outline: style.outlineStyle, width: style.outlineWidth };
      });
      await popup.keyboard.press('Tab');
      const next = await popup.evaluate(() => document.activeElement?.className ?? '');
      results.check(S, 'popup: keyboard focus moves from the filter to the first statement', /item-button/.test(next), `after filter: "${next}"`);
      await popup.keyboard.press('ArrowDown');
      const afterArrow = await popup.evaluate(() => document.activeElement?.className ?? '');
      results.check(S, 'popup: arrow keys move between statements', /item-button/.test(afterArrow), afterArrow);
      const outline = await popup.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      results.check(S, 'popup: focused row has a visible outline', outline !== 'none', `outline-style ${outline} (${focus.tag})`);
    }
    await popup.close();

    for (const [path, name] of [['/options.html', 'options page'], ['/onboarding.html', 'onboarding page']]) {
      const page = await ctx.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(origin + path);
      await poll(async () => ((await page.evaluate(() => document.querySelectorAll('h2').length)) > 0 ? true : null), { timeoutMs: 5000 });
      await checkPage(page, `${name} (${scheme})`);
      await page.close();
    }
  }

  // The marked page: count only what the marks add.
  await article.bringToFront();
  const withMarks = await axe(article);
  const cdp = await ctx.newCDPSession(article);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  const names = nodes.map((n) => `${n.role?.value ?? ''}: ${n.name?.value ?? ''}`);
  results.check(S, 'marked page: screen-reader summary of the marks in the accessibility tree',
    nodes.some((n) => /Sourcemark marked \d+ attributed statement/.test(n.name?.value ?? '') || /Sourcemark marked \d+/.test(JSON.stringify(n))), names.filter((n) => /Sourcemark/.test(n)).join(' | ') || 'not found');
  results.check(S, 'marked page: appeal outline announced as "Appeal — not part of the article"',
    names.some((n) => /Appeal — not part of the article/.test(n)), names.filter((n) => /Appeal/.test(n)).join(' | ') || 'not found');
  const helper2 = await ctx.newPage();
  await helper2.goto(`${origin}/popup.html?tab=-1`);
  await helper2.evaluate((t) => chrome.runtime.sendMessage({ type: 'popup->background:set-marks', tabId: t, visible: false }), tabId);
  await helper2.close();
  const without = await axe(article);
  const key = (v) => `${v.id}|${v.nodes.join(',')}`;
  const before = new Set(without.map(key));
  const added = withMarks.filter((v) => !before.has(key(v)));
  const addedBlocking = added.filter((v) => BLOCKING.has(v.impact));
  if (without.length) console.log(`  note (sample page, publisher's own markup): ${without.length} violation(s): ${without.map((v) => `${v.id} [${v.impact}]`).join(', ')}`);
  results.check(S, 'marked page: the marks add no serious or critical axe violations', addedBlocking.length === 0,
    addedBlocking.length ? describe(addedBlocking) : `${added.length} added in total`);
} catch (err) {
  results.check(S, 'harness', false, err instanceof Error ? err.message.split('\n')[0] : String(err));
} finally {
  await ctx.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}

results.summary();
process.exit(results.failed ? 1 : 0);
