/**
 * The page's layout, in Chinese and English: on a desktop, opening a source sentence moves
 * nothing else on the page (that the page never scrolls and the map keeps half the width at
 * desktop sizes is checked in every state of the axe journey: desktop-sizes.ts). On a phone the
 * region's first numbers show without scrolling, the folded legend is one line above the
 * attribution, and the open legend covers none of the view's regions.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAppData } from '../../src/lib/data/load-app-data';
import { LANGS } from '../../src/lib/i18n/lang';
import { boundsOf } from '../../src/lib/map/bounds';
import { settle } from './app';
import { blockSession, waitForMapIdle } from './browser';
import { enterLink, shoot } from './journey-helpers';

const BANAN = '500113';
const LUEYANG = '610727';

/** The boxes of the page's parts, rounded, to compare before and after a change. */
function boxes(page: Page) {
  return page.evaluate(() =>
    ['header', 'aside', 'footer', '.map-area'].map((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r && [s, Math.round(r.left), Math.round(r.top), Math.round(r.width)].join(' ');
    }),
  );
}

describe.each(LANGS)('a source sentence opening on a desktop (%s)', (lang) => {
  const session = blockSession(lang === 'zh' ? 'zh-CN' : 'en-US');

  it('moves nothing else on the page', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${inject('baseUrl')}?r=${BANAN}&lang=${lang}`);
    await page.locator('.region-panel button.quote').first().waitFor({ state: 'visible' });
    await waitForMapIdle(page);
    await settle(page);
    const before = await boxes(page);
    await page.locator('.region-panel button.quote').first().click();
    await page.locator('mark[aria-current="true"]').waitFor({ state: 'visible' });
    expect(await boxes(page)).toEqual(before);
    expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
    await shoot(page, `layout-source-${lang}`);
    await page.close();
  });
});

/** The centres of the boxes of the regions a view frames: `codes`, or the first view's regions. */
async function regionCentres(codes: readonly string[] | 'home'): Promise<[number, number][]> {
  const result = await loadAppData(
    async (url) => new Response(readFileSync(`public/${String(url)}`)),
  );
  if (!result.ok) throw new Error(result.messages.join('; '));
  const { home, focus } = result.data;
  const all = Object.values(focus).flatMap((c) => c.features);
  const features =
    codes === 'home' ? home.features : all.filter((f) => codes.includes(f.properties.code));
  return features.flatMap((f) => {
    const b = boundsOf([f]);
    return b ? [[(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2] as [number, number]] : [];
  });
}

/**
 * Which of `centres` are not on the map as a reader sees it: off the window, off the map's box,
 * or under the legend's box.
 */
function hiddenCentres(page: Page, centres: [number, number][]) {
  return page.evaluate((points) => {
    const map = window.__atlasDebug?.map;
    const legend = document.querySelector('details.legend')?.getBoundingClientRect();
    if (!map || !legend) throw new Error('no map or no legend');
    const box = map.getContainer().getBoundingClientRect();
    const inside = (r: DOMRect, x: number, y: number) =>
      x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    return points.filter((p) => {
      const at = map.project(p);
      const [x, y] = [box.left + at.x, box.top + at.y];
      const seen = inside(box, x, y) && x >= 0 && x <= innerWidth && y >= 0 && y <= innerHeight;
      return !seen || inside(legend, x, y);
    });
  }, centres);
}

describe.each(LANGS)('the page on a phone (%s)', (lang) => {
  const session = blockSession(lang === 'zh' ? 'zh-CN' : 'en-US');
  // One page load: the first view, then a comparison and a region by history entries, as Back
  // and Forward open them, each framed anew by the map.
  let page: Page;
  beforeAll(async () => {
    page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
  });

  // It used to open as a card over the map's lower left, over Hanzhong and southern Chongqing.
  it.each([
    ['the first view', '', 'home' as const],
    ['a three-region comparison', `cmp=${BANAN},${LUEYANG},640100`, [BANAN, LUEYANG, '640100']],
  ])('with the legend open, covers none of the regions of %s', async (_, query, codes) => {
    if (query === '') {
      await page.goto(`${inject('baseUrl')}?lang=${lang}`);
      await waitForMapIdle(page);
    } else await enterLink(page, `?${query}&lang=${lang}`);
    await settle(page);
    const centres = await regionCentres(codes);
    expect(centres.length).toBeGreaterThanOrEqual(codes === 'home' ? 3 : codes.length);
    const summary = page.locator('details.legend > summary');
    if ((await page.locator('details.legend[open]').count()) === 0) await summary.click();
    await page.locator('details.legend[open] .legend').waitFor({ state: 'visible' });
    expect(await hiddenCentres(page, centres)).toEqual([]);
    await shoot(page, `layout-phone-legend-${query === '' ? 'first' : 'compare'}-${lang}`);
    await summary.click();
    await page.locator('details.legend[open]').waitFor({ state: 'detached' });
  });

  it('shows a region’s first numbers without scrolling, and folds the legend to one line', async () => {
    await enterLink(page, `?r=${BANAN}&l=boundaries,labels,i.new-school-places&lang=${lang}`);
    const value = page.locator('.region-panel .value').first();
    await value.waitFor({ state: 'visible' });
    const box = await value.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    const legend = await page.locator('details.legend').boundingBox();
    const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
    // One line of text in its card: two would be over 50 px.
    expect(legend?.height ?? Infinity).toBeLessThanOrEqual(36);
    expect((legend?.y ?? Infinity) + (legend?.height ?? 0)).toBeLessThanOrEqual(
      attribution?.y ?? 0,
    );
    await shoot(page, `layout-phone-${lang}`);
  });
});
