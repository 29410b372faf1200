/**
 * Where a region's label goes: the source's centre point (the seat) when it lies well inside the
 * shape, else the pole of inaccessibility of the largest polygon (polylabel: the point
 * farthest from its edges, holes included).
 */
import type { Position } from 'geojson';
import polylabel from 'polylabel';
import type { Area } from './sources/echarts-decode';
import { ringArea } from './fixups';

function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function insideRing(px: number, py: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(px: number, py: number, polygon: readonly Position[][]): boolean {
  const [outer, ...holes] = polygon;
  return !!outer && insideRing(px, py, outer) && !holes.some((hole) => insideRing(px, py, hole));
}

/** Whether a point lies inside the area (even–odd, holes excluded). */
export function pointInArea(point: Position, geometry: Area): boolean {
  const [px = 0, py = 0] = point;
  return polygonsOf(geometry).some((polygon) => insidePolygon(px, py, polygon));
}

function squaredDistanceToSegment(px: number, py: number, a: Position, b: Position): number {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Distance to the nearest edge, negative outside. */
function signedDistance(px: number, py: number, polygon: readonly Position[][]): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (a && b) best = Math.min(best, squaredDistanceToSegment(px, py, a, b));
    }
  }
  const distance = Math.sqrt(best);
  return insidePolygon(px, py, polygon) ? distance : -distance;
}

/**
 * How close to the deepest point polylabel gets (degrees, ≈ 0.1 m): far under a pixel, and at
 * this precision every county's and province's pole is as deep as one found at 1e-7.
 */
const POLE_PRECISION = 1e-6;

/** How the label point was chosen, for the build report. */
export type LabelSource = 'cp' | 'pole';

/** How deep inside, as a share of the deepest point's depth, a seat must be to carry the label. */
const SEAT_MIN_DEPTH = 0.4;

/** A label anchor inside the area: `cp` when inside, else the largest polygon's pole. */
export function labelPoint(
  geometry: Area,
  cp: Position | undefined,
): { point: Position; source: LabelSource } {
  const polygons = polygonsOf(geometry);
  let largest = polygons[0] ?? [];
  for (const polygon of polygons) {
    if (Math.abs(ringArea(polygon[0] ?? [])) > Math.abs(ringArea(largest[0] ?? []))) {
      largest = polygon;
    }
  }
  // polylabel's types take pairs; GeoJSON positions may carry more (or fewer) numbers.
  const rings = largest.map((ring) => ring.map(([x = 0, y = 0]): [number, number] => [x, y]));
  const pole = polylabel(rings, POLE_PRECISION);
  // The seat is kept only well inside the shape: a seat on the border (巴南区's) would put the
  // label, the click target and the value's circle half in a neighbour.
  const depth = (p: Position) => signedDistance(p[0] ?? 0, p[1] ?? 0, largest);
  if (cp && pointInArea(cp, geometry) && depth(cp) >= SEAT_MIN_DEPTH * depth(pole))
    return { point: cp, source: 'cp' };
  return { point: pole, source: 'pole' };
}
