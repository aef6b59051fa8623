import { defineConfig } from 'wxt';

/**
 * WXT build configuration. One source tree builds Chrome MV3 (`.output/chrome-mv3`) and
 * Firefox MV2 (`.output/firefox-mv2`).
 *
 * Permissions are the minimum the product needs:
 * - `activeTab` + `scripting`: analyse the current page only when the user asks (toolbar, shortcut, menu);
 * - `storage`: settings and the per-tab result cache;
 * - optional host permissions: automatic analysis only on sites the user has agreed to.
 */
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'Sourcemark',
    description:
      'See who said what in news articles: sources, official read-outs, appeals, actors and key numbers. Runs entirely on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
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
  zip: {
    excludeSources: ['.output/**', 'node_modules/**', '.wxt/**', 'test-results/**', '.git/**'],
  },
});
