/** Small hand-made collections in the shape of the geometry contract, for the style tests. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoFeatureProps } from '../../../src/lib/domain/geometry';
import type { MapCollections } from '../../../src/lib/map/collections';

type Fc = FeatureCollection<Geometry, GeoFeatureProps>;

function square(
  code: string,
  level: GeoFeatureProps['level'],
  x: number,
  y: number,
  size = 1,
): Feature<Geometry, GeoFeatureProps> {
  return {
    type: 'Feature',
    properties: { code, name_zh: `区${code}`, name_en: `Region ${code}`, level },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    },
  };
}

const fc = (...features: Feature<Geometry, GeoFeatureProps>[]): Fc => ({
  type: 'FeatureCollection',
  features,
});

const counties = fc(square('500113', 'county', 106, 29), square('500103', 'county', 107, 29));

export const COLLECTIONS: MapCollections = {
  home: counties,
  focus: {
    county: counties,
    prefecture: fc(square('610700', 'prefecture', 106, 32, 2)),
    province: fc(square('500000', 'province', 105, 28, 5)),
    group: fc(square('cq-main', 'group', 106, 29, 2)),
    // focus.json labels each of its regions, its province among them.
    labels: fc(
      {
        type: 'Feature',
        properties: { code: '500113', name_zh: '巴南区', name_en: 'Banan', level: 'county' },
        geometry: { type: 'Point', coordinates: [106.5, 29.5] },
      },
      {
        type: 'Feature',
        properties: { code: '500000', name_zh: '重庆市', name_en: 'Chongqing', level: 'province' },
        geometry: { type: 'Point', coordinates: [107.5, 30.5] },
      },
    ),
  },
  context: {
    provinces: fc(
      square('500000', 'province', 105, 28, 5),
      square('610000', 'province', 100, 30, 10),
    ),
    countries: fc(square('156', 'country', 70, 15, 60)),
  },
};
