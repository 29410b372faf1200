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
import { legendModel } from '../../../src/lib/layers/legend';
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
  it('compares partial dates as intervals: "2022" is not earlier than "2022-08"', () => {
    const [base] = factsOf('610700', 'new-school-places');
    if (!base) throw new Error('MINI has no Hanzhong places fact');
    const year = { ...base, id: 'year' as FactId, date: '2022', status: 'achieved' as const };
    const month = { ...year, id: 'month' as FactId, date: '2022-08', start: base.start + 1 };
    // Same document: the one stated first is drawn, whichever date is more specific.
    for (const facts of [
      [year, month],
      [month, year],
    ]) {
      const r = valueAsOf(facts, 2022, atlas.sources);
      expect(r?.fact.id).toBe('year');
      expect(r?.alongside.map((f) => f.id)).toEqual(['month']);
    }
  });

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

describe('facts of one date', () => {
  const base = factsOf('610700', 'new-school-places')[0]!;
  const fact = (id: string, over: Partial<typeof base>) =>
    ({ ...base, id: id as FactId, status: 'achieved', date: '2023-03', ...over }) as typeof base;

  it('draws the one the later document reports, the other alongside', () => {
    const older = fact('z-older', { source: '003' as SourceId });
    const newer = fact('a-newer', { source: '001' as SourceId });
    const r = valueAsOf([older, newer], null, atlas.sources);
    expect(r?.fact.id).toBe('a-newer');
    expect(r?.alongside.map((f) => f.id)).toEqual(['z-older']);
  });

  it('within one document, draws the member ranked first, then the one stated first', () => {
    const a = fact('a', { indicator: 'x' as IndicatorId, start: 50 });
    const b = fact('b', { indicator: 'y' as IndicatorId, start: 10 });
    const c = fact('c', { indicator: 'y' as IndicatorId, start: 5 });
    const rank = (f: typeof base) => ['y', 'x'].indexOf(f.indicator);
    const r = valueAsOf([a, b, c], null, atlas.sources, rank);
    expect([r?.fact.id, r?.alongside.map((f) => f.id)]).toEqual(['c', ['b', 'a']]);
    expect(valueAsOf([a, b, c], null, atlas.sources)?.fact.id).toBe('c');
  });

  it('does not let ids decide: renaming the facts keeps the one drawn', () => {
    const a = fact('a', { start: 10 });
    const b = fact('b', { start: 20 });
    const renamed = [
      { ...a, id: 'zz' as FactId },
      { ...b, id: 'aa' as FactId },
    ];
    expect(valueAsOf([a, b], null, atlas.sources)?.fact.start).toBe(10);
    expect(valueAsOf(renamed, null, atlas.sources)?.fact.start).toBe(10);
  });

  it('keeps facts of other dates and the other standing out of alongside', () => {
    const now = fact('now', { start: 1 });
    const earlier = fact('earlier', { date: '2022' });
    const target = fact('target', { status: 'target', date: '2030' });
    expect(valueAsOf([now, earlier, target], null, atlas.sources)?.alongside).toEqual([]);
  });

  it('lists the standing targets not drawn, nearest deadline first, and not lapsed ones', () => {
    const now = fact('now', { source: '003' as SourceId, date: '2022' });
    const near = fact('near', { source: '003' as SourceId, status: 'target', date: '2024' });
    const far = fact('far', { source: '003' as SourceId, status: 'target', date: '2030' });
    const ids = (year: number | null, facts = [now, far, near]) => {
      const r = valueAsOf(facts, year, atlas.sources);
      return [r?.fact.id, r?.targets.map((f) => f.id)];
    };
    expect(ids(2023)).toEqual(['now', ['near', 'far']]);
    expect(ids(2025)).toEqual(['now', ['far']]);
    expect(ids(2023, [far, near])).toEqual(['near', ['far']]);
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
  // 009 is a document of unknown date: the rule's "unknown never hides" branch.
  source: fc.constantFrom(...(['000', '001', '003', '009'] as SourceId[])),
});
const template = MINI.facts[0]!;
const undatedSource = { ...MINI.sources[0]!, id: '009' as SourceId, published: null };
const generatedAtlas = fc
  .record({
    facts: fc.array(factArb, { maxLength: 14 }),
    eventDates: fc.array(
      partialDate.filter((d) => d !== null),
      {
        minLength: MINI.events.length,
        maxLength: MINI.events.length,
      },
    ),
    eventSources: fc.array(fc.constantFrom(...(['000', '003', '009'] as SourceId[])), {
      minLength: MINI.events.length,
      maxLength: MINI.events.length,
    }),
  })
  .map(({ facts, eventDates, eventSources }) =>
    indexDataset({
      ...MINI,
      sources: [...MINI.sources, undatedSource],
      facts: facts.map((f, i) => ({ ...template, ...f, id: `g${i}` as FactId })),
      events: MINI.events.map((e, i) => ({
        ...e,
        date: eventDates[i] ?? e.date,
        source: eventSources[i] ?? e.source,
      })),
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

  it('a milestone that has happened stays happened as the year moves on', () => {
    fc.assert(
      fc.property(generatedAtlas, fc.integer({ min: 2014, max: 2027 }), fc.nat(5), (a, y, d) => {
        for (const e of a.dataset.events)
          if (eventStanding(e, y, a.sources) === 'happened')
            expect(eventStanding(e, y + d, a.sources)).toBe('happened');
      }),
    );
  });

  it('the map draws a milestone exactly when the panel does not fade it, hollow when upcoming', () => {
    fc.assert(
      fc.property(generatedAtlas, yearArb, (a, year) => {
        const [spec] = layerSpecs([{ kind: 'events' }], a, year);
        if (spec?.kind !== 'milestones') throw new Error('no milestones spec');
        const drawn = new Map(spec.events.map((m) => [m.event.id, m.upcoming]));
        for (const code of new Set(a.dataset.events.map((e) => e.region)))
          for (const { event, standing } of regionDetail(a, code, year)?.events ?? []) {
            expect(drawn.has(event.id)).toBe(standing !== 'ahead');
            if (drawn.has(event.id)) expect(drawn.get(event.id)).toBe(standing === 'upcoming');
          }
      }),
    );
  });

  it('the map outlines a measure exactly where the panel shows it at the year', () => {
    fc.assert(
      fc.property(generatedAtlas, yearArb, (a, year) => {
        for (const kind of a.dataset.measureKinds) {
          const [spec] = layerSpecs([{ kind: 'measure', id: kind.id }], a, year);
          if (spec?.kind !== 'measure') throw new Error('no measure spec');
          for (const r of a.dataset.regions) {
            const shown = regionDetail(a, r.code, year)
              ?.measures.find((g) => g.kind.id === kind.id)
              ?.items.some((i) => i.shown);
            expect(spec.regions.includes(r.code)).toBe(shown === true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('the value shown is one the panel does not fade, and the legend marks targets when one is drawn', () => {
    fc.assert(
      fc.property(generatedAtlas, yearArb, (a, year) => {
        for (const ind of indicatorIds) {
          const specs = layerSpecs([{ kind: 'indicator', id: ind }], a, year);
          const [spec] = specs;
          if (!spec || (spec.kind !== 'choropleth' && spec.kind !== 'symbols')) continue;
          for (const code of regionCodes) {
            const facts =
              regionDetail(a, code, year)?.indicators.find((g) => g.indicator.id === ind)?.facts ??
              [];
            const current = facts.filter((f) => f.current);
            expect(current.length).toBe(spec.valuesByRegion.has(code) ? 1 : 0);
            for (const f of current) expect(['achieved', 'target']).toContain(f.standing);
          }
          const anyTarget = [...spec.valuesByRegion.values()].some((v) => v.isTarget);
          const [block] = legendModel(specs, 'en');
          const legendTarget =
            block?.kind === 'choropleth'
              ? block.target !== null
              : block?.kind === 'symbols' && block.target;
          expect(legendTarget).toBe(anyTarget);
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
                ?.facts.find((f) => f.current)?.fact.id ?? null;
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
