import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { Dataset, FactId, IndicatorId } from '../../../src/lib/domain/schema';
import { comparisonShare } from '../../fixtures/comparison-share';
import { atlas as built } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

/** MINI with its places indicators on one layer and one extra fact. */
function variant(over: (ds: Dataset) => Dataset): Dataset {
  return over(structuredClone(MINI) as Dataset);
}

describe('comparisonShare', () => {
  it('counts a fact only while its layer draws two regions or more at one year', () => {
    const out = comparisonShare(indexDataset(MINI));
    const places = out.layers.find((l) => l.indicators.some((i) => i.id === 'new-school-places'));
    expect(places?.regions.length).toBeGreaterThanOrEqual(2);
    expect(places?.compared.length).toBeGreaterThan(0);
    const single = out.layers.filter((l) => l.regions.length === 1);
    for (const l of single) expect(l.compared).toEqual([]);
    expect(out.compared).toBe(out.layers.reduce((n, l) => n + l.compared.length, 0));
    expect(out.share).toBeCloseTo(out.compared / out.facts);
  });

  it('does not count a fact the layer never shows: an older achievement behind a later one', () => {
    const ds = variant((d) => {
      const f = d.facts.find((x) => x.indicator === ('new-school-places' as IndicatorId))!;
      const older = { ...f, id: 'older' as FactId, status: 'achieved' as const, date: '1990' };
      const later = { ...f, id: 'later' as FactId, status: 'achieved' as const, date: '2020' };
      return { ...d, facts: [...d.facts, older, later] };
    });
    const ids = comparisonShare(indexDataset(ds)).layers.flatMap((l) => l.compared);
    expect(ids).not.toContain('older');
    expect(ids).toContain('later');
  });

  it('counts nothing on a layer whose members differ in scope but read the same', () => {
    const ds = variant((d) => {
      const [a] = d.indicators.filter((i) => i.id === ('new-school-places' as IndicatorId));
      const twin = {
        ...a!,
        id: 'twin' as IndicatorId,
        scope: { ...a!.scope, levels: 'preschool' as const },
      };
      const other = d.facts.find((f) => f.region !== d.facts[0]!.region)!;
      const moved = { ...other, id: 'moved' as FactId, indicator: twin.id };
      return { ...d, indicators: [...d.indicators, twin], facts: [...d.facts, moved] };
    });
    const layer = comparisonShare(indexDataset(ds)).layers.find((l) =>
      l.indicators.some((i) => i.id === 'twin'),
    );
    expect(layer?.silent).toBe(true);
    expect(layer?.compared).toEqual([]);
  });

  // The figures live in __snapshots__/comparison.test.ts.snap: a change of the dataset or of the
  // rule shows there for review, and `npx vitest -u` records it.
  it('states the figure of the committed dataset, layer by layer', () => {
    const out = comparisonShare(built());
    expect(out.layers.filter((l) => l.silent)).toEqual([]);
    expect(out.compared).toBeLessThanOrEqual(out.facts);
    const comparing = Object.fromEntries(
      out.layers
        .filter((l) => l.together >= 2)
        .map((l) => [l.layer, `${l.regions.join(',')} ${l.compared.length}/${l.facts}`]),
    );
    expect({ compared: out.compared, facts: out.facts, layers: comparing }).toMatchSnapshot();
  });
});
