/**
 * Journey: a link to a region of China the dataset has no figures for, in Chromium on the built
 * app. Named by name, former code, English or full-width digits, it opens that region's "no
 * figures yet" panel, the link is rewritten to its code, and the map outlines it and frames it
 * (its shape cut from its province's counties, as the app's own pure code cuts it: the oracle),
 * having downloaded that province's counties and not all of China's. A
 * region with no shape says so on the map and in its panel and outlines nothing; a name nothing
 * in China has is reported as dropped. A comparison link resolves its regions alike, keeping the
 * ones found in order and dropping only the unknown. Axe finds nothing in the place's panel or
 * the map's note. Screenshots of 哈密市 in both languages, and of 台湾省, which has no shape.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCountyShapes, placeShape } from '../../src/lib/data/place-shape';
import { loadRegionBase } from '../../src/lib/data/region-base';
import { byCode } from '../../src/lib/data/region-parents';
import { GEO_FILES, provinceCountiesFile, provinceOf } from '../../src/lib/domain/geometry';
import { boundsOf, type Bounds } from '../../src/lib/map/bounds';
import { LAYER } from '../../src/lib/map/ids';
import { openApp, renderedCount, settle, type OpenApp } from './app';
import { axeCheck } from './axe';
import { waitForMapIdle, type Page } from './browser';
import { enterLink, framing, query, shoot } from './journey-helpers';

const HAMI = '650500';
const KASHGAR = '653101';

/** The bounds of `code`'s shape as the app cuts it from the committed files. */
async function placeBounds(code: string): Promise<Bounds> {
  const serve = (file: string) =>
    (async () => new Response(readFileSync(`public/${file}`, 'utf8'))) as unknown as typeof fetch;
  const file = provinceCountiesFile(provinceOf(code));
  const counties = await loadCountyShapes(serve(file), file);
  const base = await loadRegionBase(serve('geo/china-regions.json'));
  if (!counties.ok || !base.ok) throw new Error('the committed geometry does not load');
  const regions = byCode(base.regions);
  const region = regions.get(code);
  const shape = region && placeShape(counties.shapes, region, regions);
  const bounds = shape && boundsOf([shape]);
  if (!bounds) throw new Error(`${code} has no shape`);
  return bounds;
}

describe('journey: a link to a region without figures', () => {
  let app: OpenApp;
  let page: Page;
  /**
   * Opens the link to `r` as a history entry of the loaded page, which reads it as a page load
   * does (its lookup in all of China too) with the base and counties it has already fetched.
   */
  const open = async (r: string, heading: string) => {
    await enterLink(page, `?r=${encodeURIComponent(r)}`);
    await page.getByRole('heading', { name: heading }).waitFor();
    await settle(page);
  };

  beforeAll(async () => {
    app = await openApp(`${inject('baseUrl')}?r=${encodeURIComponent('哈密')}`);
    page = app.page;
    await page.getByRole('heading', { name: '哈密市' }).waitFor();
    await settle(page);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('opens 哈密 by name: its panel, the link rewritten, outlined and framed', async () => {
    expect(query(page).get('r')).toBe(HAMI);
    await expect.poll(() => page.locator('.place-panel').innerText()).toContain('暂无数据');
    expect(await page.locator('.place-panel [role="note"]').count()).toBe(0);
    expect(await renderedCount(page, [LAYER.placeLine])).toBeGreaterThan(0);
    const framed = await framing(page, await placeBounds(HAMI));
    expect(framed.inView).toBe(true);
    expect(framed.widths).toBeLessThan(6);
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(fetched).toContain(`/${provinceCountiesFile('650000')}`);
    expect(fetched).not.toContain(`/${GEO_FILES.counties}`);
    expect((await axeCheck(page)).violations).toEqual([]);
    await shoot(page, 'place-by-link-hami-zh');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.locator('.place-panel').getByText('No figures yet').waitFor();
    await settle(page);
    await shoot(page, 'place-by-link-hami-en');
  });

  it.each([
    ['652200', HAMI, '哈密市'],
    ['Kashgar', KASHGAR, '喀什市'],
    ['６５３１０１', KASHGAR, '喀什市'],
  ])('resolves %s as search does, to %s', async (r, code, heading) => {
    await open(r, heading);
    expect(query(page).get('r')).toBe(code);
    const framed = await framing(page, await placeBounds(code));
    expect(framed.inView).toBe(true);
  });

  it('says a region with no shape has none, and outlines nothing', async () => {
    await open('臺灣', '台湾省');
    expect(query(page).get('r')).toBe('710000');
    await page.locator('.place-panel [role="note"]').waitFor();
    await page.locator('.map-area [role="status"].not-drawn').waitFor();
    expect(await renderedCount(page, [LAYER.placeLine])).toBe(0);
    expect((await axeCheck(page)).violations).toEqual([]);
    await shoot(page, 'place-by-link-no-shape-zh');
  });

  it('compares regions named by code, name or full-width digits, dropping only the unknown one', async () => {
    const named = ['500113', '哈密', '不存在县', '６５３１０１'];
    await page.goto(`${inject('baseUrl')}?cmp=${named.map(encodeURIComponent).join(',')}`);
    await waitForMapIdle(page);
    await expect.poll(() => query(page).get('cmp')).toBe(`500113,${HAMI},${KASHGAR}`);
    const chosen = page.locator('.comparison .chosen li');
    await expect
      .poll(() => chosen.allInnerTexts())
      .toEqual([
        expect.not.stringContaining('暂无数据'),
        expect.stringMatching(/^哈密市\s*\(暂无数据\)/),
        expect.stringMatching(/^喀什市\s*\(暂无数据\)/),
      ]);
    await expect.poll(() => page.getByTestId('link-notice').innerText()).toContain('不存在县');
    expect(await page.getByTestId('link-notice').innerText()).not.toContain('哈密');
  });

  it('reports a name no region of China has as dropped', async () => {
    // Loaded: a page load rewrites the address bar without what it drops.
    await page.goto(`${inject('baseUrl')}?r=${encodeURIComponent('不存在县')}`);
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('link-notice').innerText()).toContain('不存在县');
    expect(query(page).get('r')).toBeNull();
  });
});
