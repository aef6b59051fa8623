/**
 * Minimal test harness for the browser end-to-end run: named checks with pass/fail/skip, polling
 * instead of sleeping, and a summary ending in the plain line `N passed, M failed`.
 */

/** Collects results of one run. */
export class Results {
  constructor() {
    /** @type {{ suite: string; name: string; status: 'pass' | 'fail' | 'skip'; detail?: string }[]} */
    this.items = [];
  }

  /** Records a check: `ok` true passes, false fails; `detail` explains a failure (or a figure). */
  check(suite, name, ok, detail) {
    const status = ok ? 'pass' : 'fail';
    this.items.push({ suite, name, status, detail });
    const mark = ok ? 'ok  ' : 'FAIL';
    console.log(`  ${mark} ${name}${detail ? ` — ${detail}` : ''}`);
    return ok;
  }

  /** Records a step that could not run, with the precise reason (not counted as pass or fail). */
  skip(suite, name, reason) {
    this.items.push({ suite, name, status: 'skip', detail: reason });
    console.log(`  skip ${name} — ${reason}`);
  }

  /** Runs `fn`, turning a thrown error into a failed check instead of aborting the whole suite. */
  async step(suite, name, fn) {
    try {
      await fn();
    } catch (err) {
      this.check(suite, name, false, `threw: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    }
  }

  get passed() {
    return this.items.filter((i) => i.status === 'pass').length;
  }

  get failed() {
    return this.items.filter((i) => i.status === 'fail').length;
  }

  /** Prints failures and skips again, then the final count line. */
  summary() {
    const bad = this.items.filter((i) => i.status !== 'pass');
    if (bad.length) {
      console.log('\nNot passed:');
      for (const i of bad) console.log(`  [${i.status}] ${i.suite}: ${i.name}${i.detail ? ` — ${i.detail}` : ''}`);
    }
    console.log(`\n${this.passed} passed, ${this.failed} failed`);
  }
}

/** Polls `fn` until it returns a truthy value or `timeoutMs` passes; returns the last value. */
export async function poll(fn, { timeoutMs = 10000, intervalMs = 100 } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
    } catch {
      last = undefined;
    }
    if (last || Date.now() > end) return last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Removes all whitespace: how page text and article text are compared (see lib/dom/text-index.ts). */
export const flat = (s) => String(s).replace(/\s+/g, '');

/**
 * Waits until the background has registered the content script for the granted test origin. The
 * background registers it at start-up, asynchronously; a page opened before that is (rightly) not
 * analysed. Real installs register long before the user opens a page (and registrations persist).
 */
export async function waitForRegistration(sw, timeoutMs = 10000) {
  const ok = await poll(
    () => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length > 0),
    { timeoutMs, intervalMs: 50 },
  );
  if (!ok) throw new Error('the background did not register the content script within 10 s');
}

/**
 * Chromium's command line for the browser tests: the built extension loaded, headless, and every
 * background service of the browser itself switched off (the machine has no network; their attempts
 * would only be noise in the request checks). `proxyPort` routes anything non-local to the recording
 * proxy; `baselineHost` names an ungranted host that resolves to 127.0.0.1.
 */
export function chromiumArgs(extDir, { proxyPort, baselineHost } = {}) {
  const args = [
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--headless=new', '--no-sandbox',
    '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-default-apps', '--disable-domain-reliability', '--no-pings',
    '--disable-client-side-phishing-detection', '--safebrowsing-disable-auto-update', '--metrics-recording-only',
    '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
  ];
  if (proxyPort !== undefined) args.push(`--proxy-server=http://127.0.0.1:${proxyPort}`, `--proxy-bypass-list=127.0.0.1${baselineHost ? `;${baselineHost}` : ''}`);
  if (baselineHost) args.push(`--host-resolver-rules=MAP ${baselineHost} 127.0.0.1`);
  return args;
}

/**
 * puppeteer launch options for Firefox ESR in the browser tests: headless, the add-on's internal UUID
 * fixed (so its pages have a known moz-extension:// origin), and every request sent through the local
 * recording proxy, so that a request leaving the machine is seen. With `baselineHost`, that host name
 * resolves locally and, like 127.0.0.1, bypasses the proxy. The Firefox twin of {@link chromiumArgs}.
 */
export function firefoxLaunchOptions({ geckoId, uuid, proxyPort, baselineHost }) {
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    ...(baselineHost ? { 'network.dns.localDomains': baselineHost } : {}),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    ...(baselineHost ? { 'network.proxy.no_proxies_on': `127.0.0.1, localhost, ${baselineHost}` } : {}),
    'network.proxy.allow_hijacking_localhost': false,
  };
  return { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--remote-allow-system-access'], extraPrefsFirefox: prefs };
}

/**
 * The requests a browser logged that went anywhere but the local test servers or the extension itself
 * (data:, about: and blob: URLs are not requests over the network).
 */
export function foreignRequests(requests, allowedPrefixes) {
  return requests.filter((u) => !allowedPrefixes.some((p) => u.startsWith(p)) && !/^(data|about|blob):/.test(u));
}
