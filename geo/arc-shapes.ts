/**
 * Shapes cut from an already built, quantized topology without leaving it: counties as they are,
 * outlines dissolved with topojson-client's `mergeArcs` (the arc form of `merge`), and a new
 * topology holding only the arcs the chosen shapes use, under the source's own transform. No
 * point moves and no arc is simplified again, so a shape cut from `china-counties.json` lies
 * exactly on that file's county lines, and an outline shares its members' arcs.
 */
import type { Position } from 'geojson';
import { feature, mergeArcs } from 'topojson-client';
import type {
  GeometryObject,
  MultiPolygon,
  Point,
  Polygon,
  Topology,
  Transform,
} from 'topojson-specification';
import { MAX_SLIVER_HOLE, MAX_SLIVER_POLYGON } from './dissolve';
import { ringArea } from './fixups';

/** A polygonal geometry of a topology: its rings are lists of arc references. */
export type ArcArea = Polygon | MultiPolygon;

/** The ring's area in square degrees (unsigned), its arcs decoded from `topo`. */
function arcRingArea(topo: Topology, ring: number[]): number {
  const decoded = feature(topo, { type: 'Polygon', arcs: [ring] }).geometry;
  return Math.abs(ringArea(decoded.type === 'Polygon' ? (decoded.coordinates[0] ?? []) : []));
}

/**
 * The areas dissolved into one outline. Where two prefecture files' borders run as two lines
 * (geo/README.md), the merge leaves slivers between them: holes under `MAX_SLIVER_HOLE` and
 * polygons under `MAX_SLIVER_POLYGON` go, as in `dissolve.ts`, but never the largest polygon.
 */
export function mergedOutline(topo: Topology, areas: readonly ArcArea[]): MultiPolygon {
  const merged = mergeArcs(topo, [...areas]);
  const sized = merged.arcs.map((polygon) => ({
    polygon,
    area: arcRingArea(topo, polygon[0] ?? []),
  }));
  const largest = Math.max(...sized.map((p) => p.area));
  return {
    type: 'MultiPolygon',
    arcs: sized
      .filter(({ area }) => area === largest || area >= MAX_SLIVER_POLYGON)
      .map(({ polygon: [outer = [], ...holes] }) => [
        outer,
        ...holes.filter((hole) => arcRingArea(topo, hole) >= MAX_SLIVER_HOLE),
      ]),
  };
}

/** A point on the grid of `transform`, as a quantized topology stores a Point's coordinates. */
export function quantizedPoint(point: Position, transform: Transform): [number, number] {
  const [x = 0, y = 0] = point;
  return [
    Math.round((x - transform.translate[0]) / transform.scale[0]),
    Math.round((y - transform.translate[1]) / transform.scale[1]),
  ];
}

/** One object of the new topology: its geometries, in the order given. */
export type CutObjects = Record<string, (ArcArea | Point)[]>;

/**
 * A topology of `objects`, whose areas refer to `source`'s arcs: only the arcs they use are kept,
 * numbered in the order of first use, with `source`'s transform (the arcs stay delta-encoded on
 * its grid). Deterministic for objects given in a deterministic order.
 */
export function cutTopology(source: Topology, objects: CutObjects): Topology {
  const renumbered = new Map<number, number>();
  const arcs: Topology['arcs'] = [];
  const ref = (r: number): number => {
    const index = r < 0 ? ~r : r;
    let next = renumbered.get(index);
    if (next === undefined) {
      next = arcs.length;
      renumbered.set(index, next);
      arcs.push(source.arcs[index] ?? []);
    }
    return r < 0 ? ~next : next;
  };
  const cut = (g: ArcArea | Point): GeometryObject => {
    if (g.type === 'Point') return g;
    const rings = (polygon: number[][]) => polygon.map((ring) => ring.map(ref));
    const arcsOf = g.type === 'Polygon' ? rings(g.arcs) : g.arcs.map(rings);
    return { type: g.type, arcs: arcsOf, id: g.id, properties: g.properties } as GeometryObject;
  };
  const out: Topology = {
    type: 'Topology',
    ...(source.transform ? { transform: source.transform } : {}),
    objects: {},
    arcs,
  };
  for (const [name, geometries] of Object.entries(objects)) {
    out.objects[name] = { type: 'GeometryCollection', geometries: geometries.map(cut) };
  }
  return out;
}
