/**
 * Makes neighbours' borders identical. The county files were simplified one feature at a
 * time, so two neighbours keep different vertices along the same border and share only
 * some. topojson then cuts the border at every shared vertex into tiny arcs — one per side,
 * between the same two junctions — that can neither be simplified nor dissolved (they leave
 * slivers inside a merge). Here, where two such arcs run between the same junctions and stay
 * within a small tolerance of each other, the second side adopts the first side's arc; a second
 * topology pass then joins the now identical borders into long shared arcs.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { cleanRings } from './fixups';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  absoluteArcs,
  arcOf,
  arcOwners,
  close,
  eachRing,
  setArcs,
  topologyGeometries,
  type Point,
} from './topology-arcs';

/** Parallel arcs further apart than this (degrees, ≈ 1 km) are different borders. */
const TOLERANCE = 0.01;
/**
 * Arc ends closer than this (degrees) are one junction. Where three counties meet, the sources
 * rarely agree on the point: each pair's border ends a little apart, leaving a tiny gap or overlap
 * with three ends around it, so parallel arcs never share both ends and the borders stay cut.
 */
const JUNCTION_TOLERANCE = 0.006;

/**
 * Moves arc ends that lie within `tolerance` of one another (transitively) onto one of them:
 * the end most arcs meet at, then the lowest. An arc whose every point lies that close to its
 * (now single) junction shrinks to it; the repeats it leaves are cleaned before the next pass.
 * Returns how many ends moved.
 */
function joinJunctions(topo: Topology, tolerance: number): number {
  const arcs = absoluteArcs(topo);
  const degree = new Map<string, { point: Point; arcs: number }>();
  const key = (p: Point): string => `${p[0]},${p[1]}`;
  for (const arc of arcs) {
    for (const end of [arc[0], arc[arc.length - 1]]) {
      if (!end) continue;
      const node = degree.get(key(end)) ?? { point: end, arcs: 0 };
      node.arcs += 1;
      degree.set(key(end), node);
    }
  }
  const nodes = [...degree.values()];
  const parent = nodes.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const cell = (v: number): number => Math.floor(v / tolerance);
  const grid = new Map<string, number[]>();
  nodes.forEach(({ point: [x, y] }, i) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cell(x) + dx},${cell(y) + dy}`) ?? []) {
          const other = nodes[j]?.point ?? [Infinity, Infinity];
          if (Math.hypot(other[0] - x, other[1] - y) <= tolerance) parent[root(i)] = root(j);
        }
      }
    }
    const own = `${cell(x)},${cell(y)}`;
    grid.set(own, [...(grid.get(own) ?? []), i]);
  });
  const best = new Map<number, number>();
  const better = (a: number, b: number): boolean => {
    const [na, nb] = [nodes[a], nodes[b]];
    if (!na || !nb) return false;
    if (na.arcs !== nb.arcs) return na.arcs > nb.arcs;
    return na.point[0] !== nb.point[0] ? na.point[0] < nb.point[0] : na.point[1] < nb.point[1];
  };
  nodes.forEach((_, i) => {
    const r = root(i);
    const current = best.get(r);
    if (current === undefined || better(i, current)) best.set(r, i);
  });
  const target = new Map<string, Point>();
  nodes.forEach((node, i) => {
    const to = nodes[best.get(root(i)) ?? i]?.point ?? node.point;
    if (to !== node.point) target.set(key(node.point), to);
  });
  const moved = arcs.map((arc) => {
    const first = arc[0];
    const last = arc[arc.length - 1];
    if (!first || !last) return arc;
    const start = target.get(key(first)) ?? first;
    const end = target.get(key(last)) ?? last;
    const shrinks =
      key(start) === key(end) &&
      arc.every((p) => Math.hypot(p[0] - start[0], p[1] - start[1]) <= tolerance);
    return shrinks ? arc.map(() => start) : [start, ...arc.slice(1, -1), end];
  });
  setArcs(topo, moved);
  return target.size;
}

/**
 * Where a border is still two lines, one per side (the sides end at different junctions, so no
 * pair of arcs runs between the same two), each inner point of one side moves onto the nearest
 * point of the other side within `tolerance`; the side of the earlier arc stays as it is. The
 * sides then meet at every point the later one kept, and the parallel pieces between those
 * points are adopted in the next pass. Returns how many points moved.
 */
function snapLoneBorders(topo: Topology, tolerance: number): number {
  const arcs = absoluteArcs(topo);
  const owners = arcOwners(topo);
  const cell = (v: number): number => Math.floor(v / tolerance);
  const grid = new Map<string, { arc: number; point: Point }[]>();
  const lone = arcs.map((_, i) => owners[i]?.size === 1);
  arcs.forEach((arc, i) => {
    if (!lone[i]) return;
    for (const point of arc) {
      const k = `${cell(point[0])},${cell(point[1])}`;
      grid.set(k, [...(grid.get(k) ?? []), { arc: i, point }]);
    }
  });
  let moved = 0;
  const snapped = arcs.map((arc, i) => {
    if (!lone[i]) return arc;
    const owner = [...(owners[i] ?? [])][0];
    return arc.map((p, at) => {
      if (at === 0 || at === arc.length - 1) return p;
      let best: Point | undefined;
      let bestDistance = tolerance;
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const c of grid.get(`${cell(p[0]) + dx},${cell(p[1]) + dy}`) ?? []) {
            if (c.arc >= i || owners[c.arc]?.has(owner ?? -1)) continue;
            const d = Math.hypot(c.point[0] - p[0], c.point[1] - p[1]);
            if (d <= bestDistance) [best, bestDistance] = [c.point, d];
          }
        }
      }
      if (!best) return p;
      moved += 1;
      return best;
    });
  });
  setArcs(topo, snapped);
  return moved;
}

/** Drops the repeats and spikes that moved junctions leave, and rings that collapsed. */
function cleanAreas<P>(features: readonly Feature<Geometry, P>[]): Feature<Geometry, P>[] {
  return features.flatMap((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return [f];
    const { geometry } = cleanRings(f.geometry);
    return geometry ? [{ ...f, geometry }] : [];
  });
}

/** Rewrites arc references in place so near-identical parallel arcs become one. */
function adoptParallelArcs(topo: Topology, tolerance: number): number {
  const arcs = absoluteArcs(topo);
  const owners = arcOwners(topo);
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
  for (const geometry of topologyGeometries(topo)) {
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
 * One topology pass: `change` edits the topology in place (tolerances in grid steps when it is
 * quantized, else in degrees).
 */
function pass<P>(
  features: readonly Feature<Geometry, P>[],
  quantization: number | undefined,
  change: (topo: Topology, units: (degrees: number) => number) => number,
): { features: Feature<Geometry, P>[]; changed: number } {
  const collection: FeatureCollection<Geometry, P> = {
    type: 'FeatureCollection',
    features: [...features],
  };
  const topo = topology({ shapes: collection }, quantization ?? 0) as Topology<{
    shapes: GeometryCollection<P & object>;
  }>;
  const [scaleX = 1, scaleY = 1] = topo.transform?.scale ?? [];
  const changed = change(topo, (degrees) => degrees / Math.max(scaleX, scaleY));
  const back = feature(topo, topo.objects.shapes);
  return { features: back.features as Feature<Geometry, P>[], changed };
}

/**
 * Parallel arcs between the same two junctions and within `tolerance` degrees made one, on
 * features whose shared borders are identical already but for the stretches where the source
 * draws two lines (the province outlines: one side's line becomes both sides'). Coordinates are
 * kept to the last bit.
 */
export function adoptBorders<P>(
  features: readonly Feature<Geometry, P>[],
  tolerance: number,
): {
  features: Feature<Geometry, P>[];
  adopted: number;
} {
  const adopted = pass(features, undefined, (topo) => adoptParallelArcs(topo, tolerance));
  return { features: adopted.features, adopted: adopted.changed };
}

/**
 * The features with shared borders made vertex-identical, coordinates snapped to the grid of
 * `quantization`: first near junctions become one, then a border's two sides are snapped point
 * to point, then parallel arcs between the same two junctions become one. Reports how many
 * junction ends and border points moved and how many arcs were adopted.
 */
export function snapBorders<G extends Geometry, P>(
  features: readonly Feature<G, P>[],
  quantization: number,
): {
  features: Feature<Geometry, P>[];
  junctionsJoined: number;
  pointsSnapped: number;
  adopted: number;
} {
  const joined = pass(features, quantization, (topo, units) =>
    joinJunctions(topo, units(JUNCTION_TOLERANCE)),
  );
  const sided = pass(cleanAreas(joined.features), quantization, (topo, units) =>
    snapLoneBorders(topo, units(JUNCTION_TOLERANCE)),
  );
  const adopted = pass(cleanAreas(sided.features), quantization, (topo, units) =>
    adoptParallelArcs(topo, units(TOLERANCE)),
  );
  return {
    features: adopted.features,
    junctionsJoined: joined.changed,
    pointsSnapped: sided.changed,
    adopted: adopted.changed,
  };
}
