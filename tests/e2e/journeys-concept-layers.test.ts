/**
 * Journey: a concept layer, in Chromium on the built app. Turn on the compulsory stage's new
 * school places by clicking: the map draws it on every region with a value, two or more, like
 * with like; the legend names it and its one scope, the tooltip says it, and the link reopens
 * it. A link to an old family layer opens its headline scope and says so. Screenshots of layers
 * that compare like with like in both languages, at a laptop's size, for a person to look at.
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
import {
  atlas,
  enterLink,
  layerBox,
  query,
  regionOption,
  shoot,
  waitForHeader,
} from './journey-helpers';

const PLACES = 'places-compulsory' as LayerId;
const concept = (id: string): LayerRef => ({ kind: 'concept', id: id as LayerId });

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

/** The regions the app's own pure code draws on a concept layer (the oracle). */
function expectedRegions(id: string): string[] {
  const [spec] = layerSpecs([concept(id)], atlas(), null);
  return spec && spec.kind !== 'milestones' && spec.kind !== 'measure'
    ? [...spec.valuesByRegion.keys()].sort()
    : [];
}

describe('journey: a concept layer', () => {
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

  it('turns on new places by clicking and draws it on every region with a value, two or more', async () => {
    const { page } = app;
    await layerBox(page, `concept:${PLACES}`).click();
    // Back to the first view's stack: a default, so the address bar leaves it out.
    await expect.poll(() => query(page).has('l')).toBe(false);
    expect(await layerBox(page, `concept:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    expect(want.length).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
    const legend = page.locator('.legend .block', { hasText: '新增学位(义务教育)' });
    await expect.poll(() => legend.count()).toBe(1);
    const text = await legend.innerText();
    expect(text).toContain('义务教育阶段');
    expect(text).not.toContain('口径不一');
    await shoot(page, 'concept-panel-zh');
    link = page.url();
  });

  it('says next to a value the one scope the layer draws', async () => {
    const { page } = app;
    const code = expectedRegions(PLACES)[0] as RegionCode;
    await regionOption(page, code).scrollIntoViewIfNeeded();
    await regionOption(page, code).hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    // Figures of the region at other scopes may follow, said apart: the value's own come first.
    const [own = ''] = (await tip.innerText()).split('其他口径');
    expect(own).toMatch(/新增学位\(义务教育\)[\s\S]*口径[:：]\s*义务教育阶段/);
    expect(own).not.toMatch(/含幼儿园|学段未说明/);
    await page.mouse.move(700, 5);
  });

  it('opens a first visit on new places, the concept layer comparing the most regions', async () => {
    fresh = await openApp(inject('baseUrl'), 'zh-CN');
    const { page } = fresh;
    await waitForHeader(page);
    expect(await layerBox(page, `concept:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
    expect(await page.locator('.legend .block', { hasText: '新增学位(义务教育)' }).count()).toBe(1);
    expect(query(page).has('l')).toBe(false);
    await fresh.session.close();
    fresh = undefined;
  });

  it('reopens the concept layer from the link', async () => {
    expect(link).not.toBe('');
    fresh = await openApp(link, 'zh-CN');
    const { page } = fresh;
    await waitForHeader(page);
    expect(await layerBox(page, `concept:${PLACES}`).isChecked()).toBe(true);
    const want = expectedRegions(PLACES);
    await expect.poll(async () => (await drawnRegions(page, want)).sort()).toEqual(want);
    await fresh.session.close();
    fresh = undefined;
  });

  it('opens a link to an old family layer on its headline scope, and says what it left out', async () => {
    fresh = await openApp(`${inject('baseUrl')}?v=2&l=boundaries,labels,f.places&lang=en`);
    const { page } = fresh;
    await waitForHeader(page);
    expect(await layerBox(page, `concept:${PLACES}`).isChecked()).toBe(true);
    const notice = page.getByText(/an old layer drew unlike scopes together/);
    await notice.waitFor();
    expect(await page.getByText('l=f.places').count()).toBe(1);
  });

  it('screenshots layers that compare like with like, in zh and en', async () => {
    const openedIn: Lang = 'zh';
    const page = fresh!.page;
    await page.setViewportSize({ width: 1366, height: 850 });
    for (const [id, hover] of [
      ['places-compulsory', '500113'],
      ['rural-living-subsidy-funds', '610727'],
      ['groups', '610700'],
    ] as const) {
      const url = new URL(link);
      url.searchParams.set('l', `boundaries,labels,c.${id}`);
      url.searchParams.set('lang', openedIn);
      url.searchParams.delete('i');
      // A history entry of the page already open, as Back and Forward open one: no page load.
      await enterLink(page, url.search);
      await waitForHeader(page);
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
        await shoot(page, `concept-${id}-${lang}`);
        await page.mouse.move(700, 5);
      }
    }
  });
});
