import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyCoverage, layerConflicts, type LayerMember } from '../../../src/lib/domain/families';
import { DatasetSchema } from '../../../src/lib/domain/schema';

const member = (id: string, layer: string, over: Partial<LayerMember> = {}): LayerMember => ({
  id,
  family: 'f',
  layer,
  unit: 'schools',
  kind: 'count',
  scope: { base: null, period: 'cumulative' },
  ...over,
});

describe('layerConflicts', () => {
  it('lets indicators differing only in school levels share a layer', () => {
    expect(
      layerConflicts([
        member('a', 'l'),
        member('b', 'l', { unit: 'schools-and-kindergartens' }),
        member('c', 'l', { unit: 'kindergartens', scope: { base: null, period: 'project' } }),
      ]),
    ).toBeNull();
  });

  const share = (base: string): Partial<LayerMember> => ({
    kind: 'share',
    unit: 'percent',
    scope: { base, period: 'stock' },
  });

  it.each([
    ['a stock and a flow', {}, { scope: { base: null, period: 'stock' } }],
    ['a yearly rate and a total', {}, { scope: { base: null, period: 'per-year' } }],
    ['shares of different bases', share('schools'), share('pupils')],
    ['different units', {}, { unit: 'places' }],
  ] as const)('refuses %s on one layer', (_, a, b) => {
    expect(layerConflicts([member('a', 'l', a), member('b', 'l', b)])?.layer).toBe('f/l');
  });

  it('refuses a layer id shared by two families', () => {
    expect(layerConflicts([member('a', 'l'), member('b', 'l', { family: 'g' })])).not.toBeNull();
  });
});

describe('familyCoverage', () => {
  const ds = {
    families: [{ id: 'f' }, { id: 'g' }],
    indicators: [
      { id: 'a', family: 'f', layer: 'l' },
      { id: 'b', family: 'f', layer: 'l' },
      { id: 'c', family: 'g', layer: 'c' },
    ],
    facts: [
      { indicator: 'a', region: 'r1' },
      { indicator: 'b', region: 'r2' },
      { indicator: 'c', region: 'r1' },
      { indicator: 'c', region: 'r1' },
    ],
  };

  it('counts the regions of a layer over all its indicators', () => {
    const out = familyCoverage(ds);
    expect(out.families[0]).toMatchObject({ family: 'f', regions: 2, facts: 2 });
    expect(out.families[0]?.layers).toEqual([
      { layer: 'l', indicators: ['a', 'b'], regions: 2, facts: 2 },
    ]);
  });

  it('measures the share of facts in a layer comparing two regions or more', () => {
    expect(familyCoverage(ds)).toMatchObject({ facts: 4, comparing: 2, share: 0.5 });
    expect(familyCoverage({ ...ds, facts: [] }).share).toBe(0);
  });

  // The figures live in __snapshots__/families.test.ts.snap (`npx vitest -u` records a change).
  it('states the figure of the committed dataset', () => {
    const file = join(import.meta.dirname, '../../../public/data/dataset.json');
    const out = familyCoverage(DatasetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
    expect(out.comparing).toBeLessThanOrEqual(out.facts);
    const regions = Object.fromEntries(out.families.map((f) => [f.family, f.regions]));
    expect({ comparing: out.comparing, facts: out.facts, regions }).toMatchSnapshot();
  });
});
