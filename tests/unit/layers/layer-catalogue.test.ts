import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import {
  buildCatalogue,
  firstViewLayer,
  searchCatalogue,
} from '../../../src/lib/layers/layer-catalogue';
import { layerCoverage } from '../../../src/lib/domain/concept-layers';
import { MINI } from '../../fixtures/mini-dataset';
import { atlas as built } from '../../fixtures/dataset';

const cat = buildCatalogue(indexDataset(MINI));
// In MINI each indicator is a concept layer of its own, of the same id.
const ids = (c: typeof cat) =>
  c.families.flatMap((g) => g.layers.map((e) => (e.ref.kind === 'concept' ? e.ref.id : '')));

describe('buildCatalogue', () => {
  it('lists families reporting the most regions first, catalogue order among equals', () => {
    const counts = cat.families.map((g) => g.regionCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(cat.families.map((g) => g.group).sort()).toEqual(MINI.families.map((f) => f.id).sort());
  });

  it('counts each concept layer as layerCoverage does, on the built dataset, and offers only those with figures', () => {
    const a = built();
    const full = buildCatalogue(a);
    const coverage = layerCoverage(a.dataset).filter((l) => l.regions > 0);
    const layers = full.families.flatMap((g) => g.layers);
    expect(layers).toHaveLength(coverage.length);
    for (const l of layers)
      expect(l.regionCount).toBe(
        coverage.find((x) => l.ref.kind === 'concept' && x.layer === l.ref.id)?.regions,
      );
    const places = full.families.find((g) => g.family.id === 'school-places')!;
    expect(places.layers.map((l) => l.ref)).toEqual([
      { kind: 'concept', id: 'places-compulsory' },
      { kind: 'concept', id: 'places-incl-kindergartens' },
    ]);
    expect(places.regionCount).toBe(4);
    expect(places.entries.map((e) => e.ref)).toEqual([
      { kind: 'indicator', id: 'new-school-places' },
      { kind: 'indicator', id: 'new-places-incl-kindergartens' },
    ]);
  });

  it('counts the regions reporting each layer and measure', () => {
    const places = cat.families
      .flatMap((g) => g.layers)
      .find((e) => e.ref.kind === 'concept' && e.ref.id === 'new-school-places');
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
    const members = full.families.find((g) => g.family.id === 'school-places')?.layers;
    expect(members?.length).toBeGreaterThan(1);
    expect(hit?.layers).toEqual(members);
  });

  it('drops empty groups and keeps everything for an empty query', () => {
    expect(searchCatalogue(cat, '集团').families).toEqual([]);
    expect(searchCatalogue(cat, '集团').measures[0]?.entries).toHaveLength(1);
    expect(searchCatalogue(cat, '  ')).toBe(cat);
  });
});

describe('firstViewLayer', () => {
  it('is the concept layer that draws the most regions, the first among equals', () => {
    const a = built();
    const counts = layerCoverage(a.dataset);
    const most = Math.max(...counts.map((l) => l.regions));
    const ref = firstViewLayer(a);
    expect(ref?.kind).toBe('concept');
    expect(ref && 'id' in ref ? ref.id : null).toBe(counts.find((l) => l.regions === most)?.layer);
    expect(most).toBeGreaterThanOrEqual(2);
  });

  it('is none when no layer has a value', () => {
    const a = built();
    expect(firstViewLayer(indexDataset({ ...a.dataset, facts: [] }))).toBeNull();
  });
});
