/**
 * Bounding boxes of GeoJSON, for fitting the camera. Apart from features.ts and importing
 * nothing, so the picture drawn before the app (first-paint.ts) can use it at no cost.
 */
import type { Feature, Geometry, Position } from 'geojson';

/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      return;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit);
      return;
    case 'MultiPolygon':
      for (const poly of geometry.coordinates) for (const ring of poly) ring.forEach(visit);
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries) eachPosition(g, visit);
      return;
    default:
      geometry satisfies never;
  }
}

/** The bounding box of some features, or null when they have no coordinates. */
export function boundsOf(features: readonly Feature<Geometry | null>[]): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const f of features) {
    if (!f.geometry) continue;
    eachPosition(f.geometry, ([x = NaN, y = NaN]) => {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    });
  }
  return w <= e && s <= n
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/** The smallest box holding every one of `boxes`; null when there are none. */
export function unionOf(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    [Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
    [Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
  ];
}
