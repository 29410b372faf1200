/**
 * The dataset's regions for the picture drawn before the app starts (map/first-paint.ts): the
 * focus geometry and the regions documents added (extra.json), and the files' texts handed on to
 * the app's own loader so each is downloaded once.
 *
 * This door checks only what the picture needs and never throws: a file it cannot draw gives
 * null and the page simply waits for the map. The app still validates the file at its own door
 * (load-geometry.ts); zod is left out here because it would weigh more than the picture.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { GEO_FILES, GEO_OBJECTS } from '../domain/geometry';

/** The four kinds of region outline the picture draws, by focus.json object. */
const DRAWN = ['county', 'prefecture', 'group', 'province'] as const;

/** The decoded outlines of focus.json and extra.json, and their texts for the app's loader. */
export interface FirstPaintGeometry {
  regions: Record<(typeof DRAWN)[number], Geometry[]>;
  /** Every feature's code with its geometry, to frame a region a link selects. */
  byCode: Map<string, Geometry>;
  /**
   * What a fresh load frames: the counties of both files, and extra.json's prefectures (a
   * document about a prefecture alone adds no county). The same as load-app-data.ts#homeOf.
   */
  home: Geometry[];
  /** Each file's text by its URL, for the app's loader. */
  texts: Map<string, string>;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** A file's features by focus.json object, or null when it is not a topology of those objects. */
async function readOutlines(
  fetcher: typeof fetch,
  url: string,
): Promise<{ text: string; features: Record<(typeof DRAWN)[number], OutlineFeature[]> } | null> {
  const res = await fetcher(url);
  if (!res.ok) return null;
  const text = await res.text();
  const body: unknown = JSON.parse(text);
  if (!isObject(body) || body.type !== 'Topology' || !isObject(body.objects)) return null;
  const topology = body as unknown as Topology;
  const features = {} as Record<(typeof DRAWN)[number], OutlineFeature[]>;
  for (const name of DRAWN) {
    const object = topology.objects[GEO_OBJECTS.focus[name]];
    if (!object || object.type !== 'GeometryCollection') return null;
    features[name] = feature(topology, object as GeometryCollection<{ code?: unknown }>).features;
  }
  return { text, features };
}

type OutlineFeature = Feature<Geometry, { code?: unknown }>;

/**
 * The dataset's regions as the picture draws them: focus.json's, then extra.json's (the regions
 * documents added). Without focus.json, null; without extra.json, focus.json's alone (the app
 * names the missing file itself).
 */
export async function loadFirstPaint(
  fetcher: typeof fetch = fetch,
): Promise<FirstPaintGeometry | null> {
  const read = (url: string) => readOutlines(fetcher, url).catch(() => null);
  const [focus, extra] = await Promise.all([read(GEO_FILES.focus), read(GEO_FILES.extra)]);
  if (!focus) return null;
  const files = extra ? [focus, extra] : [focus];
  const regions = {} as FirstPaintGeometry['regions'];
  const byCode = new Map<string, Geometry>();
  for (const name of DRAWN) {
    const features = files.flatMap((f) => f.features[name]);
    regions[name] = features.map((f) => f.geometry);
    for (const f of features)
      if (typeof f.properties.code === 'string') byCode.set(f.properties.code, f.geometry);
  }
  const home = [...regions.county, ...(extra?.features.prefecture.map((f) => f.geometry) ?? [])];
  const texts = new Map([[GEO_FILES.focus as string, focus.text]]);
  if (extra) texts.set(GEO_FILES.extra, extra.text);
  return { regions, byCode, home, texts };
}

/**
 * A fetch for the app's loader that answers the files the picture downloaded from their `texts`
 * (by URL) and each of `early` from a request started now, while the app's own code is still
 * downloading, instead of one round trip after it. A second request for the same file, or any
 * other, goes to `fetcher`; a failed early request fails as that fetch would.
 */
export function firstViewFetch(
  texts: ReadonlyMap<string, string>,
  early: readonly string[],
  fetcher: typeof fetch = fetch,
): typeof fetch {
  const started = new Map(early.filter((url) => !texts.has(url)).map((url) => [url, fetcher(url)]));
  // Nobody may be waiting yet: a failure is reported when the loader asks, not as unhandled.
  for (const pending of started.values()) pending.catch(() => undefined);
  return (input, init) => {
    const url = typeof input === 'string' ? input : null;
    const text = url === null ? undefined : texts.get(url);
    if (text !== undefined)
      return Promise.resolve(
        new Response(text, { headers: { 'content-type': 'application/json' } }),
      );
    const pending = url === null ? undefined : started.get(url);
    if (!pending || url === null) return fetcher(input, init);
    started.delete(url);
    return pending;
  };
}
