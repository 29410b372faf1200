import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../src/lib/compare/sort';
import { layerTable } from '../../../src/lib/compare/table';
import { regionsInTreeOrder } from '../../../src/lib/data/select';
import type { LayerId } from '../../../src/lib/domain/schema';
import { drawnLayer } from '../../../src/lib/layers/layer-specs';
import { atlas as built } from '../../fixtures/dataset';

const atlas = built();
// Its table has a column per indicator of the school-places family: four regions with a value.
const layer = drawnLayer({ kind: 'concept', id: 'places-compulsory' as LayerId }, atlas)!;
const table = layerTable(atlas, layer, regionsInTreeOrder(atlas), null);
const keys = table.columns.map((c) => c.key);

describe('nextSort', () => {
  it('starts names A→Z and values largest first, and flips on a second click', () => {
    expect(nextSort(null, 'region')).toEqual({ column: 'region', direction: 'ascending' });
    const first = nextSort(null, 'i:new-school-places');
    expect(first).toEqual({ column: 'i:new-school-places', direction: 'descending' });
    expect(nextSort(first, 'i:new-school-places').direction).toBe('ascending');
    expect(nextSort(first, 'region').column).toBe('region');
  });
});

describe('sortRows', () => {
  it('keeps the given order without a sort', () => {
    expect(sortRows(table.rows, keys, null, 'en')).toEqual(table.rows);
  });

  it('orders by value in either direction, with regions lacking a value always last', () => {
    for (const key of keys)
      for (const direction of ['ascending', 'descending'] as const) {
        const j = keys.indexOf(key);
        const values = sortRows(table.rows, keys, { column: key, direction }, 'en').map(
          (r) => r.cells[j]?.value.fact.value ?? null,
        );
        const present = values.filter((v): v is number => v !== null);
        expect(values.slice(0, present.length)).toEqual(present);
        const sorted = [...present].sort((a, b) => (direction === 'ascending' ? a - b : b - a));
        expect(present).toEqual(sorted);
      }
  });

  it('orders names by pinyin in Chinese and alphabetically in English', () => {
    const names = (lang: 'zh' | 'en') =>
      sortRows(table.rows, keys, { column: 'region', direction: 'ascending' }, lang).map(
        (r) => r.region.name[lang],
      );
    expect(names('en')).toEqual([...names('en')].sort((a, b) => a.localeCompare(b, 'en')));
    // 巴南 (ba) before 重庆 (chong) before 汉中 (han) before 略阳 (lue).
    expect(names('zh')).toEqual(['巴南区', '重庆市', '汉中市', '略阳县']);
  });

  it('is a permutation of the rows for any sort, and an unknown column keeps the order', () => {
    const column = fc.constantFrom('region', 'nowhere', ...keys);
    const direction = fc.constantFrom('ascending' as const, 'descending' as const);
    fc.assert(
      fc.property(column, direction, fc.constantFrom('zh' as const, 'en' as const), (c, d, l) => {
        const out = sortRows(table.rows, keys, { column: c, direction: d }, l);
        expect([...out].sort((a, b) => a.region.code.localeCompare(b.region.code))).toEqual(
          [...table.rows].sort((a, b) => a.region.code.localeCompare(b.region.code)),
        );
        if (c === 'nowhere') expect(out).toEqual(table.rows);
      }),
    );
  });
});
