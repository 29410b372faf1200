/**
 * Dissolving members whose shared border the sources draw as two lines: the sliver between the
 * lines must not stay in the outline as an inlet (the ring going in and out through one point),
 * which cut context.json's province borders into ≈ 2,000 two-point arcs; real parts of a region
 * that touch at a point stay.
 */
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { dissolve } from '../../../geo/dissolve';
import { ringArea } from '../../../geo/fixups';

const polygon = (...ring: Position[]): Polygon => ({
  type: 'Polygon',
  coordinates: [[...ring, ring[0] as Position]],
});

/** Points a ring passes more than once (its closing point aside). */
function repeats(ring: readonly Position[]): string[] {
  const keys = ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`);
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

const area = (outline: MultiPolygon): number =>
  outline.coordinates.reduce(
    (sum, [outer = [], ...holes]) =>
      sum + Math.abs(ringArea(outer)) - holes.reduce((h, hole) => h + Math.abs(ringArea(hole)), 0),
    0,
  );

function dissolveAll(shapes: Record<string, Polygon>): MultiPolygon {
  const outline = dissolve(
    new Map(Object.entries(shapes)),
    new Map([['set', Object.keys(shapes)]]),
  ).get('set');
  if (!outline) throw new Error('no outline');
  return outline;
}

describe('dissolve', () => {
  it('leaves no inlet where two members’ border is two lines that reach the outline', () => {
    // a's right side is straight; b's bulges 0.002° into b between (1, 0.2) and (1, 1), which is
    // on the outline: a sliver of 0.0008 deg² open to the outline at one point only.
    const outline = dissolveAll({
      a: polygon([0, 0], [0, 1], [1, 1], [1, 0.2], [1, 0]),
      b: polygon([1, 0], [1, 0.2], [1.002, 0.6], [1, 1], [2, 1], [2, 0]),
    });
    expect(outline.coordinates).toHaveLength(1);
    const [[outer = [], ...holes] = []] = outline.coordinates;
    expect(holes).toEqual([]);
    expect(repeats(outer)).toEqual([]);
    // The sliver is gone, the land is not: 2 deg² less at most the sliver.
    expect(area(outline)).toBeGreaterThan(2 - 0.001);
  });

  it('keeps two parts of a region that touch at one point', () => {
    const outline = dissolveAll({
      a: polygon([0, 0], [0, 1], [1, 1], [1, 0]),
      b: polygon([1, 1], [1, 2], [2, 2], [2, 1]),
    });
    expect(area(outline)).toBeCloseTo(2, 9);
  });
});
