/**
 * What the offline, update and broken-file journeys share: a copy of the build on its own
 * server (so a test can change what is served without touching other tests), the service
 * worker's precache list, waiting for the worker to control a page, and the county lines drawn.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import type { Page } from 'playwright-core';
import { LAYER } from '../../src/lib/map/ids';
import { freePort } from './global-setup';

/** A copy of the built app served by `vite preview` (same headers as `npm start`). */
export interface ServedCopy {
  url: string;
  /** The served folder: files written here are what the server sends from then on. */
  dir: string;
  close: () => Promise<void>;
}

export async function serveCopy(distDir: string): Promise<ServedCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-copy-'));
  cpSync(distDir, dir, { recursive: true });
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One entry of the precache list workbox writes into sw.js. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The precache list of a build's service worker. */
export function precacheList(distDir: string): PrecacheEntry[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const m = /precacheAndRoute\((\[.*?\])\s*,/s.exec(sw);
  if (!m?.[1]) throw new Error('sw.js has no precacheAndRoute list');
  // The list is a JS literal with unquoted keys: quote them to read it as JSON.
  return JSON.parse(m[1].replace(/([{,])(url|revision):/g, '$1"$2":')) as PrecacheEntry[];
}

/** Resolves once a service worker has installed, activated and taken control of the page. */
export async function waitForServiceWorker(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout,
    polling: 200,
  });
}

/** County lines drawn from the all-China file; 0 while it is still loading (no layer yet). */
export function countyLines(page: Page): Promise<number> {
  return page.evaluate((layer) => {
    const map = window.__atlasDebug?.map;
    return map?.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
  }, LAYER.chinaCountiesLine);
}
