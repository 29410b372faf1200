/**
 * The shape of a region the dataset has no figures for (a place of the region base), cut in the
 * browser from the counties of its province (`public/geo/counties/<province>.json`, the all-China
 * counties' arcs for that province): a county as the file holds it, a prefecture or province
 * dissolved from the counties under it in the base. Loaded when such a place is first opened,
 * never in the first view. Failure is a value.
 */
import '../domain/zod-jitless';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  GeometryCollection,
  MultiPolygon as TopoMulti,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { z } from 'zod/mini';
import { GEO_OBJECTS } from '../domain/geometry';
import type { Region, RegionCode } from '../domain/schema';
import { fetchJson } from './fetch-json';

/** A place's outline, in degrees; `code` is the place's. */
export type PlaceFeature = Feature<Polygon | MultiPolygon, { code: RegionCode }>;

/** A county file's polygons (one province's, or all China's), by code (the numeric feature `id` as text). */
export type CountyShapes = {
  topology: Topology;
  byCode: ReadonlyMap<string, TopoPolygon | TopoMulti>;
};

const CountiesSchema = z.object({
  type: z.literal('Topology'),
  objects: z.object({
    [GEO_OBJECTS.counties.counties]: z.object({ type: z.literal('GeometryCollection') }),
  }),
  arcs: z.array(z.unknown()),
});

/**
 * Fetches a county file (`url`: a province's, `provinceCountiesFile`, or the all-China one) and
 * indexes its polygons, or says why it could not.
 */
export async function loadCountyShapes(
  fetcher: typeof fetch,
  url: string,
): Promise<{ ok: true; shapes: CountyShapes } | { ok: false; message: string }> {
  const fetched = await fetchJson(url, fetcher);
  if (!fetched.ok) return fetched;
  if (!CountiesSchema.safeParse(fetched.body).success)
    return { ok: false, message: `${url}: not the county topology` };
  const topology = fetched.body as Topology;
  const object = topology.objects[GEO_OBJECTS.counties.counties] as GeometryCollection;
  const byCode = new Map<string, TopoPolygon | TopoMulti>();
  for (const g of object.geometries)
    if (g.type === 'Polygon' || g.type === 'MultiPolygon') byCode.set(String(g.id), g);
  return { ok: true, shapes: { topology, byCode } };
}

/**
 * The outline of `region`: its own polygon in the county file, or the counties whose parent
 * links in `base` lead to it, dissolved; null when there are none (the map cannot draw it).
 */
export function placeShape(
  shapes: CountyShapes,
  region: Region,
  base: ReadonlyMap<string, Region>,
): PlaceFeature | null {
  const properties = { code: region.code };
  const own = shapes.byCode.get(region.code);
  if (own) {
    const f = feature(shapes.topology, own) as Feature<Polygon | MultiPolygon>;
    return { type: 'Feature', properties, geometry: f.geometry };
  }
  const under = (code: string): boolean => {
    for (let up = base.get(code)?.parent; up; up = base.get(up)?.parent)
      if (up === region.code) return true;
    return false;
  };
  const members = [...shapes.byCode].filter(([code]) => under(code)).map(([, g]) => g);
  if (members.length === 0) return null;
  return { type: 'Feature', properties, geometry: merge(shapes.topology, members) };
}
