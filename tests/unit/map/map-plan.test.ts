import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, MeasureId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs, SYMBOL_SLOTS, type LayerSpec } from '../../../src/lib/layers/layer-specs';
import { mapPlan } from '../../../src/lib/map/map-plan';
import { DEFAULT_LAYERS } from '../../../src/lib/state/types';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const id = (s: string) => s as IndicatorId;
const specs = layerSpecs(
  [
    { kind: 'indicator', id: id('difference-coefficient') },
    { kind: 'indicator', id: id('new-school-places') },
  ],
  atlas,
  2023,
);
const choropleth = specs[0] as Extract<LayerSpec, { kind: 'choropleth' }>;

describe('mapPlan', () => {
  const plan = mapPlan(specs, DEFAULT_LAYERS, 'zh', atlas);

  it('gives regions with a value their class, and symbols a slot', () => {
    expect(plan.choropleth).toEqual({ colours: choropleth.colours });
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

  it('stacks no more symbol layers than the map has slots, keeping the topmost', () => {
    const many = atlas.dataset.indicators
      .filter((i) => i.kind === 'count' || i.kind === 'amount')
      .map((i) => ({ kind: 'indicator' as const, id: i.id }));
    const p = mapPlan(layerSpecs(many, atlas, null), many, 'zh', atlas);
    expect(p.symbols.length).toBe(Math.min(SYMBOL_SLOTS, many.length));
  });

  it('outlines only the topmost measure', () => {
    const measures = [...new Set(atlas.dataset.measures.map((m) => m.measure))].slice(0, 2);
    const stack = measures.map((mid) => ({ kind: 'measure' as const, id: mid as MeasureId }));
    const p = mapPlan(layerSpecs(stack, atlas, null), stack, 'zh', atlas);
    const top = new Set(
      atlas.dataset.measures.filter((m) => m.measure === measures.at(-1)).map((m) => m.region),
    );
    for (const [code, s] of p.states) expect(Boolean(s.measure)).toBe(top.has(code));
  });

  it('shows the context layers the stack holds, and only those', () => {
    expect(plan.context).toEqual({ boundaries: true, labels: true, counties: false });
    const bare = mapPlan([], [{ kind: 'context', id: 'counties' }], 'en', atlas);
    expect(bare.context).toEqual({ boundaries: false, labels: false, counties: true });
    expect(bare.lang).toBe('en');
  });
});
