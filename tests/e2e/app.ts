/** Opening the built app in the browser and reading its map, shared by the journeys. */
import type { Page } from 'playwright-core';
import { launch, waitForMapIdle, watch, type PageLog, type Session } from './browser';

export interface OpenApp {
  session: Session;
  page: Page;
  log: PageLog;
}

export async function openApp(baseUrl: string, locale = 'zh-CN'): Promise<OpenApp> {
  const session = await launch(locale);
  const page = await session.context.newPage();
  const log = watch(page, new URL(baseUrl).origin);
  await page.goto(baseUrl);
  await waitForMapIdle(page);
  return { session, page, log };
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

/** Page coordinates of a region's label point, in the map as it is now. */
export async function labelPixel(
  page: Page,
  labelsSource: string,
  code: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([source, c]) => {
      const map = window.__atlasDebug?.map;
      const [f] = map?.querySourceFeatures(source, { filter: ['==', ['get', 'code'], c] }) ?? [];
      if (!map || !f || f.geometry.type !== 'Point') return null;
      const p = map.project(f.geometry.coordinates as [number, number]);
      const r = map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    [labelsSource, code] as const,
  );
  if (!point) throw new Error(`no label point for ${code}`);
  return point;
}
