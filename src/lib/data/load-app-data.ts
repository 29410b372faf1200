/**
 * What the first view needs, fetched in parallel: the dataset and the focus and context geometry.
 * The all-China county file is separate (`loadCounties`) because it is loaded only on request.
 */
import { GEO_FILES, GEO_OBJECTS, type CountyLineProps } from '../domain/geometry';
import type { Atlas } from './atlas';
import { loadAtlas } from './load';
import type { Progress } from './fetch-json';
import { loadGeometry, type GeoCollections } from './load-geometry';

type ObjectsOf<F extends keyof typeof GEO_OBJECTS> =
  (typeof GEO_OBJECTS)[F][keyof (typeof GEO_OBJECTS)[F]];

export type FocusGeometry = GeoCollections<ObjectsOf<'focus'>>;
export type ContextGeometry = GeoCollections<ObjectsOf<'context'>>;
export type CountiesGeometry = GeoCollections<ObjectsOf<'counties'>, CountyLineProps>;

export interface AppData {
  atlas: Atlas;
  focus: FocusGeometry;
  context: ContextGeometry;
}

export type AppDataResult = { ok: true; data: AppData } | { ok: false; messages: string[] };

export async function loadAppData(fetcher: typeof fetch = fetch): Promise<AppDataResult> {
  const [atlas, focus, context] = await Promise.all([
    loadAtlas(fetcher),
    loadGeometry(GEO_FILES.focus, GEO_OBJECTS.focus, fetcher),
    loadGeometry(GEO_FILES.context, GEO_OBJECTS.context, fetcher),
  ]);
  if (atlas.ok && focus.ok && context.ok)
    return {
      ok: true,
      data: { atlas: atlas.atlas, focus: focus.collections, context: context.collections },
    };
  const messages = [atlas, focus, context].flatMap((r) => (r.ok ? [] : [r.message]));
  return { ok: false, messages };
}

/** The all-China counties, reporting the bytes as they arrive (the file is over a megabyte). */
export function loadCounties(
  onProgress?: (progress: Progress) => void,
  fetcher: typeof fetch = fetch,
) {
  // Drawn only as lines: each border between two counties once (half the vertices to tile
  // and draw), not once per county ring.
  return loadGeometry<ObjectsOf<'counties'>, CountyLineProps>(
    GEO_FILES.counties,
    GEO_OBJECTS.counties,
    fetcher,
    onProgress,
    { [GEO_OBJECTS.counties.counties]: 'mesh' },
  );
}
