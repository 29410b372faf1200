/**
 * Broken files served at run time, in Chromium on the built app, each served through playwright's
 * routing: a truncated dataset, a schema-invalid dataset, a missing or malformed geometry file, a
 * missing texts file or one whose text disagrees with its quotes. The page names the file; and
 * once the service worker holds good copies, the atlas keeps working on them.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { TEXTS_URL } from '../../src/lib/data/dataset-url';
import { DATASET_URL } from '../../src/lib/data/load';
import { GEO_FILES } from '../../src/lib/domain/geometry';
import { launch, waitForMapIdle, type Page, type Session } from './browser';
import { waitForHeader } from './journey-helpers';
import { countyLines, waitForServiceWorker } from './offline-helpers';

const GOOD_DATASET = readFileSync(`public/${DATASET_URL}`, 'utf8');
const GOOD_TEXTS = readFileSync(`public/${TEXTS_URL}`, 'utf8');

/** What a route answers instead of the real file. */
type Answer = (route: Route) => Promise<void>;
const truncated: Answer = (route) =>
  route.fulfill({ contentType: 'application/json', body: GOOD_DATASET.slice(0, 5000) });
const schemaInvalid: Answer = (route) =>
  route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...JSON.parse(GOOD_DATASET), schemaVersion: 2 }),
  });
/** The texts with document 003's moved on by one character: its quotes are no longer at their offsets. */
const shiftedText: Answer = (route) => {
  const texts = JSON.parse(GOOD_TEXTS) as Record<string, string>;
  return route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ...texts, '003': ` ${texts['003']}` }),
  });
};
const missing: Answer = (route) => route.fulfill({ status: 404, body: 'Not found' });
const notTopology: Answer = (route) =>
  route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ type: 'FeatureCollection', features: [] }),
  });

/** The browser's console line about `file` answered with a 404. */
const notFound = (file: string) => new RegExp(`status of 404.*${file.replace(/\./g, '\\.')}\\)$`);

/** The text of the page's alerts once one is shown. */
async function alertText(page: Page): Promise<string> {
  const alert = page.locator('[role="alert"]').first();
  await alert.waitFor({ state: 'visible', timeout: 60_000 });
  return page
    .locator('[role="alert"]')
    .allInnerTexts()
    .then((t) => t.join('\n'));
}

describe('a broken file served at run time', () => {
  const base = inject('baseUrl');
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  /**
   * A fresh browser (nothing cached) whose requests for `file` get `answer`; `serviceWorkers`
   * where the test asks whether the app's worker registered.
   */
  async function openWith(
    file: string,
    answer: Answer,
    query = '',
    serviceWorkers: 'allow' | 'block' = 'block',
  ): Promise<Page> {
    session = await launch('en-US', base, { serviceWorkers });
    await session.context.route(`**/${file}`, answer);
    const page = await session.context.newPage();
    await page.goto(`${base}${query}`);
    return page;
  }

  it.each([
    ['a truncated dataset', DATASET_URL, truncated, /JSON/],
    // The bundled validator carries no zod locale: the message is the app's own, not "Invalid input".
    [
      'a schema-invalid dataset',
      DATASET_URL,
      schemaInvalid,
      /invalid dataset at schemaVersion: expected 1, received 2/,
    ],
    ['a missing focus geometry file', GEO_FILES.focus, missing, /HTTP 404/],
    ['a focus geometry file that is no topology', GEO_FILES.focus, notTopology, /not a TopoJSON/],
    ['a missing context geometry file', GEO_FILES.context, missing, /HTTP 404/],
  ] as const)('names the file for %s', async (_name, file, answer, why) => {
    const page = await openWith(file, answer, '', 'allow');
    const text = await alertText(page);
    expect(text).toContain(file);
    expect(text).toMatch(why);
    // The browser's own line about a 404 is the one error the guard lets through.
    if (answer === missing) expect(session?.guard.excuse(notFound(file))).not.toEqual([]);
    // The worker registers only once a view is drawn: a broken first visit keeps nothing.
    const workers = await page.evaluate(() => navigator.serviceWorker.getRegistrations());
    expect(workers).toHaveLength(0);
  });

  it('names the all-China counties file when it is missing, and keeps the map', async () => {
    const page = await openWith(GEO_FILES.counties, missing, '?l=counties');
    await waitForMapIdle(page);
    const text = await alertText(page);
    expect(text).toContain(GEO_FILES.counties);
    await waitForHeader(page);
    expect(session?.guard.excuse(notFound(GEO_FILES.counties))).not.toEqual([]);
  });

  it.each([
    ['missing', missing, /HTTP 404/],
    ['holding a text its quotes are not in', shiftedText, /document 003 does not hold its quotes/],
  ] as const)(
    'names the texts file %s when a document opens, and keeps the atlas',
    async (_name, answer, why) => {
      const page = await openWith(TEXTS_URL, answer, '?s=003&lang=en');
      await waitForMapIdle(page);
      await waitForHeader(page);
      const viewer = page.locator('.source-viewer');
      await viewer.getByRole('alert').waitFor({ timeout: 60_000 });
      const text = await viewer.getByRole('alert').innerText();
      expect(text).toContain(TEXTS_URL);
      expect(text).toMatch(why);
      // The document is named and can be closed; the map and the region list are untouched.
      expect(await viewer.getByRole('heading').innerText()).not.toBe('');
      expect(await viewer.locator('mark').count()).toBe(0);
      await viewer.getByRole('button', { name: 'Close the document' }).click();
      await viewer.waitFor({ state: 'detached' });
      expect(await page.locator('[role="alert"]').count()).toBe(0);
      if (answer === missing) expect(session?.guard.excuse(notFound(TEXTS_URL))).not.toEqual([]);
    },
  );

  it('keeps working on the good copies the service worker holds', async () => {
    session = await launch('en-US', base, { serviceWorkers: 'allow' });
    const page = await session.context.newPage();
    const view = `${base}?l=counties&c=107,30,5`;
    await page.goto(view);
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    // A second visit under the worker, so the counties it fetches are cached too.
    await page.reload();
    await expect.poll(() => countyLines(page), { timeout: 60_000 }).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate(async () => (await caches.open('atlas-counties')).keys()))
      .toHaveLength(1);

    const served: string[] = [];
    const broken =
      (answer: Answer): Answer =>
      (route) => {
        served.push(new URL(route.request().url()).pathname);
        return answer(route);
      };
    await session.context.route(`**/${DATASET_URL}`, broken(truncated));
    await session.context.route(`**/${GEO_FILES.focus}`, broken(missing));
    await session.context.route(`**/${GEO_FILES.context}`, broken(missing));
    await session.context.route(`**/${GEO_FILES.counties}`, broken(truncated));
    for (let visit = 0; visit < 2; visit++) {
      await page.reload();
      await waitForMapIdle(page);
      await waitForHeader(page);
      await expect.poll(() => countyLines(page), { timeout: 60_000 }).toBeGreaterThan(0);
      expect(await page.locator('[role="alert"]').count()).toBe(0);
    }
    // The worker answered the first view's files from its precache without asking the network;
    // it did refresh the counties, and kept its good copy over the truncated download.
    expect(served).toContain(`/${GEO_FILES.counties}`);
    expect(served).not.toContain(`/${DATASET_URL}`);
    const cachedParses = await page.evaluate(async (file) => {
      const cached = await (await caches.open('atlas-counties')).match(file);
      return cached
        ? cached.json().then(
            () => true,
            () => false,
          )
        : false;
    }, GEO_FILES.counties);
    expect(cachedParses).toBe(true);
  });
});
