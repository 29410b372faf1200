import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { regionDetail } from '../../../src/lib/data/region-detail';
import {
  eventStanding,
  factStanding,
  regionValueAsOf,
  valueAsOf,
} from '../../../src/lib/data/time-rule';
import type { FactId, IndicatorId, RegionCode, SourceId } from '../../../src/lib/domain/schema';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { AtlasView } from '../../../src/lib/state/atlas-view.svelte';
import { defaultSnapshot } from '../../../src/lib/state/types';
import { UrlSync } from '../../../src/lib/state/url-sync.svelte';
import { ViewState } from '../../../src/lib/state/view-state.svelte';
import { MINI } from '../../fixtures/mini-dataset';
import { DEPS, fakeWindow } from '../state/fakes';

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

describe('factStanding and eventStanding', () => {
  it('an undated fact takes its document’s date: not yet known before the document', () => {
    const undated = factsOf('500000', 'new-school-places')[0]!;
    expect(undated.date).toBeNull();
    expect(factStanding(undated, 2020, atlas.sources)).toBe('ahead');
    expect(factStanding(undated, 2023, atlas.sources)).toBe('achieved');
  });

  it('a target lapses once its year has passed', () => {
    const target = factsOf('610727', 'new-school-places')[0]!;
    expect(factStanding(target, 2022, atlas.sources)).toBe('ahead');
    expect(factStanding(target, 2023, atlas.sources)).toBe('target');
    expect(factStanding(target, 2030, atlas.sources)).toBe('lapsed');
  });

  it('a milestone has happened from its own date on, whenever it was reported', () => {
    const passed = atlas.dataset.events.find((e) => e.date.startsWith('2021'))!;
    expect(eventStanding(passed, 2021, atlas.sources)).toBe('happened');
    expect(eventStanding(passed, 2020, atlas.sources)).toBe('ahead');
  });
});

/** Facts generated over MINI's regions, indicators and documents, with any dates and statuses. */
const regionCodes = ['500000', '500113', '610727', '640100'] as RegionCode[];
const indicatorIds = ['new-school-places', 'difference-coefficient'] as IndicatorId[];
const partialDate = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 2015, max: 2026 }).map(String),
  fc
    .tuple(fc.integer({ min: 2015, max: 2026 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);
const factArb = fc.record({
  region: fc.constantFrom(...regionCodes),
  indicator: fc.constantFrom(...indicatorIds),
  value: fc.integer({ min: 1, max: 1000 }),
  status: fc.constantFrom('achieved' as const, 'target' as const),
  date: partialDate,
  source: fc.constantFrom(...(['000', '001', '003'] as SourceId[])),
});
const template = MINI.facts[0]!;
const generatedAtlas = fc.array(factArb, { maxLength: 14 }).map((facts) =>
  indexDataset({
    ...MINI,
    facts: facts.map((f, i) => ({ ...template, ...f, id: `g${i}` as FactId })),
  }),
);
const yearArb = fc.option(fc.integer({ min: 2014, max: 2027 }), { nil: null });

describe('the time rule, on generated facts', () => {
  it('moving the year forward never hides an achievement', () => {
    fc.assert(
      fc.property(generatedAtlas, fc.integer({ min: 2014, max: 2027 }), fc.nat(5), (a, y, d) => {
        for (const f of a.dataset.facts)
          if (factStanding(f, y, a.sources) === 'achieved') {
            expect(factStanding(f, y + d, a.sources)).toBe('achieved');
            expect(factStanding(f, null, a.sources)).toBe('achieved');
          }
      }),
    );
  });

  it('a region with an achievement at Y keeps a value at every later year', () => {
    fc.assert(
      fc.property(generatedAtlas, fc.integer({ min: 2014, max: 2027 }), fc.nat(5), (a, y, d) => {
        for (const code of regionCodes)
          for (const ind of indicatorIds) {
            const now = regionValueAsOf(a, code, ind, y);
            if (now && !now.isTarget)
              expect(regionValueAsOf(a, code, ind, y + d)?.isTarget).toBe(false);
          }
      }),
    );
  });

  it('map layers, tooltip and region panel show the same value for a region, indicator and year', () => {
    fc.assert(
      fc.property(generatedAtlas, yearArb, (a, year) => {
        for (const ind of indicatorIds) {
          const [spec] = layerSpecs([{ kind: 'indicator', id: ind }], a, year);
          if (!spec || (spec.kind !== 'choropleth' && spec.kind !== 'symbols'))
            throw new Error('no indicator spec');
          for (const code of regionCodes) {
            const rule = regionValueAsOf(a, code, ind, year)?.fact.id ?? null;
            const onMap = spec.valuesByRegion.get(code)?.fact.id ?? null;
            const panel =
              regionDetail(a, code, year)
                ?.indicators.find((g) => g.indicator.id === ind)
                ?.facts.find((f) => f.onMap)?.fact.id ?? null;
            const view = new ViewState({
              ...defaultSnapshot('zh'),
              layers: [{ kind: 'indicator', id: ind }],
              year,
            });
            view.hover(code);
            const tooltip = new AtlasView(a, view, new UrlSync(fakeWindow()), DEPS).tooltip;
            expect([onMap, panel, tooltip?.value?.fact.id ?? null]).toEqual([rule, rule, rule]);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
