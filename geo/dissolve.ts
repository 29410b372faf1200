/**
 * Dissolves county shapes into their prefecture, province or group with topojson-client's
 * `merge`: borders the members share are removed, so the outline keeps exactly the members'
 * outer arcs and stays flush with neighbours in the final topology.
 */
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { ringArea } from './fixups';
import type { Area } from './sources/echarts-decode';

/**
 * Where neighbours' borders differ by more than snapping fixes, the merge leaves slivers:
 * thin holes and crumbs along former inner borders. Below these areas (square degrees,
 * ≈ 10 km² and 1 km²) they are dropped; the focus regions have no real holes or islets that small.
 */
export const MAX_SLIVER_HOLE = 1e-3;
export const MAX_SLIVER_POLYGON = 1e-4;

/**
 * The ring without its pinched loops under `MAX_SLIVER_HOLE`: a sliver between two members'
 * borders that reaches the outline is not a hole but an inlet, the ring going in and back out
 * through one point. Every such point is a topology junction that no simplification removes:
 * context.json's province borders were cut into ≈ 2,000 arcs of two points. A loop is cut out
 * when the ring comes back to a point it passed; larger loops (two parts of a region touching
 * at a point) stay as they are.
 */
function dropInlets(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  const seen = new Map<string, number>();
  // The closing point is the first again, not a loop: the ring is closed once it is walked.
  for (const point of ring.slice(0, -1)) {
    const key = `${point[0]},${point[1]}`;
    const at = seen.get(key);
    if (at !== undefined && Math.abs(ringArea(out.slice(at))) < MAX_SLIVER_HOLE) {
      for (const dropped of out.splice(at + 1)) seen.delete(`${dropped[0]},${dropped[1]}`);
      continue;
    }
    seen.set(key, out.length);
    out.push(point);
  }
  return out.length > 0 ? [...out, out[0] as Position] : [];
}

function dropSlivers(outline: MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: outline.coordinates
      .map((polygon) => polygon.map(dropInlets))
      .filter(([outer]) => Math.abs(ringArea(outer ?? [])) >= MAX_SLIVER_POLYGON)
      .map(([outer = [], ...holes]) => [
        outer,
        ...holes.filter((hole) => Math.abs(ringArea(hole)) >= MAX_SLIVER_HOLE),
      ]),
  };
}

/**
 * Outlines of each named set of member codes. The members' borders must already be identical
 * (the county map's are): the topology is built unquantized, so the outline keeps the members'
 * coordinates to the last bit and shares their arcs in any file that holds both.
 */
export function dissolve(
  shapes: ReadonlyMap<string, Area>,
  sets: ReadonlyMap<string, readonly string[]>,
): Map<string, MultiPolygon> {
  const parts: FeatureCollection<Area> = {
    type: 'FeatureCollection',
    features: [...shapes].map(([code, geometry]) => ({
      type: 'Feature',
      id: code,
      properties: null,
      geometry,
    })),
  };
  const topo = topology({ parts }) as Topology<{ parts: GeometryCollection }>;
  // Every part is polygonal: the inputs are areas.
  const geometries = topo.objects.parts.geometries as (TopoPolygon | TopoMultiPolygon)[];
  const out = new Map<string, MultiPolygon>();
  for (const [key, members] of sets) {
    const chosen = geometries.filter((g) => members.includes(String(g.id)));
    if (chosen.length !== members.length) {
      throw new Error(`dissolve ${key}: ${members.length} members, ${chosen.length} shapes`);
    }
    out.set(key, dropSlivers(merge(topo, chosen)));
  }
  return out;
}
