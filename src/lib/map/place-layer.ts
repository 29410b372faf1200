/**
 * The outline of the place open in the panel: a region the dataset has no figures for, whose
 * shape is cut from the all-China counties when it is opened (data/place-shape.ts). Its source is
 * in the first style, empty, and is given the place's shape when one opens: no place is known
 * when the style is built, and opening one is a reader's choice, never a timeline tick, so this
 * is the one source whose data is replaced.
 */
import type {
  GeoJSONSourceSpecification,
  LineLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../data/place-shape';
import { LAYER, SOURCE } from './ids';
import { PALETTE } from './palette';

const NO_PLACE: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The place's source, empty until a place opens. */
export function placeSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: NO_PLACE };
}

/** Its outline, in the selection's colour: it is the selection. */
export function placeLayers(): LineLayerSpecification[] {
  return [
    {
      id: LAYER.placeLine,
      type: 'line',
      source: SOURCE.place,
      paint: { 'line-color': PALETTE.selected, 'line-width': 2.5 },
    },
  ];
}

/** Outlines `place` on `map` (null: none). */
export function showPlace(map: Pick<MapLibreMap, 'getSource'>, place: PlaceFeature | null): void {
  const data: FeatureCollection = place ? { ...NO_PLACE, features: [place] } : NO_PLACE;
  map.getSource<GeoJSONSource>(SOURCE.place)?.setData(data);
}
