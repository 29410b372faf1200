import { describe, expect, it } from 'vitest';
import { valueAsOf } from '../../../src/lib/data/as-of';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { FactId, RegionCode } from '../../../src/lib/domain/schema';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const factsOf = (region: string, indicator: string) =>
  (atlas.factsByRegion.get(region as RegionCode) ?? []).filter((f) => f.indicator === indicator);

describe('valueAsOf', () => {
  it('takes the latest achieved value when no year is set', () => {
    const r = valueAsOf(factsOf('610700', 'new-school-places'), null, atlas.sources);
    expect(r?.fact.id).toBe('f-hz-places');
    expect(r?.fromEarlierYear).toBe(false);
  });

  it('carries an earlier value forward and says so', () => {
    const r = valueAsOf(factsOf('610700', 'new-school-places'), 2024, atlas.sources);
    expect(r?.fact.value).toBe(78600);
    expect(r?.fromEarlierYear).toBe(true);
  });

  it('shows nothing before the first value', () => {
    expect(valueAsOf(factsOf('610700', 'new-school-places'), 2021, atlas.sources)).toBeNull();
  });

  it("falls back to the source's publication date when the fact has none", () => {
    const r = valueAsOf(factsOf('500000', 'new-school-places'), 2023, atlas.sources);
    expect(r?.fallbackDate).toBe(true);
    expect(r?.date).toBe('2023-11-15');
    expect(valueAsOf(factsOf('500000', 'new-school-places'), 2022, atlas.sources)).toBeNull();
  });

  it('shows a target as a target until its year, then drops it', () => {
    const facts = factsOf('610727', 'new-school-places');
    expect(valueAsOf(facts, 2023, atlas.sources)?.isTarget).toBe(true);
    expect(valueAsOf(facts, null, atlas.sources)?.isTarget).toBe(true);
    expect(valueAsOf(facts, 2024, atlas.sources)).toBeNull();
  });

  it('does not show a target before it was announced', () => {
    expect(valueAsOf(factsOf('610727', 'new-school-places'), 2022, atlas.sources)).toBeNull();
  });

  it('prefers an achievement over a target', () => {
    const target = factsOf('610727', 'new-school-places')[0]!;
    const achieved = { ...target, id: 'x' as FactId, status: 'achieved' as const, date: '2022' };
    expect(valueAsOf([target, achieved], 2023, atlas.sources)?.fact.id).toBe('x');
  });
});
