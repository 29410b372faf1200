import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, MeasureId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs, type LayerSpec } from '../../../src/lib/layers/layer-specs';
import {
  choroplethFillColor,
  choroplethFillOpacity,
  dashedOutlineOpacity,
  paintPlan,
  SYMBOL_SLOTS,
  symbolFillOpacity,
  symbolRadius,
} from '../../../src/lib/layers/map-paint';
import { NO_DATA } from '../../../src/lib/scales/color';
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

/** Compiles an expression as MapLibre would for a paint property, then evaluates it. */
function evaluate(
  layer: 'paint_fill' | 'paint_line' | 'paint_circle',
  prop: string,
  expr: unknown,
  state: object,
) {
  const ref = latest as unknown as Record<string, Record<string, StylePropertySpecification>>;
  const compiled = createExpression(expr, prop, ref[layer]?.[prop]);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate(
    { zoom: 5 },
    { type: 'Polygon', properties: {} } as never,
    state as never,
  );
}

/** MapLibre's evaluated colour as the CSS "rgb(r, g, b)" d3 writes. */
const rgb = (c: unknown) => {
  const { r, g, b } = c as { r: number; g: number; b: number };
  return `rgb(${[r, g, b].map((x) => Math.round(x * 255)).join(', ')})`;
};

describe('choropleth paint', () => {
  it('colours a region by its class and greys out counties without data', () => {
    const expr = choroplethFillColor(choropleth);
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { class: 0 }))).toBe(
      choropleth.colours[0],
    );
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { nodata: true }))).toBe(
      'rgb(233, 233, 230)',
    );
    expect(NO_DATA.fill).toBe('#e9e9e6');
  });

  it("veils a county that inherits a containing region's value in white, half transparent", () => {
    const expr = choroplethFillColor(choropleth);
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { inherit: true }))).toBe(
      'rgb(255, 255, 255)',
    );
    expect(evaluate('paint_fill', 'fill-opacity', choroplethFillOpacity, { inherit: true })).toBe(
      0.55,
    );
  });

  it('draws targets faint and outlines no-data and targets with the dashed layer', () => {
    expect(
      evaluate('paint_fill', 'fill-opacity', choroplethFillOpacity, { class: 0, target: true }),
    ).toBe(0.35);
    expect(evaluate('paint_fill', 'fill-opacity', choroplethFillOpacity, {})).toBe(0);
    expect(evaluate('paint_line', 'line-opacity', dashedOutlineOpacity, { nodata: true })).toBe(1);
    expect(
      evaluate('paint_line', 'line-opacity', dashedOutlineOpacity, { class: 0, target: true }),
    ).toBe(1);
    expect(evaluate('paint_line', 'line-opacity', dashedOutlineOpacity, { class: 0 })).toBe(0);
  });
});

describe('symbol paint', () => {
  it('reads the radius of its slot and hollows targets', () => {
    expect(evaluate('paint_circle', 'circle-radius', symbolRadius(1), { r1: 12 })).toBe(12);
    expect(evaluate('paint_circle', 'circle-radius', symbolRadius(1), { r0: 12 })).toBe(0);
    expect(evaluate('paint_circle', 'circle-opacity', symbolFillOpacity(2), { t2: true })).toBe(0);
  });
});

describe('paintPlan', () => {
  const plan = paintPlan(specs, atlas);

  it('gives regions with a value their class, and symbols a slot', () => {
    expect(plan.choropleth).toBe(choropleth);
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
    const p = paintPlan(layerSpecs(many, atlas, null), atlas);
    expect(p.symbols.length).toBe(Math.min(SYMBOL_SLOTS, many.length));
  });

  it('outlines only the topmost measure', () => {
    const measures = [...new Set(atlas.dataset.measures.map((m) => m.measure))].slice(0, 2);
    const stack = measures.map((mid) => ({ kind: 'measure' as const, id: mid as MeasureId }));
    const p = paintPlan(layerSpecs(stack, atlas, null), atlas);
    const top = new Set(
      atlas.dataset.measures.filter((m) => m.measure === measures.at(-1)).map((m) => m.region),
    );
    for (const [code, s] of p.states) expect(Boolean(s.measure)).toBe(top.has(code));
  });
});
