/**
 * The page's layout at desktop sizes, in Chinese and English: the page never scrolls (the
 * document is exactly the window's height and width) in the states the axe journey visits —
 * the first view, a region open, a year chosen, a layer on, a document open at a sentence, a
 * three-region comparison and its table; the map keeps at least half the window's width
 * whatever is open; opening a source sentence moves nothing else on the page. On a phone the region's first numbers show without
 * scrolling, the folded legend is one line above the attribution, and the open legend covers
 * none of the view's regions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadAppData } from '../../src/lib/data/load-app-data';
import { LANGS } from '../../src/lib/i18n/lang';
import { boundsOf } from '../../src/lib/map/bounds';
import { TAB } from '../fixtures/tabs';
import { settle } from './app';
import { blockSession, waitForMapIdle } from './browser';
import { enterLink, shoot, waitForHeader } from './journey-helpers';

const BANAN = '500113';
const LUEYANG = '610727';
const COMPARE = `r=${BANAN}&cmp=${BANAN},${LUEYANG},cq-metro`;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** A state by its link and what is on screen once it is shown. */
const STATES = [
  { name: 'first view', query: '', ready: 'header h1' },
  { name: 'region open', query: `r=${LUEYANG}`, ready: '.region-panel' },
  { name: 'timeline moved', query: 'y=2020', ready: '[role="slider"][aria-valuenow="2020"]' },
  { name: 'layer on', query: 'l=boundaries,labels,i.new-school-places', ready: 'details.legend' },
  {
    name: 'layer drawn against the national standard',
    query: 'v=2&std=1&l=boundaries,labels,c.difference-coefficient',
    ready: '[data-testid="standard-drawing"] [data-standard]',
  },
  { name: 'document open', query: `r=${LUEYANG}&s=003`, ready: '.side' },
  { name: 'comparison being built', query: `v=2&cmp=${BANAN}`, ready: 'section.comparison' },
  { name: 'comparison', query: COMPARE, ready: 'section.comparison table' },
  { name: 'table', query: `${COMPARE}&tab=${TAB.table}`, ready: '.table-view table' },
] as const;

/** The page's scroll size, the window's size and the map's box. */
function measure(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.map-area')?.getBoundingClientRect();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      height: innerHeight,
      width: innerWidth,
      mapWidth: map?.width ?? 0,
    };
  });
}

/** The boxes of the page's parts, rounded, to compare before and after a change. */
function boxes(page: Page) {
  return page.evaluate(() =>
    ['header', 'aside', 'footer', '.map-area'].map((s) => {
      const r = document.querySelector(s)?.getBoundingClientRect();
      return r && [s, Math.round(r.left), Math.round(r.top), Math.round(r.width)].join(' ');
    }),
  );
}

describe.each(LANGS)('the page at desktop sizes (%s)', (lang) => {
  const session = blockSession(lang === 'zh' ? 'zh-CN' : 'en-US');

  // One page load: each state after the first is opened by a history entry, as Back and Forward
  // open one, and the window resized through the sizes and back; a resize re-lays the grid and the map
  // as a load does (3 sizes × 9 states per language, at a ninth of the loads); then a source
  // sentence is opened in the same page.
  it(`never scrolls, and the map keeps half the width, at ${SIZES.map((z) => `${z.width}×${z.height}`).join(', ')}; moves nothing when a source sentence opens`, async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(SIZES[0]);
    for (const [n, state] of STATES.entries()) {
      const url = `?${state.query}&lang=${lang}`;
      if (n === 0) await page.goto(`${inject('baseUrl')}${url}`);
      else await enterLink(page, url);
      await page.locator(state.ready).first().waitFor({ state: 'visible' });
      // The sizes there and back: each state opens at the size the one before ended at, which
      // spares the map a redraw per state at a size about to be left.
      for (const size of n % 2 === 0 ? SIZES : [...SIZES].reverse()) {
        await page.setViewportSize(size);
        const at = `${state.name} at ${size.width}×${size.height}`;
        await expect
          .poll(() => measure(page).then((m) => m.width), { message: at })
          .toBe(size.width);
        const m = await measure(page);
        expect(m.scrollHeight, at).toBe(m.height);
        expect(m.scrollWidth, at).toBe(m.width);
        expect(m.mapWidth, at).toBeGreaterThanOrEqual(m.width / 2 - 1);
      }
    }
    // The same page goes on to a region whose panel quotes its sources.
    await page.setViewportSize({ width: 1366, height: 800 });
    await enterLink(page, `?r=${BANAN}&lang=${lang}`);
    await page.locator('.region-panel button.quote').first().waitFor({ state: 'visible' });
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

describe.each(LANGS)('the page on a phone (%s)', (lang) => {
  const session = blockSession(lang === 'zh' ? 'zh-CN' : 'en-US');

  it('shows a region’s first numbers without scrolling, and folds the legend to one line', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(
      `${inject('baseUrl')}?r=${BANAN}&l=boundaries,labels,i.new-school-places&lang=${lang}`,
    );
    await waitForHeader(page);
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

describe.each(LANGS)('the open legend on a phone (%s)', (lang) => {
  const session = blockSession(lang === 'zh' ? 'zh-CN' : 'en-US');

  // It used to open as a card over the map's lower left, over Hanzhong and southern Chongqing.
  it.each([
    ['the first view', '', 'home' as const],
    ['a three-region comparison', `cmp=${BANAN},${LUEYANG},640100`, [BANAN, LUEYANG, '640100']],
  ])('covers none of the regions of %s', async (_, query, codes) => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${inject('baseUrl')}?${query}&lang=${lang}`);
    await waitForMapIdle(page);
    const centres = await regionCentres(codes);
    expect(centres.length).toBeGreaterThanOrEqual(codes === 'home' ? 3 : codes.length);
    await page.locator('details.legend > summary').click();
    await page.locator('details.legend[open] .legend').waitFor({ state: 'visible' });
    expect(await hiddenCentres(page, centres)).toEqual([]);
    await shoot(page, `layout-phone-legend-${query === '' ? 'first' : 'compare'}-${lang}`);
    await page.close();
  });
});
