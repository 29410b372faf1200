/**
 * What the first view needs, fetched in parallel: the dataset and the focus, extra and context
 * geometry. The all-China county file is separate (`loadCounties`) because it is loaded only on
 * request.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import {
  GEO_FILES,
  GEO_OBJECTS,
  type CountyLineProps,
  type GeoFeatureProps,
} from '../domain/geometry';
import type { RegionCode } from '../domain/schema';
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
  /**
   * Every region with a shape: focus.json's, extra.json's after them, then context.json's outline
   * of each dataset province neither file draws (one with no figure of its own, which the geometry
   * build leaves out of extra.json).
   */
  focus: FocusGeometry;
  /**
   * What a fresh load frames with nothing selected: the dataset's regions, as the counties of
   * focus.json and extra.json and extra.json's prefectures (a document about a prefecture alone
   * adds no county), as the first picture frames them (load-first-paint.ts), so the map takes it
   * over where it stands.
   */
  home: FeatureCollection<Geometry, GeoFeatureProps>;
  context: ContextGeometry;
}

export type AppDataResult = { ok: true; data: AppData } | { ok: false; messages: string[] };

/** Each of `extra`'s collections after the same one of `focus`: one collection per level. */
function mergeFocus(focus: FocusGeometry, extra: FocusGeometry): FocusGeometry {
  const merged = {} as FocusGeometry;
  for (const name of Object.values(GEO_OBJECTS.focus))
    merged[name] = {
      type: 'FeatureCollection',
      features: [...focus[name].features, ...extra[name].features],
    };
  return merged;
}

/**
 * `focus` with context.json's outline added for each province of `atlas` it has no shape for. No
 * label point: context.json's province labels name it (map/style.ts labels every province the
 * focus labels leave out).
 */
function withContextProvinces(
  focus: FocusGeometry,
  context: ContextGeometry,
  atlas: Atlas,
): FocusGeometry {
  const drawn = new Set(focus.province.features.map((f) => f.properties.code));
  const needed = context.provinces.features.filter((f) => {
    const region = atlas.regions.get(f.properties.code as RegionCode);
    return region?.level === 'province' && !drawn.has(region.code);
  });
  if (needed.length === 0) return focus;
  return {
    ...focus,
    province: { ...focus.province, features: [...focus.province.features, ...needed] },
  };
}

export async function loadAppData(fetcher: typeof fetch = fetch): Promise<AppDataResult> {
  const [atlas, focus, extra, context] = await Promise.all([
    loadAtlas(fetcher),
    loadGeometry(GEO_FILES.focus, GEO_OBJECTS.focus, fetcher),
    loadGeometry(GEO_FILES.extra, GEO_OBJECTS.focus, fetcher),
    loadGeometry(GEO_FILES.context, GEO_OBJECTS.context, fetcher),
  ]);
  if (atlas.ok && focus.ok && extra.ok && context.ok)
    return {
      ok: true,
      data: {
        atlas: atlas.atlas,
        focus: withContextProvinces(
          mergeFocus(focus.collections, extra.collections),
          context.collections,
          atlas.atlas,
        ),
        home: {
          type: 'FeatureCollection',
          features: [
            ...focus.collections.county.features,
            ...extra.collections.county.features,
            ...extra.collections.prefecture.features,
          ],
        },
        context: context.collections,
      },
    };
  const messages = [atlas, focus, extra, context].flatMap((r) => (r.ok ? [] : [r.message]));
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
