/**
 * Every county-level unit as one snapped map: the base all three geometry files are cut from,
 * so a border is the same line in each of them. Province outlines are dissolved from it.
 */
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { Region } from '../src/lib/domain/schema';
import type { GeoFeatureProps } from '../src/lib/domain/geometry';
import { dissolve } from './dissolve';
import { regionFeature } from './features';
import { aliasResolver } from './regions';
import { englishName } from './romanize';
import { adoptBorders, snapBorders } from './snap-borders';
import type { CountyShape } from './sources/cities';
import type { Area } from './sources/echarts-decode';

/**
 * Grid steps per axis over all of China (≈ 20 m): fine enough for the focus file's county zoom,
 * coarse enough that the sources' float noise lands on one grid point.
 */
const QUANTIZATION = 3e5;

/**
 * Two provinces' lines for one border, further apart than this (degrees, ≈ 5 km), stay two: at
 * province zoom closer ones are one line, and taking either side keeps it on a county border.
 */
const PROVINCE_BORDER_TOLERANCE = 0.05;

/** One county of the map: current code, names, the source's seat point, snapped outline. */
export interface MapCounty {
  props: GeoFeatureProps;
  cp: Position | undefined;
  geometry: Area;
}

/** What snapping did, for the report. */
export interface CountyMapReport {
  junctionsJoined: number;
  pointsSnapped: number;
  bordersSnapped: number;
}

/**
 * The counties under current codes, named from the catalogue where it has them (else
 * romanised), with neighbours' borders made identical.
 */
export function countyMap(
  regions: readonly Region[],
  counties: readonly CountyShape[],
): { counties: MapCounty[]; report: CountyMapReport } {
  const current = aliasResolver(regions);
  const catalogue = new Map<string, Region>(regions.map((region) => [region.code, region]));
  const features = counties.map((county) => {
    const code = current(county.code);
    const known = catalogue.get(code);
    const props: GeoFeatureProps = {
      code,
      name_zh: known?.name.zh ?? county.name_zh,
      name_en: known?.name.en ?? englishName(county.name_zh),
      level: 'county',
    };
    return regionFeature(props, county.geometry);
  });
  const cp = new Map(counties.map((county) => [current(county.code), county.cp]));
  const snapped = snapBorders(features, QUANTIZATION);
  return {
    // Snapping keeps each geometry's kind: areas in, areas out.
    counties: snapped.features.map((f: Feature) => {
      const props = f.properties as GeoFeatureProps;
      return { props, cp: cp.get(props.code), geometry: f.geometry as Area };
    }),
    report: {
      junctionsJoined: snapped.junctionsJoined,
      pointsSnapped: snapped.pointsSnapped,
      bordersSnapped: snapped.adopted,
    },
  };
}

/**
 * Each provincial-level unit that has counties (all but Taiwan), dissolved from them. Where the
 * source draws a province border twice (two prefecture files that disagree by up to ≈ 5 km),
 * both provinces take one of the two lines, so the outline is one line and on a county border.
 */
export function provinceOutlines(counties: readonly MapCounty[]): {
  outlines: Map<string, MultiPolygon>;
  bordersSnapped: number;
} {
  const sets = new Map<string, string[]>();
  for (const { props } of counties) {
    const province = `${props.code.slice(0, 2)}0000`;
    sets.set(province, [...(sets.get(province) ?? []), props.code]);
  }
  const shapes = new Map(counties.map(({ props, geometry }) => [props.code, geometry]));
  const dissolved = [...dissolve(shapes, sets)].map(([code, geometry]) => ({
    type: 'Feature' as const,
    properties: { code },
    geometry,
  }));
  const { features, adopted } = adoptBorders(dissolved, PROVINCE_BORDER_TOLERANCE);
  const outlines = new Map<string, MultiPolygon>();
  for (const { properties, geometry } of features) {
    // Adopting arcs keeps each geometry's kind; a single polygon comes back as a Polygon.
    outlines.set(
      properties.code,
      geometry.type === 'Polygon'
        ? { type: 'MultiPolygon', coordinates: [geometry.coordinates] }
        : (geometry as MultiPolygon),
    );
  }
  return { outlines, bordersSnapped: adopted };
}
