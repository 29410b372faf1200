import { describe, expect, it } from 'vitest';
import { LAYER } from '../../../src/lib/map/ids';
import { regionFills, regionLines } from '../../../src/lib/map/region-layers';
import { evaluate, layerOf } from './evaluate-layer';

describe("the focus regions' layers", () => {
  it('follow hover and selection through feature state, selection first', () => {
    const layers = [...regionFills(), ...regionLines()];
    const states = [{}, { hover: true }, { selected: true }, { selected: true, hover: true }];
    const fill = layerOf(layers, LAYER.countyFill);
    for (const prop of ['fill-color', 'fill-opacity']) {
      const [rest, hover, selected, both] = states.map((st) =>
        JSON.stringify(evaluate(fill, 'paint', prop, st)),
      );
      expect(new Set([rest, hover, selected]).size).toBe(3);
      expect(both).toBe(selected);
    }
    // Coarser regions and the county's focus outline show only while hovered or selected.
    for (const [id, prop] of [
      [LAYER.groupFill, 'fill-opacity'],
      [LAYER.prefectureFill, 'fill-opacity'],
      [LAYER.countyFocusLine, 'line-width'],
    ] as const) {
      const [rest, hover, selected] = states.map((st) =>
        evaluate(layerOf(layers, id), 'paint', prop, st),
      );
      expect(rest).toBe(0);
      expect(hover).toBeGreaterThan(0);
      expect(selected).toBeGreaterThan(hover as number);
    }
  });
});
