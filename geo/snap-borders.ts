/**
 * Makes neighbours' borders identical. The county files were simplified one feature at a
 * time, so two neighbours keep different vertices along the same border and share only
 * some. topojson then cuts the border at every shared vertex into tiny arcs — one per side,
 * between the same two junctions — that can neither be simplified nor dissolved (they leave
 * slivers inside a merge). Here, where two such arcs run between the same junctions and stay
 * within a small tolerance of each other, the second side adopts the first side's arc; a second
 * topology pass then joins the now identical borders into long shared arcs.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

/** Parallel arcs further apart than this (degrees, ≈ 1 km) are different borders. */
const TOLERANCE = 0.01;

type Point = [number, number];

function absoluteArcs(topo: Topology): Point[][] {
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx = 0, dy = 0]) => [(x += dx), (y += dy)] as Point);
  });
}

function distanceToPolyline(p: Point, line: readonly Point[]): number {
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

function close(a: readonly Point[], b: readonly Point[], tolerance: number): boolean {
  return (
    a.every((p) => distanceToPolyline(p, b) <= tolerance) &&
    b.every((p) => distanceToPolyline(p, a) <= tolerance)
  );
}

/** Calls `visit` with every arc-index list of a geometry (rings, nested in polygons). */
function eachRing(
  geometry: GeometryObject<GeoJsonProperties>,
  visit: (ring: number[]) => void,
): void {
  if (geometry.type === 'Polygon') geometry.arcs.forEach(visit);
  else if (geometry.type === 'MultiPolygon') geometry.arcs.forEach((p) => p.forEach(visit));
  else if (geometry.type === 'GeometryCollection') {
    geometry.geometries.forEach((member) => eachRing(member, visit));
  }
}

const arcOf = (ref: number): number => (ref < 0 ? ~ref : ref);

/** Rewrites arc references in place so near-identical parallel arcs become one. */
function adoptParallelArcs(topo: Topology, tolerance: number): number {
  const arcs = absoluteArcs(topo);
  const owners = arcs.map(() => new Set<number>());
  const geometries = Object.values(topo.objects).flatMap((object) =>
    object.type === 'GeometryCollection' ? object.geometries : [object],
  );
  geometries.forEach((geometry, owner) =>
    eachRing(geometry, (ring) => ring.forEach((ref) => owners[arcOf(ref)]?.add(owner))),
  );
  const key = (p: Point | undefined): string => (p ? `${p[0]},${p[1]}` : '');
  const byEnds = new Map<string, number[]>();
  arcs.forEach((arc, i) => {
    const [start, end] = [key(arc[0]), key(arc[arc.length - 1])];
    if (start === end || owners[i]?.size !== 1) return;
    const ends = start < end ? `${start}|${end}` : `${end}|${start}`;
    byEnds.set(ends, [...(byEnds.get(ends) ?? []), i]);
  });
  // replacement[b] = reference to use instead of arc b (negative: reversed).
  const replacement = new Map<number, number>();
  for (const group of byEnds.values()) {
    for (const b of group) {
      const arcB = arcs[b] ?? [];
      const a = group.find(
        (a) =>
          a < b &&
          !replacement.has(a) &&
          [...(owners[a] ?? [])][0] !== [...(owners[b] ?? [])][0] &&
          close(arcs[a] ?? [], arcB, tolerance),
      );
      if (a === undefined) continue;
      const sameWay = key(arcs[a]?.[0]) === key(arcB[0]);
      replacement.set(b, sameWay ? a : ~a);
    }
  }
  for (const geometry of geometries) {
    eachRing(geometry, (ring) => {
      ring.forEach((ref, i) => {
        const to = replacement.get(arcOf(ref));
        if (to !== undefined) ring[i] = ref < 0 ? ~to : to;
      });
    });
  }
  return replacement.size;
}

/**
 * The features with shared borders made vertex-identical, coordinates snapped to the grid of
 * `quantization`, and how many arcs were adopted.
 */
export function snapBorders<G extends Geometry, P>(
  features: readonly Feature<G, P>[],
  quantization: number,
): { features: Feature<Geometry, P>[]; adopted: number } {
  const collection: FeatureCollection<G, P> = {
    type: 'FeatureCollection',
    features: [...features],
  };
  const topo = topology({ shapes: collection }, quantization) as Topology<{
    shapes: GeometryCollection<P & object>;
  }>;
  const [scaleX = 1, scaleY = 1] = topo.transform?.scale ?? [];
  const adopted = adoptParallelArcs(topo, TOLERANCE / Math.max(scaleX, scaleY));
  const back = feature(topo, topo.objects.shapes);
  return { features: back.features as Feature<Geometry, P>[], adopted };
}
