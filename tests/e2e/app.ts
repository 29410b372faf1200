/** Opening the built app in the browser and reading its map, shared by the journeys. */
import type { Page } from 'playwright-core';
import { PICK_LAYERS } from '../../src/lib/map/ids';
import { launch, waitForMapIdle, type Session } from './browser';

/** A browser of its own with the app open in it, under the shared guard (browser.ts). */
export interface OpenApp {
  session: Session;
  page: Page;
}

/** Launches a browser in `locale`, opens `url` and waits until the map is idle. */
export async function openApp(url: string, locale = 'zh-CN'): Promise<OpenApp> {
  const session = await launch(locale);
  const page = await session.context.newPage();
  await page.goto(url);
  await waitForMapIdle(page);
  return { session, page };
}

/** Waits until the map has finished moving and drawing. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const map = window.__atlasDebug?.map;
      return !!map && !map.isMoving() && map.loaded() && map.areTilesLoaded();
    },
    null,
    { polling: 100, timeout: 60_000 },
  );
}

/** Rendered features of some layers in the current view. */
export function renderedCount(page: Page, layers: readonly string[]): Promise<number> {
  return page.evaluate(
    (ids) => window.__atlasDebug?.map.queryRenderedFeatures({ layers: ids }).length ?? 0,
    [...layers],
  );
}

/** Whether a region's polygon carries the `selected` feature state. */
export function isSelected(page: Page, source: string, code: string): Promise<boolean> {
  return page.evaluate(
    ([s, id]) => window.__atlasDebug?.map.getFeatureState({ source: s, id }).selected === true,
    [source, code] as const,
  );
}

/**
 * Page coordinates of a pixel well inside a region's drawn polygon: every pixel within `margin`
 * of it hits the region too, and the pointer there picks the region, not a circle over it.
 * (A label point can sit on the seat, a pixel from a neighbour.)
 */
export async function interiorPixel(
  page: Page,
  layer: string,
  code: string,
  margin = 4,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([layerId, c, m, pick]) => {
      const map = window.__atlasDebug?.map;
      if (!map) return null;
      const hits = (x: number, y: number) =>
        map
          .queryRenderedFeatures([x, y], { layers: [layerId] })
          .some((f) => f.properties?.code === c);
      // What the pointer picks there: no circle of another region standing over it.
      const picks = (x: number, y: number) =>
        map.queryRenderedFeatures([x, y], { layers: [...pick] })[0]?.properties?.code === c;
      const canvas = map.getCanvas();
      const { width, height } = canvas.getBoundingClientRect();
      for (let y = m; y < height - m; y += 2)
        for (let x = m; x < width - m; x += 2)
          if (picks(x, y) && hits(x - m, y) && hits(x + m, y) && hits(x, y - m) && hits(x, y + m)) {
            const r = canvas.getBoundingClientRect();
            return { x: r.left + x, y: r.top + y };
          }
      return null;
    },
    [layer, code, margin, PICK_LAYERS] as const,
  );
  if (!point) throw new Error(`${code} has no pixel ${margin}px inside its edges`);
  return point;
}
