/**
 * The geometry contract between `geo/build-geo.ts` (writer) and the map (reader).
 * Paths are relative to the page (Vite `public/`). Every focus and context feature carries `code`
 * (current GB/T 2260 code, or the group id) and `name_zh` / `name_en`, so labels switch language
 * with a layout change. The all-China counties are drawn as lines only: theirs carry nothing but
 * the numeric code as feature `id`, which keeps the file under 1.5 MB, and the map draws their
 * mesh (each border once; data/load-app-data.ts).
 */
export const GEO_FILES = {
  /** Focus regions at county level, with dissolved prefectures, provinces and Chongqing's groups, plus label points. */
  focus: 'geo/focus.json',
  /**
   * The dataset's regions that focus.json does not draw (added by add-document), cut from the
   * all-China counties by `geo/build-extra-geometry.ts`; same objects and properties as focus.
   */
  extra: 'geo/extra.json',
  /** China's provinces and neighbouring countries, drawn under everything. */
  context: 'geo/context.json',
  /** Every county-level unit of China, loaded when the all-China county layer is turned on. */
  counties: 'geo/china-counties.json',
} as const;

/** The folder of the all-China counties cut by province (`provinceCountiesFile`). */
export const PROVINCE_COUNTIES_DIR = 'geo/counties/';

/**
 * The counties of one provincial-level unit (`province`: its GB/T 2260 code, `530000`), cut from
 * `GEO_FILES.counties` with the same arcs, transform and object: what a place of that province
 * is outlined from. Every one of the 34 has a file; Taiwan's holds no county.
 */
export function provinceCountiesFile(province: string): string {
  return `${PROVINCE_COUNTIES_DIR}${province}.json`;
}

/** The province (`530000`) whose counties file holds the region `code` (`532901`, `530000`). */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** TopoJSON object names inside each file. */
export const GEO_OBJECTS = {
  /** Also extra.json's. */
  focus: {
    county: 'county',
    prefecture: 'prefecture',
    province: 'province',
    group: 'group',
    labels: 'labels',
  },
  context: { provinces: 'provinces', countries: 'countries' },
  counties: { counties: 'counties' },
} as const;

/** What an all-China county feature carries besides its numeric `id`: nothing. */
export type CountyLineProps = Record<string, never>;

/** Properties every focus and context feature carries. Label points also carry `level`. */
export interface GeoFeatureProps {
  code: string;
  name_zh: string;
  name_en: string;
  level: 'country' | 'province' | 'prefecture' | 'county' | 'group';
}
