/**
 * Journey: regions a document adds, in Chromium on a copy of the build. The two Dali reports of
 * tests/fixtures/documents are added with add-document to a copy of the seeds and the data (which
 * cuts their regions' shapes into extra.json), and the build is served with that dataset and that
 * extra.json: a link to 宾川县 opens framed on it, and each county the reports give a figure for
 * carries it on the map, and in the tooltip; its prefecture is framed from its panel, its province
 * (no figure of its own) drawn from context.json's outline, and a fresh load frames the added
 * counties with the seeds' regions. Each county is found in search (on a desktop and a phone)
 * and by a link by name. The app's own pure code is the oracle. Screenshots of the Dali counties
 * in both languages, of 云南省, and of 弥渡县 opened by search on a desktop and a phone.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexDataset, type Atlas } from '../../src/lib/data/atlas';
import { GEO_FILES, GEO_OBJECTS, type GeoFeatureProps } from '../../src/lib/domain/geometry';
import type { LayerRef } from '../../src/lib/domain/layer-ref';
import {
  DatasetSchema,
  type IndicatorId,
  type LayerId,
  type RegionCode,
} from '../../src/lib/domain/schema';
import { layerSpecs } from '../../src/lib/layers/layer-specs';
import { activeLayer, tooltipModel } from '../../src/lib/layers/tooltip';
import { boundsOf, type Bounds } from '../../src/lib/map/bounds';
import { LAYER, SOURCE } from '../../src/lib/map/ids';
import { slotRadiusKey } from '../../src/lib/map/paint';
import { formatValue } from '../../src/lib/scales/format';
import { publishReports, repositoryWithReports } from '../fixtures/added-documents';
import { interiorPixel, isSelected, settle } from './app';
import { launch, waitForMapIdle, type Page, type Session } from './browser';
import { framing, query, shoot } from './journey-helpers';
import { serveCopy, type ServedCopy } from './offline-helpers';

const BINCHUAN = '532924' as RegionCode;
const YUNNAN = '530000';
const PHONE = { width: 390, height: 844 };
/** The Dali counties the two reports give figures for. */
const COUNTIES = [BINCHUAN, '532923', '532925'] as RegionCode[];
/**
 * 宾川县's share of backbone teachers among the teachers exchanged coloured (the one choropleth), and a concept layer for each
 * county's figures, 宾川县's new places (levels not stated) on top so the tooltip speaks of it.
 */
const STACK = [
  { kind: 'indicator' as const, id: 'backbone-share-among-exchanged' as IndicatorId },
  ...['funds-school-building', 'groups', 'places-levels-unstated'].map((id) => ({
    kind: 'concept' as const,
    id: id as LayerId,
  })),
] satisfies LayerRef[];
const LINK = `?r=${BINCHUAN}&l=boundaries,labels,${STACK.map((l) => `${l.kind[0]}.${l.id}`).join(',')}`;

/** A province's bounds in context.json, from which the map draws a province with no figures. */
function contextBounds(code: string): Bounds {
  const topo = JSON.parse(readFileSync(join('public', GEO_FILES.context), 'utf8')) as Topology<
    Record<string, GeometryCollection<GeoFeatureProps>>
  >;
  const object = topo.objects[GEO_OBJECTS.context.provinces] as GeometryCollection<GeoFeatureProps>;
  const shape = feature(topo, object).features.filter((f) => f.properties.code === code);
  const bounds = boundsOf(shape);
  if (!bounds) throw new Error(`${code} has no outline in context.json`);
  return bounds;
}

/** A region's bounds in extra.json. */
function boundsIn(extra: string, code: string): Bounds {
  const topo = JSON.parse(extra) as Topology<Record<string, GeometryCollection<GeoFeatureProps>>>;
  const shapes = ['county', 'prefecture', 'province'] as const;
  const shape = shapes.flatMap((level) =>
    feature(
      topo,
      topo.objects[GEO_OBJECTS.focus[level]] as GeometryCollection<GeoFeatureProps>,
    ).features.filter((f) => f.properties.code === code),
  );
  const bounds = boundsOf(shape);
  if (!bounds) throw new Error(`${code} has no shape in extra.json`);
  return bounds;
}

/** The symbol radius `code` carries on its label point in `slot` (0: none). */
function radius(page: Page, slot: number, code: string): Promise<number> {
  return page.evaluate(
    ([source, key, id]) =>
      Number(window.__atlasDebug?.map.getFeatureState({ source, id })[key] ?? 0),
    [SOURCE.labels, slotRadiusKey(slot), code] as const,
  );
}

describe('journey: regions a document adds', () => {
  let root = '';
  let copy: ServedCopy;
  let session: Session;
  let page: Page;
  let atlas: Atlas;
  let extra = '';

  beforeAll(async () => {
    root = repositoryWithReports();
    copy = await serveCopy(inject('distDir'));
    const published = publishReports(root, copy.dir);
    extra = published.extra;
    atlas = indexDataset(DatasetSchema.parse(JSON.parse(published.dataset)));
    // The pages may ask only the copy's origin: the shared guard fails the test on anything else.
    session = await launch('zh-CN', copy.url);
    page = await session.context.newPage();
    await page.goto(`${copy.url}${LINK}`);
    await waitForMapIdle(page);
    await settle(page);
  });
  afterAll(async () => {
    await session?.close();
    await copy?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('opens a link to 宾川县 framed on it, selected, with its panel', async () => {
    expect(await isSelected(page, SOURCE.county, BINCHUAN)).toBe(true);
    await page.getByRole('heading', { name: '宾川县' }).waitFor();
    const framed = await framing(page, boundsIn(extra, BINCHUAN));
    expect(framed.inView).toBe(true);
    expect(framed.widths).toBeLessThan(6);
    // It has a shape: the panel does not say otherwise.
    expect(await page.locator('.region-panel [role="note"]').count()).toBe(0);
  });

  it('draws each county’s figure on its layer, and the tooltip says it', async () => {
    const specs = layerSpecs(STACK, atlas, null);
    for (const code of COUNTIES) {
      const spec = specs.find((s) => s.kind === 'symbols' && s.valuesByRegion.has(code));
      if (spec?.kind !== 'symbols') throw new Error(`no layer of the stack draws ${code}`);
      await expect.poll(() => radius(page, spec.slot, code)).toBeGreaterThan(0);
    }
    const coloured = await page.evaluate(
      ([source, id]) => window.__atlasDebug?.map.getFeatureState({ source, id }).class,
      [SOURCE.county, BINCHUAN] as const,
    );
    expect(typeof coloured).toBe('number');
    const tip = tooltipModel(atlas, BINCHUAN, activeLayer(specs, null), null);
    if (!tip?.value || !tip.indicator) throw new Error('宾川县 has no value on its new places');
    const { x, y } = await interiorPixel(page, LAYER.countyFill, BINCHUAN);
    await page.mouse.move(x, y);
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.locator('strong').innerText()).toBe('宾川县');
    expect(await tooltip.locator('.value').innerText()).toContain(
      formatValue(tip.value.fact, tip.indicator.unit, 'zh'),
    );
    await page.mouse.move(5, 400);
  });

  it('frames a fresh load on the dataset’s regions, the added counties among them', async () => {
    const fresh = await session.context.newPage();
    await fresh.goto(copy.url);
    await waitForMapIdle(fresh);
    await settle(fresh);
    for (const code of COUNTIES)
      expect((await framing(fresh, boundsIn(extra, code))).inView).toBe(true);
    await fresh.close();
  });

  it('frames the prefecture when its panel’s parent link is followed', async () => {
    await page.getByRole('button', { name: '大理白族自治州' }).click();
    await page.getByRole('heading', { name: '大理白族自治州' }).waitFor();
    await settle(page);
    expect(await isSelected(page, SOURCE.prefecture, '532900')).toBe(true);
    const framed = await framing(page, boundsIn(extra, '532900'));
    expect(framed.inView).toBe(true);
    expect(framed.widths).toBeLessThan(6);
    await shoot(page, 'added-regions-dali-zh');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: '大理白族自治州' }).waitFor();
    await settle(page);
    await shoot(page, 'added-regions-dali-en');
    await page.getByRole('button', { name: '中文', exact: true }).click();
  });

  it('draws their province, which has no figure of its own, from context.json’s outline', async () => {
    await page.getByRole('button', { name: '云南省' }).click();
    await page.getByRole('heading', { name: '云南省' }).waitFor();
    await settle(page);
    expect(await isSelected(page, SOURCE.province, YUNNAN)).toBe(true);
    expect(await page.locator('.region-panel [role="note"]').count()).toBe(0);
    expect((await framing(page, contextBounds(YUNNAN))).inView).toBe(true);
    await shoot(page, 'added-regions-yunnan-zh');
  });

  it('opens a county by a link by its name, rewritten to its code', async () => {
    const named = await session.context.newPage();
    await named.goto(`${copy.url}?r=${encodeURIComponent('弥渡')}`);
    await named.getByRole('heading', { name: '弥渡县' }).waitFor();
    await expect.poll(() => query(named).get('r')).toBe('532925');
    await named.close();
  });

  it.each([
    ['desktop', null],
    ['phone', PHONE],
  ] as const)('finds each county in search, and opens one from it (%s)', async (name, size) => {
    const searching = await session.context.newPage();
    if (size) await searching.setViewportSize(size);
    await searching.goto(copy.url);
    await waitForMapIdle(searching);
    const box = searching.getByRole('combobox');
    const first = searching.locator('.search [role="listbox"] [role="option"]').first();
    for (const [typed, county] of [
      ['宾川', '宾川县'],
      ['xiangyun', '祥云县'],
      ['弥渡县', '弥渡县'],
    ]) {
      await box.fill('');
      await box.pressSequentially(typed as string);
      await expect.poll(() => first.innerText().catch(() => '')).toContain(county);
    }
    await searching.keyboard.press('Enter');
    await expect.poll(() => query(searching).get('r')).toBe('532925');
    await searching.getByRole('heading', { name: '弥渡县' }).waitFor();
    await settle(searching);
    expect(await isSelected(searching, SOURCE.county, '532925')).toBe(true);
    expect((await framing(searching, boundsIn(extra, '532925'))).inView).toBe(true);
    await shoot(searching, `added-regions-search-midu-${name}-zh`);
    await searching.getByRole('button', { name: 'English', exact: true }).click();
    await searching.getByRole('heading', { name: '弥渡县' }).waitFor();
    await settle(searching);
    await shoot(searching, `added-regions-search-midu-${name}-en`);
    await searching.close();
  });
});
