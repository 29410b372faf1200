import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import {
  buildCatalogue,
  firstViewLayer,
  searchCatalogue,
} from '../../../src/lib/layers/layer-catalogue';
import { familyCoverage } from '../../../src/lib/domain/families';
import { MINI } from '../../fixtures/mini-dataset';
import { atlas as built } from '../../fixtures/dataset';

const cat = buildCatalogue(indexDataset(MINI));
const ids = (c: typeof cat) =>
  c.families.flatMap((g) => g.entries.map((e) => (e.ref.kind === 'indicator' ? e.ref.id : '')));

describe('buildCatalogue', () => {
  it('lists families comparing the most regions first, catalogue order among equals', () => {
    const counts = cat.families.map((g) => g.regionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(cat.families.map((g) => g.group).sort()).toEqual(MINI.families.map((f) => f.id).sort());
  });

  it('counts each family and family layer as familyCoverage does, on the built dataset', () => {
    const a = built();
    const full = buildCatalogue(a);
    const coverage = familyCoverage(a.dataset);
    for (const g of full.families) {
      const c = coverage.families.find((f) => f.family === g.family.id)!;
      expect(g.regionCount).toBe(c.regions);
      for (const l of g.layers)
        expect(l.regionCount).toBe(
          c.layers.find((x) => l.ref.kind === 'family' && x.layer === l.ref.id)?.regions,
        );
    }
    const places = full.families.find((g) => g.family.id === 'school-places')!;
    expect(places.layers.map((l) => l.ref)).toEqual([{ kind: 'family', id: 'places' }]);
    expect(places.regionCount).toBe(4);
    // A layer of one indicator is that indicator: listed once, among the fine indicators.
    expect(full.families.flatMap((g) => g.layers).every((l) => l.ref.kind === 'family')).toBe(true);
  });

  it('counts the regions reporting each indicator and measure', () => {
    const places = cat.families
      .flatMap((g) => g.entries)
      .find((e) => e.ref.kind === 'indicator' && e.ref.id === 'new-school-places');
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

  it('keeps a whole family when its name matches', () => {
    const full = buildCatalogue(built());
    const [hit] = searchCatalogue(full, 'school places').families;
    expect(hit?.family.id).toBe('school-places');
    const members = full.families.find((f) => f.family.id === 'school-places')?.entries;
    expect(members?.length).toBeGreaterThan(1);
    expect(hit?.entries).toEqual(members);
  });

  it('drops empty groups and keeps everything for an empty query', () => {
    expect(searchCatalogue(cat, '集团').families).toEqual([]);
    expect(searchCatalogue(cat, '集团').measures[0]?.entries).toHaveLength(1);
    expect(searchCatalogue(cat, '  ')).toBe(cat);
  });
});

describe('firstViewLayer', () => {
  it('is the family layer that compares the most regions, the first among equals', () => {
    const a = built();
    const counts = familyCoverage(a.dataset).families.flatMap((f) => f.layers);
    const most = Math.max(...counts.map((l) => l.regions));
    const ref = firstViewLayer(a);
    expect(ref?.kind).toBe('family');
    expect(ref && 'id' in ref ? ref.id : null).toBe(counts.find((l) => l.regions === most)?.layer);
    expect(most).toBeGreaterThanOrEqual(2);
  });

  it('is none when no family has a value', () => {
    const a = built();
    expect(firstViewLayer(indexDataset({ ...a.dataset, facts: [] }))).toBeNull();
  });
});
