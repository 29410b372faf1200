import { describe, expect, it } from 'vitest';
import regionsJson from '../../../seeds/regions.json';
import { DatasetSchema } from '../../../src/lib/domain/schema';
import { indexDataset, resolveRegion } from '../../../src/lib/data/atlas';
import { regionsInTreeOrder } from '../../../src/lib/data/select';

const atlas = indexDataset(
  DatasetSchema.parse({
    schemaVersion: 1,
    sources: [],
    regions: regionsJson.regions,
    families: [],
    concepts: [],
    indicators: [],
    measureKinds: [],
    facts: [],
    measures: [],
    events: [],
  }),
);

describe('regionsInTreeOrder', () => {
  const order = regionsInTreeOrder(atlas).map((r) => r.code);

  it('lists every region once', () => {
    expect(new Set(order).size).toBe(regionsJson.regions.length);
    expect(order).toHaveLength(regionsJson.regions.length);
  });

  it('puts each parent before its children', () => {
    for (const r of atlas.dataset.regions)
      if (r.parent) expect(order.indexOf(r.parent)).toBeLessThan(order.indexOf(r.code));
  });

  it("lists Chongqing's groups after its districts, so districts don't read as a group's members", () => {
    const at = (code: string) => order.indexOf(code as (typeof order)[number]);
    expect(at('cq-metro')).toBeGreaterThan(at('500243'));
    expect(order.slice(at('cq-metro'), at('cq-metro') + 3)).toEqual([
      'cq-metro',
      'cq-northeast',
      'cq-southeast',
    ]);
  });
});

describe('resolveRegion', () => {
  it.each([
    ['500113', '500113'],
    ['500228', '500155'],
    ['500232', '500156'],
    ['500234', '500154'],
    ['610721', '610703'],
    ['开县', '500154'],
    ['999999', null],
  ])('%s → %s', (key, code) => {
    expect(resolveRegion(atlas, key)).toBe(code);
  });
});
