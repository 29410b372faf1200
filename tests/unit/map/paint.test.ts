import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import {
  choroplethFillColor,
  choroplethFillOpacity,
  choroplethHatchOpacity,
  dashedOutlineOpacity,
  slotRadius,
  symbolFillOpacity,
} from '../../../src/lib/map/paint';
import { NO_DATA } from '../../../src/lib/scales/color';
import { INDICATOR_LAYER } from '../../../src/lib/map/ids';
import { pointLayers } from '../../../src/lib/map/indicator-layers';
import { choropleth } from './specs-fixture';

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
    const expr = choroplethFillColor(choropleth.colours);
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { class: 0 }))).toBe(
      choropleth.colours[0],
    );
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { nodata: true }))).toBe(
      'rgb(233, 233, 230)',
    );
    expect(NO_DATA.fill).toBe('#e9e9e6');
  });

  it("veils a county that inherits a containing region's value in white, half transparent", () => {
    const expr = choroplethFillColor(choropleth.colours);
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { inherit: true }))).toBe(
      'rgb(255, 255, 255)',
    );
    expect(evaluate('paint_fill', 'fill-opacity', choroplethFillOpacity, { inherit: true })).toBe(
      0.55,
    );
  });

  it('hatches a value short of the standard, fainter on a target, and nothing else', () => {
    const hatch = (state: object) =>
      evaluate('paint_fill', 'fill-opacity', choroplethHatchOpacity, state);
    expect(hatch({ class: 1, hatch: true })).toBe(1);
    expect(hatch({ class: 1, hatch: true, target: true })).toBe(0.5);
    expect(hatch({ class: 0 })).toBe(0);
    expect(hatch({ nodata: true })).toBe(0);
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
    expect(evaluate('paint_circle', 'circle-radius', slotRadius(1), { r1: 12 })).toBe(12);
    expect(evaluate('paint_circle', 'circle-radius', slotRadius(1), { r0: 12 })).toBe(0);
    expect(evaluate('paint_circle', 'circle-opacity', symbolFillOpacity(2), { t2: true })).toBe(0);
  });
});

describe('milestone markers', () => {
  const layer = pointLayers().find((l) => l.id === INDICATOR_LAYER.milestones);
  const paint = (state: object) => {
    const p = (layer as { paint: Record<string, unknown> }).paint;
    const at = (prop: string) => evaluate('paint_circle', prop, p[prop], state);
    return {
      radius: at('circle-radius'),
      fill: at('circle-opacity'),
      strokeWidth: at('circle-stroke-width'),
      stroke: at('circle-stroke-opacity'),
    };
  };

  it('draw a filled marker where a milestone has happened', () => {
    expect(paint({ ms: 1, msUp: 0 })).toEqual({ radius: 6, fill: 1, strokeWidth: 2, stroke: 1 });
  });

  it('draw a hollow ring, stroked, where every milestone lies ahead', () => {
    expect(paint({ ms: 0, msUp: 2 })).toEqual({ radius: 6, fill: 0, strokeWidth: 2, stroke: 1 });
  });

  it('draw nothing where a region has no milestone', () => {
    const none = paint({});
    expect(none.radius).toBe(0);
    expect(none.strokeWidth).toBe(0);
  });
});
