/**
 * Fetches a TopoJSON file of `public/geo/` and turns its objects into GeoJSON collections.
 * Checks the outer shape at the door; a missing or broken file is a value, not an exception.
 */
import '../domain/zod-jitless';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { fetchJson, type Progress } from './fetch-json';
import { z } from 'zod/mini';
import type { GeoFeatureProps } from '../domain/geometry';

const TopologySchema = z.object({
  type: z.literal('Topology'),
  objects: z.record(z.string(), z.object({ type: z.string() })),
  arcs: z.array(z.unknown()),
});

/** A file's objects as GeoJSON; `P` is what its features carry (see domain/geometry.ts). */
export type GeoCollections<K extends string, P = GeoFeatureProps> = Record<
  K,
  FeatureCollection<Geometry, P>
>;
export type GeoLoadResult<K extends string, P = GeoFeatureProps> =
  { ok: true; collections: GeoCollections<K, P> } | { ok: false; message: string };

/**
 * How an object is decoded: `features`, one GeoJSON feature per geometry; `mesh`, one feature
 * whose MultiLineString holds every arc once (topojson's mesh), for an object drawn only as
 * lines, where features would give each shared border twice.
 */
export type Decode = 'features' | 'mesh';

/** Every arc of `object` once, as one feature with no properties. */
function meshFeature(topology: Topology, object: GeometryCollection): Feature<MultiLineString> {
  return { type: 'Feature', properties: {}, geometry: mesh(topology, object) };
}

export async function loadGeometry<K extends string, P = GeoFeatureProps>(
  url: string,
  objects: Record<string, K>,
  fetcher: typeof fetch = fetch,
  onProgress?: (progress: Progress) => void,
  decode: Partial<Record<K, Decode>> = {},
): Promise<GeoLoadResult<K, P>> {
  const fetched = await fetchJson(url, fetcher, onProgress);
  if (!fetched.ok) return fetched;
  const body = fetched.body;
  const parsed = TopologySchema.safeParse(body);
  if (!parsed.success) return { ok: false, message: `${url}: not a TopoJSON topology` };
  const topology = body as Topology;
  const out = {} as GeoCollections<K, P>;
  for (const name of Object.values(objects)) {
    const obj = topology.objects[name];
    if (!obj) return { ok: false, message: `${url}: object "${name}" is missing` };
    try {
      const collection = obj as GeometryCollection<P & object>;
      out[name] = (
        decode[name] === 'mesh'
          ? { type: 'FeatureCollection', features: [meshFeature(topology, collection)] }
          : feature(topology, collection)
      ) as FeatureCollection<Geometry, P>;
    } catch (err) {
      // The outer shape passed, but arcs or transforms inside are broken.
      return { ok: false, message: `${url}: object "${name}" cannot be decoded: ${String(err)}` };
    }
  }
  return { ok: true, collections: out };
}
