import { defineConfig } from 'wxt';
import { allHighlightsCss, HIGHLIGHTS_CSS_FILE } from './lib/dom/highlights';
import { buildPopupAlone, isPopupAlone, popupPagePlugin } from './scripts/build/popup-page';

/**
 * WXT build configuration. One source tree builds Chrome MV3 (`.output/chrome-mv3`) and
 * Firefox MV2 (`.output/firefox-mv2`).
 *
 * Permissions are the minimum the product needs:
 * - `activeTab` + `scripting`: analyse the current page only when the user asks (toolbar, shortcut, menu);
 * - `storage`: settings and the per-tab result cache;
 * - `contextMenus`: the "Analyse with Sourcemark" menu item (a click grants activeTab like the toolbar);
 * - optional host permissions: automatic analysis only on sites the user has agreed to.
 *
 * `SOURCEMARK_E2E=1` builds the end-to-end test variant into `.output/e2e/<browser>-mv<n>`: identical code,
 * plus the host permission `http://127.0.0.1/*` granted at install — the stand-in for a user who allowed
 * a site, since a test cannot click the toolbar to give an activeTab grant. The background then registers
 * the content script for that origin exactly as for a site granted through the onboarding.
 */
const E2E = process.env.SOURCEMARK_E2E === '1';

/** Toolbar and store icons, drawn by scripts/make-icons.mjs. */
const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 96: '/icon/96.png', 128: '/icon/128.png' };

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: E2E ? '.output/e2e' : '.output',
  manifest: ({ browser, manifestVersion }) => ({
    // Name and description come from public/_locales/<lang>/messages.json (English is the default).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The version is package.json's (WXT's default).
    icons: ICONS,
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // MV2 has no optional_host_permissions (WXT drops the key for Firefox MV2): there, optional origins
    // are optional_permissions, or permissions.request({ origins }) from the onboarding/options fails.
    ...(manifestVersion === 2 ? { optional_permissions: ['http://*/*', 'https://*/*'] } : {}),
    ...(E2E ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // Keyboard shortcut for on-demand analysis; invoking a command grants activeTab like a toolbar click.
    // Next / previous statement make the paint-only marks reachable from the keyboard (screen readers hear
    // each one). Alt+Shift+N / P (N and P for next and previous): no built-in shortcut of Chrome or Firefox
    // on Windows, Linux or macOS. Like Alt+Shift+S they share Firefox's accesskey modifier (Alt+Shift on
    // Windows and Linux), so a page's accesskey N or P can compete; there, and where the OS claims one
    // (ChromeOS uses Shift+Alt+N), users rebind them in the browser's shortcut settings. Chrome allows at
    // most four suggested keys per extension.
    commands: {
      'analyse-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Analyse this page: mark who said what',
      },
      'next-statement': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked statement',
      },
      'previous-statement': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous marked statement',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcemark@sourcemark.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  // `SOURCEMARK_PROFILE=1` keeps names readable in CPU profiles (unminified bundles); never for releases.
  vite: () => (process.env.SOURCEMARK_PROFILE === '1' ? { build: { minify: false } } : {}),
  hooks: {
    // The marks' `::highlight` styles as a file, registered for the granted sites at document_start
    // (entrypoints/background/registration.ts). Generated from the palettes, so it cannot drift from them.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: HIGHLIGHTS_CSS_FILE.slice(1), contents: allHighlightsCss() });
    },
    // The popup is built alone into one script, with its stylesheet inline (scripts/build/popup-page.ts):
    // each file an extension page loads delays its first frame. Only for builds: `wxt dev` serves the
    // pages from its dev server, where none of this applies.
    'entrypoints:grouped': (wxt, groups) => {
      if (wxt.config.command === 'build') buildPopupAlone(groups);
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (isPopupAlone(entrypoints)) config.plugins = [...(config.plugins ?? []), popupPagePlugin()];
    },
  },
  zip: {
    excludeSources: ['.output/**', 'node_modules/**', '.wxt/**', 'test-results/**', '.git/**'],
  },
});
