/**
 * The map journeys in Chromium on the built app: it loads and draws, a click and the keyboard
 * list select regions, both languages render, and nothing is fetched from another origin.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { INDICATOR_LAYER, LABEL_LAYERS, LAYER, SOURCE } from '../../src/lib/map/ids';
import { interiorPixel, isSelected, openApp, renderedCount, settle, type OpenApp } from './app';
import { blockSession, waitForMapIdle } from './browser';

const BANAN = '500113';
const HANZHONG = '610700';
const CHONGQING = '500000';

describe('the map', () => {
  let app: OpenApp;
  beforeAll(async () => {
    mkdirSync('shots', { recursive: true });
    // The base map alone: no legend over its edge, so the framing is the whole map's.
    app = await openApp(`${inject('baseUrl')}?l=boundaries,labels`);
    await settle(app.page);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('draws the focus polygons and their labels', async () => {
    expect(await renderedCount(app.page, [LAYER.countyFill])).toBeGreaterThan(40);
    expect(await renderedCount(app.page, [LAYER.provincesFill])).toBeGreaterThan(10);
    expect(await renderedCount(app.page, LABEL_LAYERS)).toBeGreaterThan(5);
    await app.page.screenshot({ path: 'shots/map-zh.png' });
  });

  it('selects 巴南区 when it is clicked, and frames it', async () => {
    const zoomBefore = await app.page.evaluate(() => window.__atlasDebug?.map.getZoom() ?? 0);
    const { x, y } = await interiorPixel(app.page, LAYER.countyFill, BANAN);
    await app.page.mouse.click(x, y);
    await settle(app.page);
    expect(await isSelected(app.page, SOURCE.county, BANAN)).toBe(true);
    expect(await app.page.evaluate(() => window.__atlasDebug?.map.getZoom() ?? 0)).toBeGreaterThan(
      zoomBefore,
    );
    await expect
      .poll(() =>
        app.page.locator(`[role="option"][data-code="${BANAN}"]`).getAttribute('aria-selected'),
      )
      .toBe('true');
    await app.page.screenshot({ path: 'shots/map-banan-zh.png' });
  });

  it('selects from the keyboard list with Enter and clears with Escape', async () => {
    const list = app.page.getByRole('listbox');
    const codes = await list
      .locator('[role="option"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    const index = codes.indexOf(HANZHONG);
    expect(index).toBeGreaterThanOrEqual(0);
    await list.focus();
    await app.page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await settle(app.page);
    expect(await isSelected(app.page, SOURCE.prefecture, HANZHONG)).toBe(true);
    expect(await isSelected(app.page, SOURCE.county, BANAN)).toBe(false);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => isSelected(app.page, SOURCE.prefecture, HANZHONG)).toBe(false);
  });

  it('switches labels to English and back without rebuilding a source', async () => {
    const field = () =>
      app.page.evaluate(
        (id) => JSON.stringify(window.__atlasDebug?.map.getLayoutProperty(id, 'text-field')),
        LAYER.labelCounty,
      );
    const rebuilt = app.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          window.__atlasDebug?.map.on('sourcedata', (e) => {
            if (e.sourceDataType === 'metadata') count++;
          });
          setTimeout(() => resolve(count), 4000);
        }),
    );
    await app.page.getByTestId('lang-toggle').click();
    await expect.poll(field).toBe(JSON.stringify(['get', 'name_en']));
    await settle(app.page);
    expect(await renderedCount(app.page, LABEL_LAYERS)).toBeGreaterThan(5);
    await app.page.screenshot({ path: 'shots/map-en.png' });
    await app.page.getByTestId('lang-toggle').click();
    await expect.poll(field).toBe(JSON.stringify(['get', 'name_zh']));
    expect(await rebuilt).toBe(0);
  });
});

describe("what floats at the map's bottom edge", () => {
  const session = blockSession('en-US');

  /** The legend's and the attribution's boxes, once the map is drawn at `size` from `query`. */
  const boxes = async (size: { width: number; height: number }, query: string) => {
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${inject('baseUrl')}${query}`);
    await waitForMapIdle(page);
    const legend = await page.locator('details.legend').boundingBox();
    const attribution = await page.locator('.maplibregl-ctrl-attrib').boundingBox();
    await page.close();
    if (!legend || !attribution) throw new Error('no legend or no attribution on the map');
    return { legend, attribution };
  };

  // The attribution wraps to two lines or more where the map is narrow; the legend used to sit
  // one line up, over the sources' names and the boundaries disclaimer. On a phone the
  // attribution is folded to its button, which would otherwise cover the regions.
  it.each([
    ['a phone', { width: 390, height: 844 }, '', { folded: true }],
    [
      'a narrow desktop with a region open',
      { width: 1000, height: 760 },
      '?r=500113&l=boundaries,labels,i.new-school-places&i=new-school-places',
      { folded: false },
    ],
  ])('keeps the legend above the attribution on %s', async (_, size, query, { folded }) => {
    const { legend, attribution } = await boxes(size, query);
    if (folded) expect(attribution.height).toBeLessThanOrEqual(30);
    else expect(attribution.height).toBeGreaterThanOrEqual(40);
    // Both along the bottom edge: only being stacked keeps them apart where they share columns.
    expect(legend.y + legend.height).toBeLessThanOrEqual(attribution.y);
  });
});

describe('proportional circles', () => {
  let app: OpenApp;
  beforeAll(async () => {
    // The default view: school places as circles, Chongqing's the largest.
    app = await openApp(inject('baseUrl'), 'en-US');
    await settle(app.page);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('stand for their own region under the pointer, not for the county they cover', async () => {
    const { page } = app;
    const at = await page.evaluate(
      ([layers, code]) => {
        const map = window.__atlasDebug?.map;
        const circle = map
          ?.queryRenderedFeatures({ layers: [...layers] })
          .find((f) => f.properties?.code === code);
        if (!map || circle?.geometry.type !== 'Point') return null;
        const p = map.project(circle.geometry.coordinates as [number, number]);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      },
      [INDICATOR_LAYER.symbols, CHONGQING] as const,
    );
    if (!at) throw new Error("Chongqing's circle is not on the map");
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain('Chongqing');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(page.url()).searchParams.get('r')).toBe(CHONGQING);
  });
});
