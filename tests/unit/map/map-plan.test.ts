import { describe, expect, it } from 'vitest';
import type { IndicatorId, MeasureId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs, SYMBOL_SLOTS } from '../../../src/lib/layers/layer-specs';
import { legendModel } from '../../../src/lib/layers/legend';
import { mapPlan } from '../../../src/lib/map/map-plan';
import { DEFAULT_LAYERS } from '../../../src/lib/state/types';
import { atlas as built } from '../../fixtures/dataset';
import { atlas, choropleth, specs } from './specs-fixture';

describe('mapPlan', () => {
  const input = {
    lang: 'zh' as const,
    selected: null,
    hovered: null,
    compared: [],
    countiesLoaded: false,
  };
  const plan = mapPlan({ ...input, specs, stack: DEFAULT_LAYERS }, atlas);

  it('gives regions with a value their class, and symbols a slot', () => {
    expect(plan.choropleth).toEqual({ colours: choropleth.colours, hatched: false });
    expect(plan.symbols).toEqual([{ slot: 0, colour: expect.any(String) }]);
    expect(plan.states.get('500000' as RegionCode)).toMatchObject({
      class: 0,
      target: false,
      r0: 28,
      t0: false,
    });
    expect(plan.states.get('610727' as RegionCode)).toMatchObject({ t0: true });
  });

  it('veils counties inside a region with a value and marks the rest as no data', () => {
    expect(plan.states.get('500113' as RegionCode)).toMatchObject({ inherit: true });
    const yinchuanCounty = plan.states.get('640104' as RegionCode);
    expect(yinchuanCounty).toMatchObject({ nodata: true });
  });

  it('veils exactly the counties the spec says inherit, and the legend names whose value shows', () => {
    if (choropleth.kind !== 'choropleth') throw new Error('fixture');
    const veiled = [...plan.states].filter(([, s]) => s.inherit).map(([code]) => code);
    expect(veiled.sort()).toEqual([...choropleth.inherited.keys()].sort());
    expect(veiled.length).toBeGreaterThan(0);
    const [block] = legendModel([choropleth], 'zh');
    expect(block).toMatchObject({ kind: 'choropleth', inherited: { from: ['重庆市'] } });
    const none = { ...choropleth, inherited: new Map() };
    expect(legendModel([none], 'en')[0]).toMatchObject({ inherited: null });
  });

  it('gives each drawn symbol layer its slot, the topmost ones when there are too many', () => {
    const many = atlas.dataset.indicators
      .filter((i) => i.kind === 'count' || i.kind === 'amount')
      .map((i) => ({ kind: 'indicator' as const, id: i.id }));
    const p = mapPlan({ ...input, specs: layerSpecs(many, atlas, null), stack: many }, atlas);
    expect(many.length).toBeGreaterThan(SYMBOL_SLOTS);
    expect(p.symbols.map((x) => x.slot)).toEqual([...Array(SYMBOL_SLOTS).keys()]);
    // The topmost layer's values sit in the last slot; the bottom one's in no slot.
    const topValues = layerSpecs(many.slice(-1), atlas, null)[0];
    if (topValues?.kind !== 'symbols') throw new Error('no symbols');
    for (const code of topValues.valuesByRegion.keys())
      expect(p.states.get(code)?.[`r${SYMBOL_SLOTS - 1}`]).toBeGreaterThan(0);
  });

  it('outlines only the topmost measure', () => {
    const measures = [...new Set(atlas.dataset.measures.map((m) => m.measure))].slice(0, 2);
    const stack = measures.map((mid) => ({ kind: 'measure' as const, id: mid as MeasureId }));
    const p = mapPlan({ ...input, specs: layerSpecs(stack, atlas, null), stack }, atlas);
    const top = new Set(
      atlas.dataset.measures.filter((m) => m.measure === measures.at(-1)).map((m) => m.region),
    );
    for (const [code, s] of p.states) expect(Boolean(s.measure)).toBe(top.has(code));
  });

  it('shows the context layers the stack holds, and only those', () => {
    expect(plan.context).toEqual({ boundaries: true, labels: true, counties: false });
    const bare = mapPlan(
      { ...input, lang: 'en', specs: [], stack: [{ kind: 'context', id: 'counties' }] },
      atlas,
    );
    expect(bare.context).toEqual({ boundaries: false, labels: false, counties: true });
    expect(bare.lang).toBe('en');
  });
});

describe('mapPlan against the national standard', () => {
  const a = built();
  const stack = [{ kind: 'indicator' as const, id: 'difference-coefficient' as IndicatorId }];
  const input = {
    stack,
    lang: 'en' as const,
    selected: null,
    hovered: null,
    compared: [],
    countiesLoaded: false,
  };
  const junior = a.standards.find((s) => s.id === 'qb2017-junior-difference-coefficient')!;
  const chongqing = '500000' as RegionCode;

  it('hatches a value that falls short, and only then', () => {
    const strict = { ...a, standards: [{ ...junior, value: 0.4 }] };
    const short = mapPlan({ ...input, specs: layerSpecs(stack, strict, null, true) }, strict);
    expect(short.choropleth?.hatched).toBe(true);
    expect(short.states.get(chongqing)).toMatchObject({ class: 1, hatch: true });
    const meets = mapPlan({ ...input, specs: layerSpecs(stack, a, null, true) }, a);
    expect(meets.choropleth?.hatched).toBe(true);
    expect(meets.states.get(chongqing)).toMatchObject({ class: 0 });
    expect(meets.states.get(chongqing)?.hatch).toBeUndefined();
  });

  it('hatches nothing on a scale of values', () => {
    const plan = mapPlan({ ...input, specs: layerSpecs(stack, a, null) }, a);
    expect(plan.choropleth?.hatched).toBe(false);
    expect([...plan.states.values()].some((s) => s.hatch)).toBe(false);
  });
});
