/**
 * The basemap's layers (pure): water, the neighbouring countries and China's provinces under the
 * focus regions, and the all-China county outlines, added to the map once their file arrives.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAYER, SOURCE, type MapLayerId } from './ids';
import { PALETTE } from './palette';

/** The layers under everything else, bottom to top. */
export function basemapLayers(): LayerSpecification[] {
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
  ];
}

/** The all-China counties' layer, drawn above the provinces and below the focus regions. */
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
export const COUNTIES_BEFORE: MapLayerId = LAYER.groupFill;
