/**
 * Journey: a family layer, in Chromium on the built app. Turn on 学位供给 (every kind of new
 * school place) by clicking: the map draws it on two regions or more, the legend names it and
 * its scopes, the tooltip says which levels a value counts, and the link reopens it. Screenshots
 * of four family layers in both languages, at a laptop's size, for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { LayerRef } from '../../src/lib/domain/layer-ref';
import type { LayerId, RegionCode } from '../../src/lib/domain/schema';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { layerSpecs } from '../../src/lib/layers/layer-specs';
import { SOURCE } from '../../src/lib/map/ids';
import { slotRadiusKey } from '../../src/lib/map/paint';
import type { Page } from 'playwright-core';
import { openApp, settle, type OpenApp } from './app';
import { waitForMapIdle } from './browser';
import { atlas, layerBox, query, regionOption, shoot, waitForHeader } from './journey-helpers';

const PLACES = 'places' as LayerId;
const fam = (id: string): LayerRef => ({ kind: 'family', id: id as LayerId });

/** Regions whose label point carries a symbol radius in the first slot. */
function drawnRegions(page: Page, codes: readonly string[]): Promise<string[]> {
  return page.evaluate(
    ([source, key, ids]) =>
      ids.filter((id) => {
        const r = window.__atlasDebug?.map.getFeatureState({ source, id })[key];
        return typeof r === 'number' && r > 0;
      }),
    [SOURCE.labels, slotRadiusKey(0), [...codes]] as const,
  );
}

/** The regions the app's own pure code draws on a family layer (the oracle). */
function expectedRegions(id: string): string[] {
  const [spec] = layerSpecs([fam(id)], atlas(), null);
  return spec && spec.kind !== 'milestones' && spec.kind !== 'measure'
    ? [...spec.valuesByRegion.keys()].sort()
    : [];
}

describe('journey: a family layer', () => {
  let app: OpenApp;
  let fresh: OpenApp | undefined;
  let link = '';
  beforeAll(async () => {
    // From the context layers alone, so the journey turns its layer on itself.
    app = await openApp(`${inject('baseUrl')}?l=boundaries,labels`);
  });
  afterAll(async () => {
    await fresh?.session.close();
    await app?.session.close();
  });

  it('turns on 学位供给 by clicking and draws it on every region with a value, two or more', async () => {
    const { page } = app;
    await layerBox(page, `family:${PLACES}`).click();
    // Back to the first view's stack: a default, so the address bar leaves it out.
    await expect.poll(() => query(page).has('l')).toBe(false);
    expect(await layerBox(page, `family:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    expect(want.length).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
    const legend = page.locator('.legend .block', { hasText: '学位供给' });
    await expect.poll(() => legend.count()).toBe(1);
    expect(await legend.innerText()).toContain('口径不一');
    await shoot(page, 'family-panel-zh');
    link = page.url();
  });

  it('says next to a value which levels it counts', async () => {
    const { page } = app;
    const a = atlas();
    const ids = a.familyLayers.get(PLACES)!.indicators.map((i) => i.id);
    const code = [...a.factsByRegion.keys()].find((c) =>
      (a.factsByRegion.get(c) ?? []).some(
        (f) =>
          ids.includes(f.indicator) && a.indicators.get(f.indicator)!.scope.levels !== 'compulsory',
      ),
    ) as RegionCode;
    await regionOption(page, code).scrollIntoViewIfNeeded();
    await regionOption(page, code).hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.innerText()).toMatch(
      /学位供给[\s\S]*（?\(?(含幼儿园|学段未说明|仅义务教育阶段)/,
    );
    await page.mouse.move(700, 5);
  });

  it('opens a first visit on 学位供给, the family layer comparing the most regions', async () => {
    fresh = await openApp(inject('baseUrl'), 'zh-CN');
    const { page } = fresh;
    await waitForHeader(page);
    expect(await layerBox(page, `family:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
    expect(await page.locator('.legend .block', { hasText: '学位供给' }).count()).toBe(1);
    expect(query(page).has('l')).toBe(false);
    await fresh.session.close();
    fresh = undefined;
  });

  it('reopens the family layer from the link', async () => {
    expect(link).not.toBe('');
    fresh = await openApp(link, 'zh-CN');
    const { page } = fresh;
    await waitForHeader(page);
    expect(await layerBox(page, `family:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
  });

  it('screenshots four family layers in zh and en', async () => {
    const openedIn: Lang = 'zh';
    const page = fresh!.page;
    await page.setViewportSize({ width: 1366, height: 850 });
    for (const [id, hover] of [
      ['places', '610700'],
      ['schools-built', '610727'],
      ['investment', '610727'],
      ['backbone-teachers-trained', '610700'],
    ] as const) {
      const url = new URL(link);
      url.searchParams.set('l', `boundaries,labels,f.${id}`);
      url.searchParams.set('lang', openedIn);
      url.searchParams.delete('i');
      await page.goto(url.toString());
      await waitForHeader(page);
      // The panels can be up before the map has loaded and set its feature state.
      await waitForMapIdle(page);
      const want = expectedRegions(id);
      expect(want.length).toBeGreaterThanOrEqual(2);
      for (const lang of LANGS) {
        // The other language by its button: the same view, without a second page load.
        if (lang !== openedIn) {
          await page.getByTestId('lang-toggle').click();
          await expect
            .poll(() => page.evaluate(() => document.documentElement.lang))
            .toMatch(new RegExp(`^${lang}`));
        }
        // The map is made after the header; on a busy machine it can take seconds to load.
        await settle(page);
        await expect
          .poll(async () => (await drawnRegions(page, want)).sort(), { timeout: 30_000 })
          .toEqual(want);
        await regionOption(page, hover).scrollIntoViewIfNeeded();
        await regionOption(page, hover).hover();
        await page.getByRole('tooltip').waitFor({ state: 'visible' });
        await shoot(page, `family-${id}-${lang}`);
        await page.mouse.move(700, 5);
      }
    }
  });
});
