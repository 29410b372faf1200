import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { buildCatalogue, searchCatalogue } from '../../../src/lib/layers/layer-catalogue';
import { MINI } from '../../fixtures/mini-dataset';

const cat = buildCatalogue(indexDataset(MINI));
const ids = (c: typeof cat) =>
  c.indicators.flatMap((g) => g.entries.map((e) => (e.ref.kind === 'indicator' ? e.ref.id : '')));

describe('buildCatalogue', () => {
  it('groups indicators by their group, in dataset order', () => {
    expect(cat.indicators.map((g) => g.group)).toEqual([
      'capacity',
      'equity',
      'funding',
      'teachers',
      'facilities',
      'context',
    ]);
  });

  it('counts the regions reporting each indicator and measure', () => {
    const places = cat.indicators[0]?.entries[0];
    expect(places?.regionCount).toBe(3);
    expect(
      cat.measures.flatMap((g) => g.entries).find((e) => e.ref.kind === 'measure')?.regionCount,
    ).toBe(3);
    expect(cat.events.regionCount).toBe(2);
    expect(cat.context.map((c) => c.ref)).toContainEqual({ kind: 'context', id: 'counties' });
  });
});

describe('searchCatalogue', () => {
  it('finds by Chinese name, English name (any case) or id', () => {
    expect(ids(searchCatalogue(cat, '差异'))).toEqual(['difference-coefficient']);
    expect(ids(searchCatalogue(cat, 'DIFFERENCE'))).toEqual(['difference-coefficient']);
    expect(ids(searchCatalogue(cat, 'kindergarten-share'))).toEqual(['public-kindergarten-share']);
  });

  it('drops empty groups and keeps everything for an empty query', () => {
    expect(searchCatalogue(cat, '集团').indicators).toEqual([]);
    expect(searchCatalogue(cat, '集团').measures[0]?.entries).toHaveLength(1);
    expect(searchCatalogue(cat, '  ')).toBe(cat);
  });
});
