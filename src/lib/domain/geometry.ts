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
  /** Every county-level unit of China, loaded only on request. */
  counties: 'geo/china-counties.json',
} as const;

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
