/**
 * GeoJSON collections → one simplified, quantized TopoJSON text. All objects of a file go
 * into one topology, so a border two features share is one arc, simplified once: neighbours
 * stay flush after simplification. The inputs' shared borders must already be identical to the
 * last bit (the county map's are, and so are the countries', cut from one topology): the
 * topology is built unquantized, as rounding to a coarser grid first would fold nearby points
 * together and cut the borders into short arcs again.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import {
  filter,
  filterAttachedWeight,
  planarRingArea,
  presimplify,
  simplify,
  type Filter,
} from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';

/** How hard to simplify and how finely to quantize one file. */
export interface TopologyOptions {
  /**
   * Points whose Visvalingam triangle (planar, square degrees) is smaller than this go. A
   * threshold rather than a share of points: every file is cut from the same county map, so a
   * border point kept in a coarser file is kept in every finer one, and the same border is the
   * same line in each file up to the coarser file's detail.
   */
  minWeight: number;
  /** Grid steps per axis over the file's extent, applied to the simplified topology. */
  quantization: number;
  /** Detached rings (islets, enclaves) under this planar area in square degrees are dropped. */
  minRingArea: number;
  /**
   * Arcs that only the features `features` picks (by object name and properties) use are
   * simplified to the coarser `minWeight`: the focus file draws Shaanxi and Ningxia whole, but
   * needs county detail only where the focus counties are.
   */
  coarse?: { features: (object: string, properties: object) => boolean; minWeight: number };
}

type ArcRing = number[];
/** The topology shape topojson-simplify's typings accept. */
type Topo = Topology<Objects>;

/** The exterior ring of each geometry's largest polygon, as the arc list `filter` will see. */
function largestRings(topo: Topo): Set<ArcRing> {
  const keep = new Set<ArcRing>();
  const area = (ring: ArcRing): number =>
    planarRingArea(
      feature(topo, { type: 'Polygon', arcs: [ring] }).geometry.coordinates[0] as [
        number,
        number,
      ][],
    );
  const visit = (geometry: GeometryObject): void => {
    if (geometry.type === 'GeometryCollection')
      geometry.geometries.forEach((member) => visit(member));
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.arcs]
        : geometry.type === 'MultiPolygon'
          ? geometry.arcs
          : [];
    const exteriors = polygons.map((polygon) => polygon[0]).filter((ring) => ring !== undefined);
    const [largest] = exteriors.sort((a, b) => area(b) - area(a));
    if (largest) keep.add(largest);
  };
  Object.values(topo.objects).forEach(visit);
  return keep;
}

/** Small detached rings go, but never a feature's largest polygon: islands like 三沙市 stay. */
function ringFilter(topo: Topo, minRingArea: number): Filter {
  const bySize = filterAttachedWeight(topo, minRingArea);
  const largest = largestRings(topo);
  return (ring, interior) => largest.has(ring as unknown as ArcRing) || bySize(ring, interior);
}

/** The arcs every feature that `coarse` does not pick uses. */
function arcsUsedOutside(topo: Topo, coarse: NonNullable<TopologyOptions['coarse']>): Set<number> {
  const used = new Set<number>();
  const visit = (name: string, geometry: GeometryObject): void => {
    if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => visit(name, g));
    else if ('arcs' in geometry && !coarse.features(name, geometry.properties ?? {})) {
      for (const ref of (geometry.arcs as unknown[]).flat(3) as number[]) {
        used.add(ref < 0 ? ~ref : ref);
      }
    }
  };
  for (const [name, object] of Object.entries(topo.objects)) visit(name, object);
  return used;
}

/** Lowers the weight of the points of arcs only `coarse.features` use below the coarse bar. */
function coarsen(topo: Topo, coarse: NonNullable<TopologyOptions['coarse']>): void {
  const fine = arcsUsedOutside(topo, coarse);
  topo.arcs.forEach((arc, i) => {
    if (fine.has(i)) return;
    for (const point of arc) {
      // presimplify stores each point's weight third; ends are Infinity and stay.
      if ((point[2] ?? Infinity) < coarse.minWeight) point[2] = 0;
    }
  });
}

/** Builds a topology, simplifies it, drops small detached rings, quantizes, serialises it. */
export function toTopoJSON(
  objects: Record<string, FeatureCollection<Geometry>>,
  options: TopologyOptions,
): string {
  // topojson-server types properties as GeoJSON's (nullable); topojson-simplify wants `{}`.
  const built = topology(objects) as Topo;
  const raw = presimplify(built);
  if (options.coarse) coarsen(raw, options.coarse);
  const simplified = simplify(raw, options.minWeight);
  const filtered = filter(simplified, ringFilter(simplified, options.minRingArea));
  // Built unquantized, so quantized only now, once.
  return JSON.stringify(quantize(filtered, options.quantization));
}
