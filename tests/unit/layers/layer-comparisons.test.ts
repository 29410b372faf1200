import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { Dataset, FactId, IndicatorId } from '../../../src/lib/domain/schema';
import { layerComparisons } from '../../fixtures/layer-comparisons';
import { atlas as built } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

function variant(over: (ds: Dataset) => Dataset): Dataset {
  return over(structuredClone(MINI) as Dataset);
}

const places = (ds: Dataset) =>
  layerComparisons(indexDataset(ds)).find((l) => l.layer === 'new-school-places');

describe('layerComparisons', () => {
  it('counts a layer’s regions and years only while it draws two regions or more', () => {
    const out = layerComparisons(indexDataset(MINI));
    for (const l of out) {
      if (l.years.length === 0) expect(l.regions).toEqual([]);
      else expect(l.regions.length).toBeGreaterThanOrEqual(2);
    }
    expect(places(MINI)?.regions.length).toBeGreaterThanOrEqual(2);
  });

  it('stops counting a year once only one region is left to draw', () => {
    const before = places(MINI)!;
    const ds = variant((d) => ({
      ...d,
      facts: d.facts.filter(
        (f) =>
          f.indicator !== ('new-school-places' as IndicatorId) || f.region === before.regions[0],
      ),
    }));
    expect(places(ds)).toMatchObject({ regions: [], years: [] });
  });

  it('counts a year from the year two regions’ achievements both stand', () => {
    const ds = variant((d) => {
      const f = d.facts.find((x) => x.indicator === ('new-school-places' as IndicatorId))!;
      const other = d.regions.find((r) => r.code !== f.region && r.level === 'county')!;
      const at = (date: string, over: object) => ({
        ...f,
        status: 'achieved' as const,
        date,
        ...over,
      });
      const rest = d.facts.filter((x) => x.indicator !== f.indicator);
      return {
        ...d,
        facts: [...rest, at('2017', {}), at('2019', { id: 'later' as FactId, region: other.code })],
      };
    });
    expect(places(ds)?.years[0]).toBe(2019);
  });

  // The figures live in __snapshots__/layer-comparisons.test.ts.snap: a change of the dataset or
  // of the rule shows there for review, and `npx vitest -u` records it.
  it('states, per layer of the committed dataset, the regions it draws like with like and at how many years', () => {
    const out = layerComparisons(built());
    const comparing = Object.fromEntries(
      out
        .filter((l) => l.years.length > 0)
        .map((l) => [
          l.layer,
          `${l.regions.join(',')} at ${l.years.length} years (${l.years[0]}–${l.years.at(-1)}), latest ${l.latest}`,
        ]),
    );
    expect(comparing).toMatchSnapshot();
  });
});
