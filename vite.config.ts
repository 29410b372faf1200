import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { DATASET_URL, TEXTS_URL } from './src/lib/data/dataset-url.ts';
import { GEO_FILES, PROVINCE_COUNTIES_DIR } from './src/lib/domain/geometry.ts';
import { REGION_BASE_URL } from './src/lib/data/region-base-url.ts';
import { trimMapLibreCss } from './build-tools/maplibre-css.ts';
import { precompressed } from './build-tools/precompressed.ts';
import { firstViewChunk } from './build-tools/first-view-chunk.ts';

/**
 * The Content-Security-Policy: the page runs only its own files (no inline script or style, no
 * eval) and talks only to its own origin. Images also take `data:` (MapLibre's CSS icons) and
 * `blob:` (a PNG export). MapLibre's worker is a same-origin module file, so no `blob:` worker.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Directives a `<meta>` cannot carry (the browser ignores them there and logs an error).
 * `frame-ancestors`: any web page may frame the atlas, since `embed=1` exists to be put in
 * articles on other sites, and a header cannot tell an embed link from another (it is the same
 * page). Framing the full view is harmless: the atlas has no login, no form and nothing a
 * clickjacked click could change but the reader's own view. `https:` and `http:` (which also
 * matches https) leave out `data:`, `blob:` and `file:` parents.
 */
const CSP_HEADER = `${CSP}; frame-ancestors 'self' https: http:`;

/** index.html's placeholder for the policy, so the page carries it even with no header. */
const CSP_PLACEHOLDER = '%ATLAS_CSP%';

/**
 * Fills the policy into index.html's `<meta>` in the build. The dev server drops the tag: it
 * injects `<style>` elements for hot reload, which the policy rightly refuses.
 */
function cspMeta(): Plugin {
  let serving = false;
  return {
    name: 'atlas-csp-meta',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        serving
          ? html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
          : html.replace(CSP_PLACEHOLDER, CSP),
    },
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  plugins: [
    svelte(),
    cspMeta(),
    VitePWA({
      // A new version waits until the reader accepts it (UpdatePrompt), so an open page never
      // runs an old app on a new dataset.
      registerType: 'prompt',
      // The plugin follows NODE_ENV, which the test runner sets to "test": the browser tests
      // must run the worker `npm start` serves.
      mode: 'production',
      injectRegister: false,
      manifest: false,
      workbox: {
        // The app, its lazy chunks (search), the dataset, the sources' texts (fetched when a
        // document is opened, so it opens offline too) and the first view's geometry. The
        // all-China counties (1.4 MB) are cached only once someone turns them on, a province's
        // counties once a place there is opened.
        globPatterns: [
          '**/*.{html,js,mjs,css}',
          DATASET_URL,
          TEXTS_URL,
          GEO_FILES.focus,
          GEO_FILES.extra,
          GEO_FILES.context,
        ],
        // Take over the first visit's page at once, so the counties it fetches are cached too.
        // Updates still wait for the prompt: skipWaiting stays off.
        clientsClaim: true,
        runtimeCaching: [
          {
            // The region base search fetches on first use (60 KB compressed): kept out of the
            // precache so a visit that never searches does not download it; cached once fetched
            // so search over all of China works offline after. StaleWhileRevalidate: a new
            // base (new release) arrives behind the cached one.
            urlPattern: new RegExp(`/${escapeRegExp(REGION_BASE_URL)}$`),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'atlas-region-base' },
          },
          {
            // The all-China counties and each province's (`geo/counties/530000.json`).
            urlPattern: new RegExp(
              `/(${escapeRegExp(GEO_FILES.counties)}|${escapeRegExp(PROVINCE_COUNTIES_DIR)}\\d+\\.json)$`,
            ),
            // Serve the cached copy at once (offline, slow trains) and refresh it behind.
            handler: 'StaleWhileRevalidate',
            options: {
              cacheName: 'atlas-counties',
              plugins: [
                {
                  // A truncated or failed download never replaces a good copy. (Serialised into
                  // the service worker: it must not refer to anything outside itself.)
                  cacheWillUpdate: async ({ response }) => {
                    if (!response.ok) return null;
                    try {
                      await response.clone().json();
                      return response;
                    } catch {
                      return null;
                    }
                  },
                },
              ],
            },
          },
        ],
      },
    }),
    precompressed({ 'Content-Security-Policy': CSP_HEADER }),
  ],
  base: './',
  css: { postcss: { plugins: [trimMapLibreCss()] } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            firstViewChunk(
              { app: 'start-app', shared: 'first-paint' },
              { entry: 'src/main.ts', app: 'src/start-app.ts' },
            ),
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure modules and no DOM: the files share one module graph instead of each importing
          // its own (47 s to 15 s for the unit files on the shared 2-core machine). A test that
          // changes a shared object (a fixture, a global) must put it back, as schema.test.ts does.
          isolate: false,
          // Both cores: vitest's default leaves one free on a 2-core machine (24 s to 18 s for the
          // unit and component files), and the e2e build beside them is a few seconds.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // One module graph and one jsdom document for the files, not a new one of each per
          // file (72 s to 28 s for these files on the shared 2-core machine): the setup file
          // unmounts each test's components, and a test that changes a shared object (a
          // prototype, a global) puts it back, as SourceViewer.test.ts does.
          isolate: false,
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          setupFiles: ['tests/e2e/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // vitest's default of 1 s is less than one MapLibre frame in software WebGL on a loaded
          // 2-core machine: a poll for a view the app does reach failed there (the second region
          // of a comparison, added from its search, in two files of one full run).
          expect: { poll: { timeout: 15_000 } },
          // Two files at once: a browser test waits on its page about a quarter of the time, so a
          // second one fills that (245 s to 185 s for these files on an idle 2-core machine).
          fileParallelism: true,
          maxWorkers: 2,
          // After the unit and component files, which run while the app is built for these.
          sequence: { groupOrder: 1 },
          // One module graph for all the files (playwright, the dataset fixture, the app's pure
          // code as oracle), not one import of it per file; each file still gets its own browser.
          isolate: false,
        },
      },
    ],
  },
});
