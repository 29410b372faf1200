import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { closeRing, decodeEchartsMap, decodeRing } from '../../../geo/sources/echarts-decode';
import { readCountyFiles } from '../../../geo/sources/cities';

function bbox(positions: readonly Position[]): [number, number, number, number] {
  const xs = positions.map((p) => p[0] ?? 0);
  const ys = positions.map((p) => p[1] ?? 0);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('ECharts compressed coordinates', () => {
  it('decodes zigzag deltas from the start offset, scaled by 1024', () => {
    // "@@" is a zero step; "BA" is +1 in x (zigzag 2 → 1) and −1 in y (zigzag 1 → −1).
    expect(decodeRing('@@BA', [1024, 2048], 1024)).toEqual([
      [1, 2],
      [1 + 1 / 1024, 2 - 1 / 1024],
    ]);
  });

  it('closes an open ring and leaves a closed one alone', () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [0, 0],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
  });

  it('refuses a file whose flag and geometry disagree', () => {
    const file = {
      UTF8Encoding: true,
      features: [
        {
          properties: { name: 'x' },
          geometry: { type: 'Polygon' as const, coordinates: [[[0, 0]]] },
        },
      ],
    };
    expect(() => decodeEchartsMap(file)).toThrow(/encoding/);
  });
});

describe('decoded county files agree with their centre points', () => {
  const files = readCountyFiles();
  // A centre point is the seat; allow it a hair outside the bbox (about 1 km).
  const SLACK = 0.01;

  it('puts every cp inside its feature’s bbox, in the compressed and the plain files', () => {
    const misplaced: string[] = [];
    let checked = 0;
    for (const { file, features } of files) {
      for (const { id, properties, geometry } of features) {
        if (!properties.cp || geometry.coordinates.length === 0) continue;
        const rings =
          geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
        const [x0, y0, x1, y1] = bbox(rings.flat());
        const [x, y] = properties.cp;
        checked += 1;
        if (x < x0 - SLACK || x > x1 + SLACK || y < y0 - SLACK || y > y1 + SLACK) {
          misplaced.push(`${file} ${id ?? ''} ${properties.name}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(2800);
    expect(misplaced).toEqual([]);
  });

  it('decodes Chongqing (compressed) to its 38 districts and counties around 106–110°E, 28–32°N', () => {
    const chongqing = files.find(({ file }) => file === 'chongqing.geojson')?.features ?? [];
    expect(chongqing).toHaveLength(38);
    const all = chongqing.flatMap(({ geometry }) =>
      (geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat()).flat(),
    );
    const [x0, y0, x1, y1] = bbox(all);
    expect([x0 > 105, y0 > 28, x1 < 110.5, y1 < 32.5]).toEqual([true, true, true, true]);
  });
});
