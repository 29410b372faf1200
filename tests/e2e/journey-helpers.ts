/**
 * What the journey tests share beyond app.ts: the dataset and the app's own pure code as the
 * oracle (expected values, the URL context), locators for the panels, and screenshots.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Bounds } from '../../src/lib/map/bounds';

export { atlas, urlContext } from '../fixtures/dataset';

/** Waits for the loaded app's header (not the map): the app has read its link and rendered. */
export async function waitForHeader(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('header h1').first().waitFor({ state: 'visible', timeout });
}

/**
 * Opens `query` ("?r=…") as a new history entry of the loaded page, as Back and Forward open
 * one: the app reads it with the same codec as a link it is loaded with, and no page loads.
 * Resolves at the next frame, by which the page shows what it read.
 */
export function enterLink(page: Page, query: string): Promise<void> {
  return page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
    return new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }, query);
}

/** The keyboard region list's option for a code. */
export const regionOption = (page: Page, code: string) =>
  page.locator(`[role="listbox"] [role="option"][data-code="${code}"]`);

/** The code of the region the region list shows as selected, or null. */
export function selectedInList(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document
        .querySelector('[role="option"][data-code][aria-selected="true"]')
        ?.getAttribute('data-code') ?? null,
  );
}

/** The layer panel's checkbox for a layer key ("indicator:new-school-places", "events", …). */
export const layerBox = (page: Page, key: string) =>
  page.locator(`.layer-panel input[type="checkbox"][data-layer="${key}"]`);

/**
 * Whether the layer panel shows the layer `key` on. A fold's boxes are not rendered while it is
 * closed, and a fold holding a layer that is on is open: no box means off.
 */
export async function layerChecked(page: Page, key: string): Promise<boolean> {
  const box = layerBox(page, key);
  return (await box.count()) > 0 && (await box.isChecked());
}

/**
 * The layer panel's checkbox for a layer key, made visible first as a reader would: a family's
 * fine indicators are folded away, so its summary is clicked when they are.
 */
export async function revealLayerBox(page: Page, key: string) {
  const box = layerBox(page, key);
  // A fold names its layers (`data-layers`): its boxes are rendered only once it is open.
  const folded = page.locator(`.layer-panel details:not([open])[data-layers~="${key}"]`);
  if ((await folded.count()) > 0) {
    await folded.locator('summary').click();
    // Rendered on the fold's toggle event, a task after it opens.
    await box.waitFor({ state: 'attached' });
  }
  return box;
}

/** The year slider's current value. */
export async function sliderYear(page: Page): Promise<number> {
  return Number(await page.getByRole('slider').getAttribute('aria-valuenow'));
}

/** The address bar's query, parsed. */
export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Saves a full-page screenshot under shots/. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('shots', { recursive: true });
  await page.screenshot({ path: `shots/${name}.png` });
}

/**
 * page.goto that tries again when the server answers with an error page. Other runs rebuild the
 * shared dist/ that the preview server reads, and for that moment it answers 404: that is the
 * test machine, not the app, so it is retried (and counted, so it stays visible).
 */
export async function gotoRetrying(
  page: Page,
  url: string,
  retries: { count: number },
  attempts = 5,
): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      const res = await page.goto(url, { waitUntil: 'domcontentloaded' });
      if (res === null || res.ok()) return;
      if (i >= attempts) throw new Error(`${url}: HTTP ${res.status()}`);
    } catch (err) {
      if (i >= attempts) throw err;
    }
    retries.count++;
    await page.goto('about:blank');
    await new Promise((resolve) => setTimeout(resolve, 1000 * i));
  }
}

/**
 * How the map frames `bounds`: whether all of it is in view, and how many times its width the
 * view is (a region framed fills a good part of the view, one merely shown does not).
 */
export async function framing(page: Page, [[west, south], [east, north]]: Bounds) {
  const [w = NaN, s = NaN, e = NaN, n = NaN] = await page.evaluate(() => {
    const b = window.__atlasDebug?.map.getBounds();
    return b ? [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] : [];
  });
  return {
    inView: w <= west && s <= south && e >= east && n >= north,
    widths: (e - w) / (east - west),
  };
}
