import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYER } from '../../../src/lib/map/ids';
import { labelLayers } from '../../../src/lib/map/label-layers';
import { evaluate, layerOf } from './evaluate-layer';

describe('labelLayers', () => {
  it('never lets labels overlap, and places larger context provinces first', () => {
    for (const l of labelLayers('zh')) {
      expect(evaluate(l, 'layout', 'text-allow-overlap')).toBe(false);
      // MapLibre places lower sort keys first; labelPoints ranks a larger province lower.
      const big = evaluate(l, 'layout', 'symbol-sort-key', {}, { rank: -40 });
      const small = evaluate(l, 'layout', 'symbol-sort-key', {}, { rank: -2 });
      expect(big).toBeLessThan(small as number);
      expect(evaluate(l, 'layout', 'symbol-sort-key')).toBe(0);
    }
  });

  it('names some focus regions at every zoom, counties only once zoomed in past the other levels', () => {
    const layers = labelLayers('zh');
    const focusLabels = [
      LAYER.labelProvince,
      LAYER.labelGroup,
      LAYER.labelPrefecture,
      LAYER.labelCounty,
    ].map((id) => layerOf(layers, id));
    const shownAt = (l: LayerSpecification, z: number) =>
      (l.minzoom ?? 0) <= z && z < (l.maxzoom ?? Infinity);
    for (let z = 0; z <= 22; z += 0.25)
      expect(
        focusLabels.some((l) => shownAt(l, z)),
        `zoom ${z}`,
      ).toBe(true);
    const county = layerOf(layers, LAYER.labelCounty);
    for (const l of focusLabels.filter((x) => x !== county))
      expect(county.minzoom ?? 0).toBeGreaterThan(l.minzoom ?? 0);
  });
});
