/**
 * GeoJSON collections → one simplified, quantized TopoJSON text. All objects of a file go
 * into one topology, so a border two features share is one arc, simplified once: neighbours
 * stay flush after simplification.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryObject, Objects, Topology } from 'topojson-specification';
import {
  filter,
  filterAttachedWeight,
  planarRingArea,
  presimplify,
  quantile,
  simplify,
  type Filter,
} from 'topojson-simplify';
import { feature, quantize, transform } from 'topojson-client';

/** How hard to simplify and how finely to quantize one file. */
export interface TopologyOptions {
  /** Share of (non-endpoint) arc points to keep, 0..1: `quantile` sorts weights descending. */
  keep: number;
  /**
   * Grid steps per axis over the file's extent. Applied when the topology is built, not after:
   * the sources' shared borders match only up to float noise, and snapping them to the grid
   * first is what lets topojson-server find them (≈ 59k arcs for all counties, not a million).
   */
  quantization: number;
  /** Detached rings (islets, enclaves) under this planar area in square degrees are dropped. */
  minRingArea: number;
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

function absolutePoints(topo: Topo, toAbsolute: (point: number[]) => number[]): void {
  const visit = (geometry: GeometryObject): void => {
    if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => visit(g));
    else if (geometry.type === 'Point') geometry.coordinates = toAbsolute(geometry.coordinates);
    else if (geometry.type === 'MultiPoint') {
      geometry.coordinates = geometry.coordinates.map((p) => toAbsolute(p));
    }
  };
  Object.values(topo.objects).forEach(visit);
}

/** Builds a quantized topology, simplifies it, drops small detached rings, serialises it. */
export function toTopoJSON(
  objects: Record<string, FeatureCollection<Geometry>>,
  options: TopologyOptions,
): string {
  // topojson-server types properties as GeoJSON's (nullable); topojson-simplify wants `{}`.
  const built = topology(objects, options.quantization) as Topo;
  // presimplify makes arc coordinates absolute and drops the transform, but leaves points
  // quantized; make them absolute too, or the final quantize would apply twice.
  if (built.transform) absolutePoints(built, transform(built.transform));
  const raw = presimplify(built);
  const simplified = simplify(raw, quantile(raw, options.keep));
  const filtered = filter(simplified, ringFilter(simplified, options.minRingArea));
  // presimplify returns absolute coordinates (it drops the transform): quantize again.
  return JSON.stringify(quantize(filtered, options.quantization));
}
