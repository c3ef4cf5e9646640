import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { defaultPatterns, LOCAL_PATTERNS } from './lib/sites/defaults';
import { TEST_TODAY } from './lib/clock';
import { TEST_UPSTREAM_BASE, upstreamOrigin, UPSTREAM_BASE } from './lib/upstream-source';

/** The bundles that run in pages (the content script and the parts it loads later, entrypoints/content/parts.ts). */
const CONTENT_WORLD = new Set(['content', 'card', 'learn', 'write']);

// Test builds (`--mode test`, in .output/chrome-mv3-test) and the dev server may also run on
// 127.0.0.1 and localhost; production builds never name them (tests/unit/manifest.test.ts).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Test builds pin "today" (lib/clock.ts) so the browser tests hold on any date; production reads the clock.
  vite: (env) => ({
    plugins: [preact()],
    // FOOTNOTE_NO_MINIFY=1: readable bundles, for `npm run profile:page` (scripts/profile-page.ts).
    build: process.env.FOOTNOTE_NO_MINIFY ? { minify: false } : {},
    define: {
      __FOOTNOTE_TODAY__: JSON.stringify(env.mode === 'test' ? (process.env.FOOTNOTE_TODAY ?? TEST_TODAY) : ''),
      // Test builds fetch the one-click source from a local fixture server (lib/upstream-source.ts).
      __FOOTNOTE_UPSTREAM_BASE__: JSON.stringify(env.mode === 'test' ? (process.env.FOOTNOTE_UPSTREAM_BASE ?? TEST_UPSTREAM_BASE) : ''),
      // Test builds may open their shadow roots on pages that ask (axe-core cannot enter closed ones); production never.
      __FOOTNOTE_OPENABLE_SHADOWS__: JSON.stringify(env.mode === 'test'),
    },
  }),
  hooks: {
    // The content script and its parts use the browser's own promise-based API (MV3 Chromium's
    // chrome.*, Firefox's browser.*) instead of webextension-polyfill: it is 10 kB of the bundle
    // every tracked page evaluates, and what they call (runtime messages answered through sendResponse,
    // storage.local) behaves the same without it. Extension pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => CONTENT_WORLD.has(e.name))) return;
      const resolve = config.resolve;
      const alias = resolve?.alias;
      if (resolve && Array.isArray(alias)) resolve.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
      else if (alias && typeof alias === 'object') delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Footnote',
    description: 'Contract and transfer-rumour badges beside the players and clubs named in football news.',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    host_permissions: [...defaultPatterns(), ...(mode === 'production' ? [] : LOCAL_PATTERNS)],
    // Any other site, asked for when the reader switches it on (docs/permissions.md); the
    // transfermarkt-datasets origin, asked for in the click that chooses that source.
    optional_host_permissions: ['*://*/*', upstreamOrigin(UPSTREAM_BASE)],
    minimum_chrome_version: '121',
    // Firefox desktop 140 (the ESR) and Firefox for Android 142 are the first to read
    // data_collection_permissions, which Mozilla's add-on policy now asks every add-on to declare.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'footnote@footnote.invalid', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
