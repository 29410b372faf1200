import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonModel } from '../../../src/lib/compare/comparison';
import { regionDetail } from '../../../src/lib/data/region-detail';
import { regionValueAsOf } from '../../../src/lib/data/time-rule';
import type { LayerId, Region, RegionCode } from '../../../src/lib/domain/schema';
import { atlas as built } from '../../fixtures/dataset';

const atlas = built();
const BANAN = '500113' as RegionCode;
const LUEYANG = '610727' as RegionCode;
const METRO = 'cq-metro' as RegionCode;
const codes = atlas.dataset.regions.map((r) => r.code);

describe('comparisonModel', () => {
  it('keeps the regions in the order chosen, a group among them, and leaves unknown codes out', () => {
    const c = comparisonModel(atlas, [LUEYANG, 'nowhere' as RegionCode, METRO, BANAN], null);
    expect(c.regions.map((r) => r.code)).toEqual([LUEYANG, METRO, BANAN]);
  });

  it('takes a region of China beyond the dataset from the base, and says it has no figures', () => {
    const hami: Region = {
      code: '650500' as RegionCode,
      name: { zh: '哈密市', en: 'Hami' },
      level: 'prefecture',
      parent: '650000' as RegionCode,
      members: [],
      aliases: [],
    };
    const places = new Map([[hami.code, hami]]);
    const chosen = [BANAN, hami.code, LUEYANG];
    expect(comparisonModel(atlas, chosen, null).regions.map((r) => r.code)).toEqual([
      BANAN,
      LUEYANG,
    ]);
    const c = comparisonModel(atlas, chosen, null, places);
    expect(c.regions).toEqual([atlas.regions.get(BANAN), hami, atlas.regions.get(LUEYANG)]);
    expect(c.withoutFigures).toEqual([hami.code]);
    for (const f of c.families) for (const row of f.rows) expect(row.cells[1]).toBeNull();
  });

  it('gives every row one cell per region, and says "no value" (null) rather than drop a region', () => {
    const c = comparisonModel(atlas, [BANAN, LUEYANG, METRO], null);
    const places = c.families
      .flatMap((f) => f.rows)
      .find((r) => r.layer.id === ('places-compulsory' as LayerId));
    expect(places?.cells).toHaveLength(3);
    expect(places?.cells[0]?.value.fact.value).toBe(22500);
    expect(places?.cells[1]?.value.fact.status).toBe('target');
    expect(places?.cells[2]).toBeNull();
    for (const f of c.families) for (const row of f.rows) expect(row.cells).toHaveLength(3);
  });

  it('lists every family once: with a value for some region, or among the empty ones', () => {
    const c = comparisonModel(atlas, [BANAN, LUEYANG], 2023);
    const ids = [...c.families.map((f) => f.family.id), ...c.empty.map((f) => f.id)];
    expect(ids.sort()).toEqual(atlas.dataset.families.map((f) => f.id).sort());
    for (const f of c.families)
      for (const row of f.rows) expect(row.cells.some((cell) => cell !== null)).toBe(true);
  });

  it('never mixes scopes in a row, as each row is one concept layer', () => {
    for (const chosen of [
      [BANAN, LUEYANG],
      [BANAN, LUEYANG, METRO],
    ])
      for (const year of [null, 2020, 2023])
        for (const f of comparisonModel(atlas, chosen, year).families)
          for (const row of f.rows) {
            const levels = row.cells.flatMap((c) => (c ? [c.indicator.scope.levels] : []));
            expect(new Set(levels).size).toBe(1);
          }
  });

  it("shows, for every region and layer at any year, the time rule's value: the map tooltip's and the region panel's", () => {
    const years = fc.option(fc.integer({ min: 2015, max: 2027 }), { nil: null });
    const chosen = fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(chosen, years, (regions, year) => {
        const c = comparisonModel(atlas, regions, year);
        const panels = regions.map((code) => regionDetail(atlas, code, year));
        for (const layer of atlas.conceptLayers.values()) {
          const row = c.families.flatMap((f) => f.rows).find((r) => r.layer.id === layer.id);
          regions.forEach((code, i) => {
            const ids = layer.indicators.map((ind) => ind.id);
            // What the tooltip shows on this layer (AtlasView.tooltip calls the same rule).
            const expected = regionValueAsOf(atlas, code, ids, year);
            expect(row?.cells[i]?.value ?? null).toEqual(expected);
            // What the region panel marks as the current value of a one-indicator layer.
            const [only] = layer.indicators;
            if (layer.indicators.length !== 1 || !only) return;
            const panel = panels[i]?.indicators.find((g) => g.indicator.id === only.id);
            const current = panel?.facts.find((f) => f.current)?.fact ?? null;
            expect(row?.cells[i]?.value.fact ?? null).toEqual(current);
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
