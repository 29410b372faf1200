/**
 * The focus geometry for the picture drawn before the app starts (map/first-paint.ts), and the
 * same file's text handed on to the app's own loader so it is downloaded once.
 *
 * This door checks only what the picture needs and never throws: a file it cannot draw gives
 * null and the page simply waits for the map. The app still validates the file at its own door
 * (load-geometry.ts); zod is left out here because it would weigh more than the picture.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import { GEO_FILES, GEO_OBJECTS } from '../domain/geometry';

/** The four kinds of region outline the picture draws, by focus.json object. */
const DRAWN = ['county', 'prefecture', 'group', 'province'] as const;

/** The decoded outlines, and the file's text for the app's loader. */
export interface FirstPaintGeometry {
  regions: Record<(typeof DRAWN)[number], Geometry[]>;
  /** Every focus feature's code with its geometry, to frame a region a link selects. */
  byCode: Map<string, Geometry>;
  text: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export async function loadFirstPaint(
  fetcher: typeof fetch = fetch,
): Promise<FirstPaintGeometry | null> {
  try {
    const res = await fetcher(GEO_FILES.focus);
    if (!res.ok) return null;
    const text = await res.text();
    const body: unknown = JSON.parse(text);
    if (!isObject(body) || body.type !== 'Topology' || !isObject(body.objects)) return null;
    const topology = body as unknown as Topology;
    const regions = {} as FirstPaintGeometry['regions'];
    const byCode = new Map<string, Geometry>();
    for (const name of DRAWN) {
      const object = topology.objects[GEO_OBJECTS.focus[name]];
      if (!object || object.type !== 'GeometryCollection') return null;
      const fc = feature(topology, object as GeometryCollection<{ code?: unknown }>);
      regions[name] = fc.features.map((f) => f.geometry);
      for (const f of fc.features)
        if (typeof f.properties.code === 'string') byCode.set(f.properties.code, f.geometry);
    }
    return { regions, byCode, text };
  } catch {
    return null;
  }
}

/**
 * A fetch for the app's loader that answers the focus file from `focusText` (already downloaded
 * for the picture, when there is one) and each of `early` from a request started now, while the
 * app's own code is still downloading, instead of one round trip after it. A second request for
 * the same file, or any other, goes to `fetcher`; a failed early request fails as that fetch would.
 */
export function firstViewFetch(
  focusText: string | null,
  early: readonly string[],
  fetcher: typeof fetch = fetch,
): typeof fetch {
  const started = new Map(early.map((url) => [url, fetcher(url)]));
  // Nobody may be waiting yet: a failure is reported when the loader asks, not as unhandled.
  for (const pending of started.values()) pending.catch(() => undefined);
  return (input, init) => {
    if (input === GEO_FILES.focus && focusText !== null)
      return Promise.resolve(
        new Response(focusText, { headers: { 'content-type': 'application/json' } }),
      );
    const pending = typeof input === 'string' ? started.get(input) : undefined;
    if (!pending) return fetcher(input, init);
    started.delete(input as string);
    return pending;
  };
}
