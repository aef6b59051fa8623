/**
 * The release zips install (`node test/e2e/run.mjs zip`): what `npm run zip` writes for the stores is
 * what the checks install, not the unpacked build the other browser tests load.
 *
 * - Chrome: `sourcemark-<version>-chrome.zip` is unpacked into a temporary directory and loaded into
 *   Chromium; the service worker must start, and the popup and the options page must render.
 * - Firefox: `sourcemark-<version>-firefox.zip` itself is installed as a temporary add-on through
 *   WebDriver BiDi (`webExtension.install`, `archivePath`); the popup, answered by the background, and
 *   the options page must render.
 * - Sources (`sourcemark-<version>-sources.zip`, for Mozilla's review): package.json and
 *   package-lock.json are in it, dependencies and build output are not.
 *
 * Release builds grant no host permission (only the e2e variant grants 127.0.0.1), so nothing here
 * analyses a page: that is covered by chromium.mjs and firefox.mjs on the e2e build.
 * The zips are built first when missing or older than any source file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, firefoxLaunchOptions, foreignRequests, poll } from './lib/harness.mjs';
import { extractZip, readZip } from './lib/unzip.mjs';

/** Directories that are not sources (the same list as `zip.excludeSources` in wxt.config.ts, plus scratch). */
const NOT_SOURCES = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'tmp', '.scratch']);

/** The three zips `npm run zip` writes for the current package.json (WXT's default artifact names). */
export function zipPaths(root) {
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const at = (what) => join(root, '.output', `${name}-${version}-${what}.zip`);
  return { version, chrome: at('chrome'), firefox: at('firefox'), sources: at('sources') };
}

/** Newest modification time of any source file: a zip older than this was built from other sources. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds the release zips (`wxt zip` for Chrome, then Firefox with its sources zip) unless all three
 * exist and are newer than every source file. Returns a note saying which, or throws when the build fails.
 */
function ensureZips(root, zips, timings) {
  const paths = [zips.chrome, zips.firefox, zips.sources];
  const oldest = Math.min(...paths.map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)));
  if (oldest > newestSource(root)) return 'up to date';
  const t = Date.now();
  // A release build: the e2e and profiling switches must not leak in from the caller's environment.
  const env = { ...process.env };
  delete env.SOURCEMARK_E2E;
  delete env.SOURCEMARK_PROFILE;
  for (const args of [['wxt', 'zip'], ['wxt', 'zip', '-b', 'firefox']]) {
    const r = spawnSync('npx', args, { cwd: root, env, encoding: 'utf8', timeout: 180000 });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${(r.stderr || r.stdout || '').slice(-1500)}`);
  }
  timings['zip: npm run zip'] = Date.now() - t;
  return oldest ? 'rebuilt (older than the sources)' : 'built (missing)';
}

const kb = (p) => `${(statSync(p).size / 1024).toFixed(1)} KB`;

/** The manifest inside a zip, parsed. */
const zipManifest = (path) => JSON.parse(readZip(path).find((e) => e.name === 'manifest.json')?.data().toString('utf8') ?? 'null');

/** The English UI strings shipped in a zip (what the popup and options page should show). */
function zipStrings(path) {
  const raw = readZip(path).find((e) => e.name === '_locales/en/messages.json');
  const messages = JSON.parse(raw?.data().toString('utf8') ?? '{}');
  return (key) => messages[key]?.message ?? `<missing string ${key}>`;
}

/** Checks that a release manifest has the package version and no host access granted at install. */
function checkManifest(results, suite, manifest, version) {
  results.check(suite, 'zip has a manifest with the package version', manifest?.version === version, `manifest ${manifest?.version}, package ${version}`);
  const list = (v) => (Array.isArray(v) ? v.map(String) : []);
  const granted = [...list(manifest?.host_permissions), ...list(manifest?.permissions).filter((p) => p.includes('://') || p === '<all_urls>')];
  results.check(suite, 'release manifest grants no host permission at install', granted.length === 0, granted.join(', ') || `permissions: ${list(manifest?.permissions).join(', ')}`);
}

/** Records uncaught errors and console errors of an extension page. */
function watchErrors(page, errors, label) {
  const short = (s) => String(s).split('\n')[0].slice(0, 200);
  page.on('pageerror', (e) => errors.push(`${label}: ${short(e instanceof Error ? e.message : e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${label}: console: ${short(m.text())}`);
  });
}

/** The sources zip: what a store reviewer needs to rebuild, and none of the build inputs they fetch themselves. */
function checkSources(results, zips) {
  const S = 'zip sources';
  const names = readZip(zips.sources).map((e) => e.name);
  const missing = ['package.json', 'package-lock.json', 'wxt.config.ts'].filter((f) => !names.includes(f));
  results.check(S, 'sources zip has package.json, package-lock.json and wxt.config.ts', missing.length === 0, missing.length ? `missing ${missing.join(', ')}` : `${names.length} files, ${kb(zips.sources)}`);
  const stray = names.filter((n) => /^(node_modules|\.output|\.wxt|\.git)\//.test(n));
  results.check(S, 'sources zip has no node_modules, .output, .wxt or .git', stray.length === 0, stray.slice(0, 3).join(', ') || 'none');
}

/** Loads the unpacked Chrome zip into Chromium: service worker, popup, options page. */
async function checkChrome(results, zips, proxy, timings) {
  const S = 'zip chrome';
  const manifest = zipManifest(zips.chrome);
  checkManifest(results, S, manifest, zips.version);
  const t = tmpdir();
  const extDir = mkdtempSync(join(t, 'sourcemark-zip-chrome-'));
  const profile = mkdtempSync(join(t, 'sourcemark-zip-profile-'));
  const { chromium } = await import('playwright-core');
  const t0 = Date.now();
  let ctx;
  try {
    extractZip(zips.chrome, extDir);
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: false,
      args: chromiumArgs(extDir, { proxyPort: proxy.port }),
    });
    const requests = [];
    ctx.on('request', (r) => requests.push(r.url()));
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15000 }).catch(() => null));
    if (!results.check(S, 'service worker starts', !!sw && sw.url().endsWith('/background.js'), sw ? sw.url() : 'no service worker within 15 s')) return;
    timings['zip chrome: launch -> service worker'] = Date.now() - t0;
    const version = await sw.evaluate(() => chrome.runtime.getManifest().version);
    results.check(S, 'service worker answers (runtime.getManifest)', version === zips.version, `version ${version}`);
    const origin = `chrome-extension://${new URL(sw.url()).host}/`;
    const str = zipStrings(zips.chrome);
    const errors = [];

    const [tab] = await sw.evaluate(() => chrome.tabs.query({}));
    const popup = await ctx.newPage();
    watchErrors(popup, errors, 'popup');
    await popup.goto(`${origin}popup.html?tab=${tab?.id ?? 0}`);
    const popupText = await poll(async () => {
      const text = await popup.evaluate(() => document.body.innerText);
      return text.includes(str('analyseButton')) && text;
    });
    results.check(S, 'popup renders the background\'s answer (idle: "Analyse this page")', !!popupText && popupText.includes(str('idleTitle')), popupText ? popupText.split('\n')[0] : 'popup did not render');

    const options = await ctx.newPage();
    watchErrors(options, errors, 'options');
    await options.goto(`${origin}options.html`);
    const optionsOk = await poll(() => options.evaluate((want) => document.querySelector('h1')?.textContent === want[0] && document.body.innerText.includes(want[1]) && document.title, [str('optionsTitle'), str('paletteHeading')]));
    results.check(S, 'options page renders (title and colour palette)', !!optionsOk, optionsOk || 'options page did not render');
    results.check(S, 'no errors in the popup or options page', errors.length === 0, errors.slice(0, 3).join('; ') || 'none');
    const foreign = foreignRequests(requests, [origin]);
    results.check(S, 'no network request (browser request log)', foreign.length === 0, foreign.slice(0, 3).join(', ') || `${requests.length} requests, all packaged files`);
    timings['zip chrome: total'] = Date.now() - t0;
  } finally {
    await ctx?.close().catch(() => undefined);
    rmSync(extDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Installs the Firefox zip itself as a temporary add-on in Firefox ESR: popup and options page. */
async function checkFirefox(results, zips, proxy, timings) {
  const S = 'zip firefox';
  const manifest = zipManifest(zips.firefox);
  checkManifest(results, S, manifest, zips.version);
  const geckoId = manifest?.browser_specific_settings?.gecko?.id;
  results.check(S, 'manifest has a Gecko add-on id', !!geckoId, geckoId);
  // A fixed internal UUID gives the add-on's pages a known moz-extension:// origin.
  const uuid = '0d7f3c1e-6a2b-4e8f-9c41-7b5e2a9d3f60';
  const { default: puppeteer } = await import('puppeteer-core');
  const t0 = Date.now();
  const browser = await puppeteer.launch(firefoxLaunchOptions({ geckoId, uuid, proxyPort: proxy.port }));
  try {
    // puppeteer's installExtension() sends `type: "path"` (meant for a directory); the archive type is
    // what installing a packaged .zip/.xpi means in WebDriver BiDi.
    const installed = await browser.connection
      .send('webExtension.install', { extensionData: { type: 'archivePath', path: zips.firefox } })
      .then((r) => r.result.extension, (e) => e);
    const ok = typeof installed === 'string';
    results.check(S, 'zip installs as a temporary add-on (WebDriver BiDi webExtension.install, archivePath)', ok && installed === geckoId, ok ? installed : `threw: ${String(installed?.message ?? installed).split('\n')[0].slice(0, 300)}`);
    if (!ok) return;
    timings['zip firefox: launch + install'] = Date.now() - t0;
    const origin = `moz-extension://${uuid}/`;
    const str = zipStrings(zips.firefox);
    const errors = [];
    const requests = [];

    /** Opens an extension page without awaiting goto (it may never resolve for moz-extension://). */
    const open = async (path, label) => {
      const page = await browser.newPage();
      watchErrors(page, errors, label);
      page.on('request', (r) => requests.push(r.url()));
      page.goto(origin + path).catch(() => undefined);
      await poll(() => page.evaluate(() => typeof browser === 'object' && document.readyState === 'complete'), { timeoutMs: 10000 });
      return page;
    };

    const options = await open('options.html', 'options');
    const optionsOk = await poll(() => options.evaluate((want) => document.querySelector('h1')?.textContent === want[0] && document.body.innerText.includes(want[1]) && document.title, [str('optionsTitle'), str('paletteHeading')]));
    results.check(S, 'options page renders (title and colour palette)', !!optionsOk, optionsOk || 'options page did not render');
    const tabs = await options.evaluate(() => browser.tabs.query({})).catch(() => []);
    const popup = await open(`popup.html?tab=${tabs[0]?.id ?? 0}`, 'popup');
    const popupText = await poll(async () => {
      const text = await popup.evaluate(() => document.body.innerText);
      return text.includes(str('analyseButton')) && text;
    });
    results.check(S, 'popup renders the background\'s answer (idle: "Analyse this page")', !!popupText && popupText.includes(str('idleTitle')), popupText ? popupText.split('\n')[0] : 'popup did not render');
    results.check(S, 'no errors in the popup or options page', errors.length === 0, errors.slice(0, 3).join('; ') || 'none');
    const foreign = foreignRequests(requests, [origin]);
    results.check(S, 'no network request (page request log)', foreign.length === 0, foreign.slice(0, 3).join(', ') || `${requests.length} requests, all packaged files`);
    timings['zip firefox: total'] = Date.now() - t0;
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** Runs the release-zip checks (builds the zips first when needed). */
export async function runZipInstall({ results, root, proxy, timings }) {
  const zips = zipPaths(root);
  const built = ensureZips(root, zips, timings);
  const present = [zips.chrome, zips.firefox, zips.sources].every((p) => existsSync(p));
  if (!results.check('zip', `release zips present (${built})`, present, present ? `chrome ${kb(zips.chrome)}, firefox ${kb(zips.firefox)}, sources ${kb(zips.sources)}` : 'missing after the build')) return;
  checkSources(results, zips);
  await results.step('zip chrome', 'chrome zip run', () => checkChrome(results, zips, proxy, timings));
  await results.step('zip firefox', 'firefox zip run', () => checkFirefox(results, zips, proxy, timings));
}
