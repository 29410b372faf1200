import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  layerConflicts,
  layerCoverage,
  type LayerMember,
} from '../../../src/lib/domain/concept-layers';
import { DatasetSchema } from '../../../src/lib/domain/schema';

const member = (id: string, layer: string, over: Partial<LayerMember> = {}): LayerMember => ({
  id,
  concept: 'schools-built',
  layer,
  unit: 'schools',
  kind: 'count',
  scope: { levels: 'compulsory', base: null, period: 'cumulative' },
  ...over,
});
const scope = (over: Partial<LayerMember['scope']>): Partial<LayerMember> => ({
  scope: { levels: 'compulsory', base: null, period: 'cumulative', ...over },
});

describe('layerConflicts', () => {
  it('lets readings of one concept at one scope share a layer', () => {
    expect(layerConflicts([member('a', 'l'), member('b', 'l')])).toBeNull();
  });

  const share = (base: string): Partial<LayerMember> => ({
    kind: 'share',
    unit: 'percent',
    scope: { levels: 'compulsory', base, period: 'stock' },
  });

  it.each([
    ['two concepts', {}, { concept: 'places-added' }],
    ['two school levels', {}, scope({ levels: 'preschool' })],
    ['a stock and a flow', {}, scope({ period: 'stock' })],
    ['a plan total and one project', {}, scope({ period: 'project' })],
    ['a yearly rate and a total', {}, scope({ period: 'per-year' })],
    ['money for two purposes', scope({ purpose: 'pay' }), scope({ purpose: 'arrears' })],
    ['shares of different bases', share('schools'), share('pupils')],
    ['different units', {}, { unit: 'places' }],
  ] as const)('refuses %s on one layer', (_, a, b) => {
    expect(layerConflicts([member('a', 'l', a), member('b', 'l', b)])?.layer).toBe('l');
  });

  it('refuses one concept at one scope split over two layers', () => {
    expect(layerConflicts([member('a', 'l'), member('b', 'm')])?.reason).toMatch(/layer l/);
  });
});

describe('layerCoverage', () => {
  const ds = {
    indicators: [
      { id: 'a', concept: 'x', layer: 'l' },
      { id: 'b', concept: 'x', layer: 'l' },
      { id: 'c', concept: 'y', layer: 'c' },
    ],
    facts: [
      { indicator: 'a', region: 'r1' },
      { indicator: 'b', region: 'r2' },
      { indicator: 'c', region: 'r1' },
      { indicator: 'c', region: 'r1' },
    ],
  };

  it('counts the regions and facts of a layer over all its indicators', () => {
    expect(layerCoverage(ds)).toEqual([
      { layer: 'l', concept: 'x', indicators: ['a', 'b'], regions: 2, facts: 2 },
      { layer: 'c', concept: 'y', indicators: ['c'], regions: 1, facts: 2 },
    ]);
  });

  // The figures live in __snapshots__/concept-layers.test.ts.snap (`npx vitest -u` records a change).
  it('states the layers of the committed dataset that draw two regions or more', () => {
    const file = join(import.meta.dirname, '../../../public/data/dataset.json');
    const ds = DatasetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    const out = layerCoverage(ds);
    expect(layerConflicts(ds.indicators)).toBeNull();
    expect(out.reduce((n, l) => n + l.facts, 0)).toBe(ds.facts.length);
    const regions = Object.fromEntries(
      out.filter((l) => l.regions >= 2).map((l) => [l.layer, l.regions]),
    );
    expect({ layers: out.length, concepts: ds.concepts.length, regions }).toMatchSnapshot();
  });
});
