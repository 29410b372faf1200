/** The GeoJSON the map draws, as the geometry loader hands it over (see domain/geometry.ts). */
import type { CountyLineProps, GEO_OBJECTS } from '../domain/geometry';
import type { GeoCollections } from '../data/load-geometry';

type Values<T> = T[keyof T];

/** Focus regions: counties, dissolved prefectures, provinces and groups, and their label points. */
export type FocusCollections = GeoCollections<Values<typeof GEO_OBJECTS.focus>>;
/** China's provinces and the neighbouring countries. */
export type ContextCollections = GeoCollections<Values<typeof GEO_OBJECTS.context>>;
/** Every county-level unit of China, loaded on request. */
export type CountyCollections = GeoCollections<
  Values<typeof GEO_OBJECTS.counties>,
  CountyLineProps
>;

/** What the first style is built from. */
export interface MapCollections {
  /** Every region with a shape (focus.json's and extra.json's). */
  focus: FocusCollections;
  /** The dataset's regions (data/load-app-data.ts): framed by a fresh load with nothing selected, as the first picture is. */
  home: FocusCollections['county'];
  context: ContextCollections;
}
