/**
 * Offline, in Chromium on the built app: the service worker precaches the app, the dataset, its
 * sources' texts and the first view's geometry; with the network off, a second visit opens the
 * same view, a deep link opens too, a document opens at its quote, the all-China counties
 * fetched once are still drawn, and a place the dataset lacks, once opened, is outlined again
 * from its province's counties.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEXTS_URL } from '../../src/lib/data/dataset-url';
import { DATASET_URL } from '../../src/lib/data/load';
import { GEO_FILES, PROVINCE_COUNTIES_DIR } from '../../src/lib/domain/geometry';
import { LAYER } from '../../src/lib/map/ids';
import { atlas } from '../fixtures/dataset';
import { renderedCount } from './app';
import { launch, waitForMapIdle, type Page, type Session } from './browser';
import { selectedInList } from './journey-helpers';
import { countyLines, precacheList, waitForServiceWorker } from './offline-helpers';

const LUEYANG = '610727';
const BANAN = '500113';

/** What a reader sees of the view: the selected region, the language and the layer boxes ticked. */
function viewOf(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.querySelector('header h1')?.textContent ?? '',
    ticked: [...document.querySelectorAll<HTMLInputElement>('.layer-panel input:checked')].map(
      (b) => b.dataset.layer,
    ),
    alerts: document.querySelectorAll('[role="alert"]').length,
  }));
}

describe('offline', () => {
  let session: Session;
  let page: Page;
  const base = inject('baseUrl');

  beforeAll(async () => {
    session = await launch('zh-CN', base, { serviceWorkers: 'allow' });
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('precaches the app, the dataset, its texts and the first view geometry, not the counties', () => {
    const dist = inject('distDir');
    const urls = precacheList(dist).map((e) => e.url);
    // The .br and .gz copies are the same files as the server sends them, not files of their own.
    const assets = readdirSync(join(dist, 'assets'))
      .filter((f) => !/\.(br|gz)$/.test(f))
      .map((f) => `assets/${f}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'index.html',
        DATASET_URL,
        TEXTS_URL,
        GEO_FILES.focus,
        GEO_FILES.context,
        ...assets,
      ]),
    );
    expect(urls).not.toContain(GEO_FILES.counties);
    expect(urls.filter((url) => url.startsWith(PROVINCE_COUNTIES_DIR))).toEqual([]);
  });

  it('opens the same view on a second visit with the network off', async () => {
    await page.goto(`${base}?r=${LUEYANG}&l=i.new-school-places&lang=en`);
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    const online = await viewOf(page);
    expect(online.ticked).toContain('indicator:new-school-places');
    expect(await selectedInList(page)).toBe(LUEYANG);

    await session.context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    expect(await viewOf(page)).toEqual(online);
    expect(await selectedInList(page)).toBe(LUEYANG);
  });

  it('opens a deep link offline', async () => {
    await page.goto(`${base}?r=${BANAN}`);
    await waitForMapIdle(page);
    expect(await selectedInList(page)).toBe(BANAN);
    expect((await viewOf(page)).alerts).toBe(0);
  });

  it('opens a document at a quote offline, its text from the precache', async () => {
    const fact = atlas().dataset.facts.find((f) => f.region === LUEYANG);
    expect(fact).toBeDefined();
    await page.goto(`${base}?s=${fact?.source}&q=${fact?.id}`);
    await waitForMapIdle(page);
    const current = page.locator('.source-viewer mark[aria-current="true"]');
    await current.first().waitFor({ timeout: 60_000 });
    expect((await current.allTextContents()).join('')).toBe(fact?.quote);
    expect((await viewOf(page)).alerts).toBe(0);
  });

  it('draws the all-China counties offline once they were fetched', async () => {
    await session.context.setOffline(false);
    // Zoomed in enough for the county lines (they start at zoom 3).
    await page.goto(`${base}?l=counties&c=107,30,5`);
    await waitForMapIdle(page);
    await expect.poll(() => countyLines(page), { timeout: 60_000 }).toBeGreaterThan(0);

    await session.context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => countyLines(page), { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await viewOf(page)).alerts).toBe(0);
  });

  it('outlines a place the dataset lacks offline once its province was fetched', async () => {
    await session.context.setOffline(false);
    // The worker first, so that it sees the region base and the counties fetched below.
    await page.goto(base);
    await waitForServiceWorker(page);
    // 临泽县 (Gansu), a county without figures.
    await page.goto(`${base}?r=620723`);
    await waitForMapIdle(page);
    const outlined = () => renderedCount(page, [LAYER.placeLine]);
    await expect.poll(outlined, { timeout: 60_000 }).toBeGreaterThan(0);

    await session.context.setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(outlined, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await viewOf(page)).alerts).toBe(0);
  });
});
