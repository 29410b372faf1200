/**
 * Every MapLibre source and layer id the atlas uses, in one place, so that the style builder,
 * the map component and the tests cannot drift apart.
 */
import { SYMBOL_SLOTS } from '../layers/layer-specs';

/**
 * MapLibre GeoJSON sources (not the dataset's documents, which the domain calls sources). Focus
 * and context sources are in the first style; `chinaCounties` is added on request.
 */
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
  /** The place open in the panel, a region without figures (place-layer.ts). */
  place: 'place',
} as const;

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
  countyFocusLine: 'county-focus-line',
  placeLine: 'place-line',
  provinceLabels: 'province-labels',
  labelCounty: 'label-county',
  labelPrefecture: 'label-prefecture',
  labelGroup: 'label-group',
  labelProvince: 'label-province',
} as const;
/** The id of one of the style's MapLibre layers (not a concept layer's id: that is `LayerId`). */
export type MapLayerId = (typeof LAYER)[keyof typeof LAYER];

/** Sources whose features can be hovered or selected; each is keyed by `code` (promoteId). */
export const REGION_SOURCES = [
  SOURCE.county,
  SOURCE.prefecture,
  SOURCE.province,
  SOURCE.group,
] as const;
export type RegionSourceId = (typeof REGION_SOURCES)[number];

/** Symbol layers whose `text-field` follows the language. */
export const LABEL_LAYERS = [
  LAYER.provinceLabels,
  LAYER.labelCounty,
  LAYER.labelPrefecture,
  LAYER.labelGroup,
  LAYER.labelProvince,
] as const;

/**
 * A layer of a picture's map alone (picture-labels.ts): the view's named regions' labels, placed
 * first and left for the picture to set as text.
 */
export const PICTURE_LABELS = 'picture-labels';

/** Layers each context-layer toggle shows or hides. */
export const CONTEXT_LAYER_IDS = {
  labels: LABEL_LAYERS,
  boundaries: [LAYER.provincesLine, LAYER.countriesLine],
  counties: [LAYER.chinaCountiesLine],
} as const;

/** The region sources by level, for the layers drawn once per level. */
export const REGION_SOURCE_BY_LEVEL = {
  province: SOURCE.province,
  group: SOURCE.group,
  prefecture: SOURCE.prefecture,
  county: SOURCE.county,
} as const;
/** Coarse to fine: finer regions are drawn over the regions that contain them. */
export const REGION_LEVELS = ['province', 'group', 'prefecture', 'county'] as const;

/**
 * The indicator layers: all in the first style, hidden until a spec uses them, so a layer switch
 * is a visibility, paint or feature-state change and never adds a layer or a source.
 */
export const INDICATOR_LAYER = {
  choroplethFill: {
    province: 'choropleth-fill-province',
    group: 'choropleth-fill-group',
    prefecture: 'choropleth-fill-prefecture',
    county: 'choropleth-fill-county',
  },
  choroplethDash: {
    province: 'choropleth-dash-province',
    group: 'choropleth-dash-group',
    prefecture: 'choropleth-dash-prefecture',
    county: 'choropleth-dash-county',
  },
  /** The hatching over values that fall short of the standard the choropleth is drawn against. */
  choroplethHatch: {
    province: 'choropleth-hatch-province',
    group: 'choropleth-hatch-group',
    prefecture: 'choropleth-hatch-prefecture',
    county: 'choropleth-hatch-county',
  },
  measureFill: {
    province: 'measure-fill-province',
    group: 'measure-fill-group',
    prefecture: 'measure-fill-prefecture',
    county: 'measure-fill-county',
  },
  measureLine: {
    province: 'measure-line-province',
    group: 'measure-line-group',
    prefecture: 'measure-line-prefecture',
    county: 'measure-line-county',
  },
  /** One circle layer per symbol slot (layers/layer-specs.ts assigns the slots). */
  symbols: Array.from({ length: SYMBOL_SLOTS }, (_, slot) => `symbols-${slot}`),
  milestones: 'milestones',
} as const;

/**
 * Layers whose features the pointer picks; the one drawn on top under it wins. A proportional
 * circle stands for its own region (a city's circle for the city), not for the county it
 * happens to cover, so it is picked before the county fill beneath it.
 */
export const PICK_LAYERS: readonly string[] = [...INDICATOR_LAYER.symbols, LAYER.countyFill];

/**
 * The comparison's outlines, one line layer per region level, always visible: a region's line
 * shows only while its polygon carries the `compared` feature state, so adding a region to the
 * comparison is one state change, never a layer or filter change.
 */
export const COMPARED_LINE = {
  province: 'compared-line-province',
  group: 'compared-line-group',
  prefecture: 'compared-line-prefecture',
  county: 'compared-line-county',
} as const;

/** Every indicator layer id, flat. */
export const INDICATOR_LAYER_IDS: readonly string[] = Object.values(INDICATOR_LAYER).flatMap((v) =>
  typeof v === 'string' ? [v] : Object.values(v),
);
