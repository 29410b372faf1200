/**
 * Builds the whole MapLibre style from the geometry and the first map plan (language, context
 * layers, indicator colours), so the map starts where the plan is and later plans arrive as a diff:
 * its sources, the order of its layers (each group built by its own module) and the plan's
 * properties on them. Pure: the same inputs give the same style, so it is unit-tested without a
 * browser. The map changes afterwards only through feature state and layout properties.
 */
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry } from 'geojson';
import type { CountyCollections, MapCollections } from './collections';
import { basemapLayers } from './context-layers';
import { labelPoints } from './features';
import { choroplethLayers, comparedLayers, measureLayers, pointLayers } from './indicator-layers';
import { SOURCE } from './ids';
import { labelLayers } from './label-layers';
import { layerProperties } from './map-ops';
import type { MapPlan } from './map-plan';
import { placeLayers, placeSource } from './place-layer';
import { regionFills, regionLines } from './region-layers';

function geojson(data: FeatureCollection<Geometry, object>): GeoJSONSourceSpecification {
  // promoteId makes `code` the feature id, so hover and selection are feature state keyed by code.
  return { type: 'geojson', data, promoteId: 'code' };
}

/**
 * Label points of the context provinces that the focus labels do not name already (a dataset
 * province drawn from context.json's outline has no focus label: data/load-app-data.ts).
 */
function contextProvinceLabels({ focus, context }: MapCollections) {
  const labelled = new Set(focus.labels.features.map((f) => f.properties.code));
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
  // Bottom to top, as ids.ts lists them: outlines over the choropleth, labels over everything.
  const layers = [
    ...basemapLayers(),
    ...regionFills(),
    ...choroplethLayers(),
    ...regionLines(),
    ...comparedLayers(),
    ...measureLayers(),
    ...pointLayers(),
    ...placeLayers(),
    ...labelLayers(plan.lang),
  ];
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
      [SOURCE.place]: placeSource(),
    },
    layers: layers.map((layer) => {
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
