/**
 * Every MapLibre source and layer id the atlas uses, in one place, so that the style builder,
 * the map component and the tests cannot drift apart.
 */

/** GeoJSON sources. Focus and context sources are in the first style; `chinaCounties` is added on request. */
export const SOURCE = {
  countries: 'countries',
  provinces: 'provinces',
  provinceLabels: 'province-labels',
  chinaCounties: 'china-counties',
  county: 'focus-county',
  prefecture: 'focus-prefecture',
  province: 'focus-province',
  group: 'focus-group',
  labels: 'focus-labels',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Layers, listed bottom to top as they are drawn. */
export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  provincesFill: 'provinces-fill',
  provincesLine: 'provinces-line',
  chinaCountiesLine: 'china-counties-line',
  groupFill: 'group-fill',
  prefectureFill: 'prefecture-fill',
  countyFill: 'county-fill',
  countyLine: 'county-line',
  prefectureLine: 'prefecture-line',
  groupLine: 'group-line',
  provinceLine: 'province-line',
  provinceLabels: 'province-labels',
  labelCounty: 'label-county',
  labelPrefecture: 'label-prefecture',
  labelGroup: 'label-group',
  labelProvince: 'label-province',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Sources whose features can be hovered or selected; each is keyed by `code` (promoteId). */
export const REGION_SOURCES = [
  SOURCE.county,
  SOURCE.prefecture,
  SOURCE.province,
  SOURCE.group,
] as const;
export type RegionSourceId = (typeof REGION_SOURCES)[number];

/** Layers whose features the pointer picks, finest first. */
export const PICK_LAYERS = [LAYER.countyFill] as const;

/** Symbol layers whose `text-field` follows the language. */
export const LABEL_LAYERS = [
  LAYER.provinceLabels,
  LAYER.labelCounty,
  LAYER.labelPrefecture,
  LAYER.labelGroup,
  LAYER.labelProvince,
] as const;

/** Layers each context-layer toggle shows or hides. */
export const CONTEXT_LAYER_IDS = {
  labels: LABEL_LAYERS,
  boundaries: [LAYER.provincesLine, LAYER.countriesLine],
  counties: [LAYER.chinaCountiesLine],
} as const;
