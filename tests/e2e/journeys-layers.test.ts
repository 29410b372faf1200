/**
 * Journey 1, layers and sources, in Chromium on the built app: turn on an indicator layer (the
 * legend and the link follow), read a region's value in the tooltip and in the region panel,
 * open the quote in its source with the sentence highlighted, and go from a highlight back to
 * its region with its layer on. Expected values come from the dataset through the app's own
 * formatter, so a wrong number on screen fails here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatValue } from '../../src/lib/scales/format';
import type { Fact, RegionCode } from '../../src/lib/domain/schema';
import type { Lang } from '../../src/lib/i18n/lang';
import { INDICATOR_LAYER, SOURCE } from '../../src/lib/map/ids';
import { layerSpecs } from '../../src/lib/layers/layer-specs';
import { mapPlan } from '../../src/lib/map/map-plan';
import { slotRadiusKey, slotTargetKey } from '../../src/lib/map/paint';
import { defaultSnapshot } from '../../src/lib/state/types';
import { parseUrl } from '../../src/lib/state/url';
import type { Page } from 'playwright-core';
import { openApp, renderedCount, settle, type OpenApp } from './app';
import {
  atlas,
  layerChecked,
  revealLayerBox,
  query,
  regionOption,
  selectedInList,
  shoot,
  urlContext,
} from './journey-helpers';

const LUEYANG = '610727' as RegionCode;
const PLACES = 'new-school-places';
const PLACES_LAYER = `indicator:${PLACES}`;

const factsOf = (code: RegionCode): readonly Fact[] => atlas().factsByRegion.get(code) ?? [];
const placesFact = (): Fact => {
  const f = factsOf(LUEYANG).find((x) => x.indicator === PLACES);
  if (!f) throw new Error(`dataset has no ${PLACES} fact for ${LUEYANG}`);
  return f;
};
const shown = (f: Fact, lang: Lang) =>
  formatValue(f, atlas().indicators.get(f.indicator)!.unit, lang);

/** The feature state of a region's label point, where the symbol layers read their radius. */
function labelState(page: Page, code: string): Promise<Record<string, unknown>> {
  return page.evaluate(
    ([source, id]) => window.__atlasDebug?.map.getFeatureState({ source, id }) ?? {},
    [SOURCE.labels, code] as const,
  );
}

/**
 * The map's label-point states equal the map plan the app's pure code makes for the view in
 * the address bar: the drawing follows the view, with nothing stale left over.
 */
async function expectMapMatchesPlan(page: Page): Promise<void> {
  const { snapshot } = parseUrl(new URL(page.url()).search, urlContext(), defaultSnapshot('zh'));
  const specs = layerSpecs(snapshot.layers, atlas(), snapshot.year);
  const plan = mapPlan(
    {
      specs,
      stack: snapshot.layers,
      lang: snapshot.lang,
      selected: snapshot.region,
      hovered: null,
      compared: [],
      countiesLoaded: false,
    },
    atlas(),
  );
  const codes = atlas().dataset.regions.map((r) => r.code);
  const pick = (s: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(s).filter(([k]) => /^[rt]\d$/.test(k) && s[k] !== false));
  const want = Object.fromEntries(codes.map((c) => [c, pick(plan.states.get(c) ?? {})]));
  await expect
    .poll(async () => {
      const got: Record<string, unknown> = {};
      for (const c of codes) got[c] = pick(await labelState(page, c));
      return got;
    })
    .toEqual(want);
}

describe('journey: layers and sources', () => {
  let app: OpenApp;
  beforeAll(async () => {
    // From the context layers alone, so the journey turns its layer on itself.
    app = await openApp(`${inject('baseUrl')}?l=boundaries,labels`);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('turns on 新增学位: the legend shows it and the link lists it', async () => {
    const { page } = app;
    expect(query(page).get('l') ?? '').not.toContain(`i.${PLACES}`);
    await (await revealLayerBox(page, PLACES_LAYER)).check();
    const legend = page.locator('.legend .block', { hasText: '新增学位' });
    await expect.poll(() => legend.count()).toBe(1);
    expect(await legend.getAttribute('data-kind')).toBe('symbols');
    await expect.poll(() => query(page).get('l') ?? '').toContain(`i.${PLACES}`);
    expect(query(page).get('i')).toBe(PLACES);
  });

  it('draws 新增学位 on the map: a circle on 略阳县 sized by its value, marked as a target', async () => {
    const { page } = app;
    // Symbol slots are never hidden; a slot draws where a label point has a radius for it.
    expect(
      await page.evaluate(
        (id) => window.__atlasDebug?.map.getLayoutProperty(id, 'visibility'),
        INDICATOR_LAYER.symbols[0]!,
      ),
    ).not.toBe('none');
    await expect
      .poll(() => labelState(page, LUEYANG))
      .toMatchObject({ [slotRadiusKey(0)]: expect.any(Number), [slotTargetKey(0)]: true });
    expect((await labelState(page, LUEYANG))[slotRadiusKey(0)]).toBeGreaterThan(0);
    await settle(page);
    expect(await renderedCount(page, [INDICATOR_LAYER.symbols[0]!])).toBeGreaterThan(0);
  });

  it('draws exactly what the view asks for: the feature state of every region matches the map plan', async () => {
    await expectMapMatchesPlan(app.page);
  });

  it('shows region, indicator and value in a tooltip when a region is hovered in the list', async () => {
    const { page } = app;
    await regionOption(page, LUEYANG).scrollIntoViewIfNeeded();
    await regionOption(page, LUEYANG).hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    const text = await tip.innerText();
    expect(text).toContain('略阳县');
    expect(text).toContain('新增学位');
    expect(text).toContain(shown(placesFact(), 'zh'));
    await page.mouse.move(700, 5);
    await expect.poll(() => tip.count()).toBe(0);
  });

  it('shows the tooltip when the keyboard moves onto a region in the list', async () => {
    const { page } = app;
    const codes = await page
      .locator('[role="listbox"] [role="option"][data-code]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    const index = codes.indexOf(LUEYANG);
    expect(index).toBeGreaterThanOrEqual(0);
    await page.locator('.region-list [role="listbox"]').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
    const tip = page.getByRole('tooltip');
    await expect.poll(() => tip.innerText().catch(() => '')).toContain('略阳县');
    expect(await tip.innerText()).toContain(shown(placesFact(), 'zh'));
    // Placed in the map's corner, it leaves the Map | Table switch above it to be seen and clicked.
    const [box, switchBox] = await Promise.all([
      tip.boundingBox(),
      page.locator('.switch').boundingBox(),
    ]);
    expect(box?.y).toBeGreaterThanOrEqual((switchBox?.y ?? Infinity) + (switchBox?.height ?? 0));
  });

  it('selects 略阳县 and lists its values, each as the dataset has it', async () => {
    const { page } = app;
    await regionOption(page, LUEYANG).click();
    await expect.poll(() => selectedInList(page)).toBe(LUEYANG);
    await expect.poll(() => query(page).get('r')).toBe(LUEYANG);
    const panel = page.locator('.region-panel');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('#region-title').innerText()).toBe('略阳县');
    const facts = factsOf(LUEYANG);
    expect(await panel.locator('[data-fact]').count()).toBe(facts.length);
    for (const f of facts) {
      expect(await panel.locator(`[data-fact="${f.id}"] .value`).innerText(), f.id).toBe(
        shown(f, 'zh'),
      );
    }
    // A target is said to be one.
    expect(await panel.locator(`[data-fact="${placesFact().id}"] .status`).innerText()).toBe(
      '目标',
    );
  });

  it('opens the quote in its source with the sentence marked and scrolled into view', async () => {
    const { page } = app;
    const fact = placesFact();
    await page.locator(`.region-panel [data-fact="${fact.id}"] button.quote`).click();
    const viewer = page.locator('.source-viewer');
    await viewer.waitFor({ state: 'visible' });
    // The quote may be cut into several marks where another item overlaps it (here an event).
    const current = viewer.locator('mark[aria-current="true"]');
    await expect.poll(() => current.count()).toBeGreaterThan(0);
    const marks = await current.evaluateAll((els) =>
      els.map((e) => ({ items: e.getAttribute('data-items') ?? '', text: e.textContent ?? '' })),
    );
    for (const m of marks) expect(m.items.split(' ')).toContain(fact.id);
    expect(marks.map((m) => m.text).join('')).toBe(fact.quote);
    await expect.poll(() => query(page).get('s')).toBe(fact.source);
    expect(query(page).get('q')).toBe(fact.id);
    // Scrolled into view: the mark lies inside the scrolling text box and inside the window.
    await expect
      .poll(() =>
        current.first().evaluate((mark) => {
          const box = mark.closest('.text')!.getBoundingClientRect();
          const r = mark.getBoundingClientRect();
          const inBox = r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
          const inWindow = r.top >= 0 && r.bottom <= window.innerHeight;
          return inBox && inWindow;
        }),
      )
      .toBe(true);
    await shoot(page, 'journey1-source-zh');
  });

  it('goes from a highlight to its region, selected, with its layer on', async () => {
    const { page } = app;
    const fact = placesFact();
    // A highlight of one fact about another region and an indicator that is not on yet.
    const candidates = atlas().dataset.facts.filter(
      (f) => f.source === fact.source && f.region !== LUEYANG && f.indicator !== PLACES,
    );
    const ids = new Set<string>(candidates.map((f) => f.id));
    const itemsOfMarks = await page
      .locator('.source-viewer mark[data-items]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-items') ?? ''));
    const pickIndex = itemsOfMarks.findIndex((items) => ids.has(items.split(' ')[0] ?? ''));
    expect(pickIndex).toBeGreaterThanOrEqual(0);
    const picked = candidates.find((f) => f.id === itemsOfMarks[pickIndex]!.split(' ')[0])!;
    const layer = `indicator:${picked.indicator}`;
    expect(await (await revealLayerBox(page, layer)).isChecked()).toBe(false);

    await page
      .locator('.source-viewer mark[data-items]')
      .nth(pickIndex)
      .getByRole('button')
      .click();
    await expect.poll(() => selectedInList(page)).toBe(picked.region);
    expect(await regionOption(page, picked.region).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => layerChecked(page, layer)).toBe(true);
    await expect.poll(() => query(page).get('r')).toBe(picked.region);
    expect(query(page).get('l') ?? '').toContain(`i.${picked.indicator}`);
    const name = atlas().indicators.get(picked.indicator)!.name.zh;
    expect(await page.locator('.legend .block', { hasText: name }).count()).toBe(1);
    await expectMapMatchesPlan(page);
    await settle(page);
    await shoot(page, 'journey1-end-zh');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await shoot(page, 'journey1-end-en');
  });
});
