/**
 * `china-counties.json`: every county-level unit outside Taiwan, loaded only on request and drawn
 * as lines only, so a feature carries its geometry and numeric code (`id`) and nothing else.
 */
import type { Feature, Geometry } from 'geojson';
import { GEO_OBJECTS } from '../../src/lib/domain/geometry';
import type { MapCounty } from '../county-map';
import { collection, featureId } from '../features';
import { toTopoJSON, type TopologyOptions } from '../topology';

const OPTIONS: TopologyOptions = { minWeight: 1.5e-4, quantization: 3e4, minRingArea: 2e-3 };

/** Builds the all-counties file from the snapped county map. */
export function buildCounties(counties: readonly MapCounty[]): {
  text: string;
  report: { counties: number };
} {
  const features = counties.map(
    ({ props: { code }, geometry }): Feature<Geometry, { code: string }> => ({
      type: 'Feature',
      id: featureId(code),
      properties: { code },
      geometry,
    }),
  );
  // `collection` sorts by code; the code itself is then left out of the file.
  const sorted = collection(features).features.map((f) => ({ ...f, properties: null }));
  const text = toTopoJSON(
    { [GEO_OBJECTS.counties.counties]: { type: 'FeatureCollection', features: sorted } },
    OPTIONS,
  );
  return { text, report: { counties: features.length } };
}
