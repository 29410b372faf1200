import { createExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId, RegionCode } from '../../../src/lib/domain/schema';
import { layerSpecs, type LayerSpec } from '../../../src/lib/layers/layer-specs';
import {
  choroplethFillColor,
  choroplethFillOpacity,
  dashedOutlineOpacity,
  featureStates,
  symbolFillOpacity,
  symbolRadius,
  symbolRadiusKey,
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
  it('colours a region by its class and greys out regions without data', () => {
    const expr = choroplethFillColor(choropleth);
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, { class: 0 }))).toBe(
      choropleth.colours[0],
    );
    expect(rgb(evaluate('paint_fill', 'fill-color', expr, {}))).toBe('rgb(233, 233, 230)');
    expect(NO_DATA.fill).toBe('#e9e9e6');
  });

  it('draws targets faint and outlines no-data and targets with the dashed layer', () => {
    expect(
      evaluate('paint_fill', 'fill-opacity', choroplethFillOpacity, { class: 0, target: true }),
    ).toBe(0.3);
    expect(evaluate('paint_line', 'line-opacity', dashedOutlineOpacity, {})).toBe(1);
    expect(evaluate('paint_line', 'line-opacity', dashedOutlineOpacity, { class: 0 })).toBe(0);
  });
});

describe('symbol paint', () => {
  it('reads the radius and hollows targets', () => {
    const key = symbolRadiusKey(id('new-school-places'));
    expect(
      evaluate('paint_circle', 'circle-radius', symbolRadius(id('new-school-places')), {
        [key]: 12,
      }),
    ).toBe(12);
    expect(
      evaluate('paint_circle', 'circle-radius', symbolRadius(id('new-school-places')), {}),
    ).toBe(0);
    expect(
      evaluate('paint_circle', 'circle-opacity', symbolFillOpacity(id('new-school-places')), {
        't:new-school-places': true,
      }),
    ).toBe(0);
  });
});

describe('featureStates', () => {
  it('merges choropleth and symbol state per region', () => {
    const states = featureStates(specs);
    expect(states.get('500000' as RegionCode)).toMatchObject({
      class: 0,
      value: 0.415,
      target: false,
      'r:new-school-places': 28,
      't:new-school-places': false,
    });
    expect(states.get('610727' as RegionCode)).toMatchObject({ 't:new-school-places': true });
  });
});
