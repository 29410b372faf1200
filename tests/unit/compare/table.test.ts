import { describe, expect, it } from 'vitest';
import { comparisonTable, layerTable, viewTable } from '../../../src/lib/compare/table';
import { regionsInTreeOrder } from '../../../src/lib/data/select';
import { regionValueAsOf } from '../../../src/lib/data/time-rule';
import type { LayerId, Region, RegionCode } from '../../../src/lib/domain/schema';
import { drawnLayer } from '../../../src/lib/layers/layer-specs';
import { atlas as built } from '../../fixtures/dataset';

const atlas = built();
const regions = regionsInTreeOrder(atlas);
// A concept layer of two readings, so the table has a column of the layer itself.
const places = drawnLayer({ kind: 'concept', id: 'guidance-centres' as LayerId }, atlas)!;

describe('layerTable', () => {
  it("opens with the layer's own column (the map's value), then its family's indicators", () => {
    const t = layerTable(atlas, places, regions, null);
    expect(t.kind).toBe('layer');
    expect(t.columns[0]?.key).toBe('l:guidance-centres');
    expect(t.columns.slice(1).every((c) => c.key.startsWith('i:'))).toBe(true);
    expect(t.columns.slice(1).every((c) => c.family.id === 'teaching-research')).toBe(true);
  });

  it('lists only regions with a value, in the region list order, each cell by the time rule', () => {
    for (const year of [null, 2020, 2023]) {
      const t = layerTable(atlas, places, regions, year);
      const order = regions.map((r) => r.code);
      const shown = t.rows.map((r) => r.region.code);
      expect(shown).toEqual(order.filter((c) => shown.includes(c)));
      for (const row of t.rows) {
        expect(row.cells.some((c) => c !== null)).toBe(true);
        t.columns.forEach((col, j) => {
          const ids = col.indicators.map((i) => i.id);
          expect(row.cells[j]?.value ?? null).toEqual(
            regionValueAsOf(atlas, row.region.code, ids, year),
          );
        });
      }
    }
  });

  it('has no column of the layer itself when the layer is one indicator', () => {
    const one = drawnLayer({ kind: 'indicator', id: places.indicators[0]!.id }, atlas)!;
    const t = layerTable(atlas, one, regions, null);
    expect(t.columns.every((c) => c.key.startsWith('i:'))).toBe(true);
  });
});

describe('comparisonTable', () => {
  const codes = ['500113', '610727', 'cq-metro'] as RegionCode[];

  it('keeps every compared region as a row, a region with no value at all too', () => {
    const t = comparisonTable(atlas, codes, null);
    expect(t.kind).toBe('comparison');
    expect(t.rows.map((r) => r.region.code)).toEqual(codes);
  });

  it('keeps a region of China beyond the dataset as a row of no values, once the base names it', () => {
    const hami: Region = {
      code: '650500' as RegionCode,
      name: { zh: '哈密市', en: 'Hami' },
      level: 'prefecture',
      parent: '650000' as RegionCode,
      members: [],
      aliases: [],
    };
    const chosen = [...codes, hami.code];
    expect(comparisonTable(atlas, chosen, null).rows.map((r) => r.region.code)).toEqual(codes);
    const t = viewTable(atlas, chosen, null, regions, null, new Map([[hami.code, hami]]));
    expect(t?.rows.map((r) => r.region.code)).toEqual(chosen);
    expect(t?.rows.at(-1)?.cells.every((c) => c === null)).toBe(true);
  });

  it('has one column per concept layer with a value for some compared region, grouped by family', () => {
    const t = comparisonTable(atlas, codes, null);
    expect(t.columns.length).toBeGreaterThan(3);
    for (const j of t.columns.keys()) expect(t.rows.some((r) => r.cells[j] !== null)).toBe(true);
    const families = t.columns.map((c) => c.family.id);
    // Each family's columns sit together.
    const runs = families.filter((f, i) => i === 0 || families[i - 1] !== f);
    expect(new Set(runs).size).toBe(runs.length);
  });
});

describe('viewTable', () => {
  it('tabulates the comparison once two regions are compared, else the active layer', () => {
    const two = ['500113', '610727'] as RegionCode[];
    expect(viewTable(atlas, two, places, regions, null)).toEqual(comparisonTable(atlas, two, null));
    expect(viewTable(atlas, two.slice(0, 1), places, regions, 2021)).toEqual(
      layerTable(atlas, places, regions, 2021),
    );
  });

  it('has nothing to tabulate with fewer than two compared and no layer drawn', () => {
    expect(viewTable(atlas, ['500113' as RegionCode], null, regions, null)).toBeNull();
  });
});
