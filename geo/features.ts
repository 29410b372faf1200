/** GeoJSON features in the shape the geometry contract (`src/lib/domain/geometry.ts`) promises. */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoFeatureProps } from '../src/lib/domain/geometry';

/**
 * Numeric codes become numeric feature ids, which MapLibre keeps for feature state; group ids
 * (cq-metro) stay strings, and `code` is always there for `promoteId`.
 */
export function featureId(code: string): number | string {
  return /^\d+$/.test(code) ? Number(code) : code;
}

/** A feature carrying the contract's properties, in a fixed key order. */
export function regionFeature<G extends Geometry>(
  props: GeoFeatureProps,
  geometry: G,
): Feature<G, GeoFeatureProps> {
  const { code, name_zh, name_en, level } = props;
  return {
    type: 'Feature',
    id: featureId(code),
    properties: { code, name_zh, name_en, level },
    geometry,
  };
}

/** A label anchor for a region. */
export function labelFeature(props: GeoFeatureProps, point: Position): Feature {
  return regionFeature(props, { type: 'Point', coordinates: point });
}

/** Wraps features, sorted by code so the output does not depend on source order. */
export function collection<G extends Geometry, P extends { code: string }>(
  features: Feature<G, P>[],
): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: [...features].sort((a, b) =>
      a.properties.code < b.properties.code ? -1 : a.properties.code > b.properties.code ? 1 : 0,
    ),
  };
}
