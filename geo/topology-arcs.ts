/**
 * Arcs of a TopoJSON topology as absolute points, and the small geometry the border snapping
 * (snap-borders.ts) measures them with: distance to a polyline, which geometries use an arc.
 */
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

/** A point of an arc, as absolute coordinates. */
export type Point = [number, number];

/** The arcs' points; a quantized topology stores them as deltas, an unquantized one as they are. */
export function absoluteArcs(topo: Topology): Point[][] {
  if (!topo.transform) return topo.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as Point);
  });
}

/** The shortest distance from a point to a polyline, in its units. */
export function distanceToPolyline(p: Point, line: readonly Point[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] as Point;
    const [bx, by] = line[i] as Point;
    const dx = bx - ax;
    const dy = by - ay;
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / l2));
    best = Math.min(best, Math.hypot(ax + t * dx - p[0], ay + t * dy - p[1]));
  }
  return best;
}

/** Every point of each line lies within `tolerance` of the other. */
export function close(a: readonly Point[], b: readonly Point[], tolerance: number): boolean {
  return (
    a.every((p) => distanceToPolyline(p, b) <= tolerance) &&
    b.every((p) => distanceToPolyline(p, a) <= tolerance)
  );
}

/** Calls `visit` with every arc-index list of a geometry (rings, nested in polygons). */
export function eachRing(
  geometry: GeometryObject<GeoJsonProperties>,
  visit: (ring: number[]) => void,
): void {
  if (geometry.type === 'Polygon') geometry.arcs.forEach(visit);
  else if (geometry.type === 'MultiPolygon') geometry.arcs.forEach((p) => p.forEach(visit));
  else if (geometry.type === 'GeometryCollection') {
    geometry.geometries.forEach((member) => eachRing(member, visit));
  }
}

/** The arc an arc reference names (a negative one is reversed). */
export const arcOf = (ref: number): number => (ref < 0 ? ~ref : ref);

/** Writes absolute points back as the topology stores them (deltas when quantized). */
export function setArcs(topo: Topology, arcs: readonly Point[][]): void {
  if (!topo.transform) {
    topo.arcs = arcs.map((arc) => arc.map(([x, y]) => [x, y]));
    return;
  }
  topo.arcs = arcs.map((arc) =>
    arc.map(([x, y], i) => {
      const [px, py] = i === 0 ? [0, 0] : (arc[i - 1] as Point);
      return [x - px, y - py];
    }),
  );
}

/** Every geometry of a topology's objects, collections opened, in object order. */
export function topologyGeometries(topo: Topology): GeometryObject<GeoJsonProperties>[] {
  return Object.values(topo.objects).flatMap((object) =>
    object.type === 'GeometryCollection' ? object.geometries : [object],
  );
}

/** Which geometries use each arc. */
export function arcOwners(topo: Topology): Set<number>[] {
  const owners = topo.arcs.map(() => new Set<number>());
  topologyGeometries(topo).forEach((geometry, owner) =>
    eachRing(geometry, (ring) => ring.forEach((ref) => owners[arcOf(ref)]?.add(owner))),
  );
  return owners;
}
