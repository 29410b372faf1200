/**
 * `focus.json`: the focus regions at county level (Chongqing, Hanzhong, Yinchuan), the
 * outlines they dissolve into (prefectures, Chongqing, Chongqing's three groups), the
 * provinces of Shaanxi and Ningxia as dissolved from all their counties, and one label point
 * per region.
 */
import type { Feature, Geometry, MultiPolygon } from 'geojson';
import type { Region } from '../../src/lib/domain/schema';
import { GEO_OBJECTS, type GeoFeatureProps } from '../../src/lib/domain/geometry';
import type { MapCounty } from '../county-map';
import { dissolve } from '../dissolve';
import { collection, labelFeature, regionFeature } from '../features';
import { labelPoint, type LabelSource } from '../label-point';
import { CONTEXT_MIN_WEIGHT } from './context';
import type { Area } from '../sources/echarts-decode';
import type { ProvinceShape } from '../sources/provinces';
import { toTopoJSON, type TopologyOptions } from '../topology';

const OPTIONS: TopologyOptions = {
  minWeight: 1.5e-5,
  // ≈ 23 × 42 m steps over the focus extent (7° × 11.4°): under a pixel to zoom 11, and far
  // finer than what the simplification drops. 1e5 cost 2.2 KiB more brotli in the first paint.
  quantization: 3e4,
  minRingArea: 1e-4,
  // Shaanxi's and Ningxia's borders away from the focus counties, as coarse as in context.json.
  coarse: {
    features: (object) => object === GEO_OBJECTS.focus.province,
    minWeight: CONTEXT_MIN_WEIGHT,
  },
};

/** Levels drawn as shapes in the focus file, each its own TopoJSON object. */
type ShapeLevel = 'county' | 'prefecture' | 'province' | 'group';

/** What the focus build counted, for the report. */
export interface FocusReport {
  shapes: Record<ShapeLevel, number>;
  labels: Record<LabelSource, number>;
}

function propsOf(region: Region): GeoFeatureProps {
  return {
    code: region.code,
    name_zh: region.name.zh,
    name_en: region.name.en,
    level: region.level,
  };
}

/** The catalogue's counties, found in the county map by code. */
function focusCounties(regions: readonly Region[], counties: readonly MapCounty[]): MapCounty[] {
  const byCode = new Map(counties.map((county) => [county.props.code, county]));
  return regions
    .filter((region) => region.level === 'county')
    .map((region) => {
      const county = byCode.get(region.code);
      if (!county) throw new Error(`focus: no shape for county ${region.code} ${region.name.zh}`);
      return county;
    });
}

/** Which counties each prefecture, dissolved province and group is made of. */
function memberSets(regions: readonly Region[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const region of regions) {
    if (region.level === 'group') sets.set(region.code, [...region.members]);
  }
  for (const county of regions.filter((region) => region.level === 'county')) {
    const parent = county.parent ?? '';
    sets.set(parent, [...(sets.get(parent) ?? []), county.code]);
  }
  return sets;
}

/**
 * Builds the focus file's text and what went into it. `outlines` are the provinces dissolved
 * from the county map; `provinces` (china.json) give their seat points.
 */
export function buildFocus(
  regions: readonly Region[],
  counties: readonly MapCounty[],
  outlines: ReadonlyMap<string, MultiPolygon>,
  provinces: readonly ProvinceShape[],
): { text: string; report: FocusReport } {
  const found = focusCounties(regions, counties);
  const cpByCode = new Map(found.map(({ props, cp }) => [props.code, cp]));
  const countyByCode = new Map(found.map(({ props, geometry }) => [props.code, geometry]));
  // Prefectures and groups; Chongqing too, though its outline comes from `outlines`.
  const dissolved = dissolve(countyByCode, memberSets(regions));
  const shapes: Record<ShapeLevel, Feature<Area, GeoFeatureProps>[]> = {
    county: [],
    prefecture: [],
    province: [],
    group: [],
  };
  const labels: Feature[] = [];
  const report: FocusReport = {
    shapes: { county: 0, prefecture: 0, province: 0, group: 0 },
    labels: { cp: 0, pole: 0 },
  };
  const provinceByCode = new Map(provinces.map((province) => [province.code, province]));

  for (const region of regions) {
    if (region.level === 'country') continue; // drawn by the context file's provinces
    const county = countyByCode.get(region.code);
    const province = provinceByCode.get(region.code);
    const geometry = county ?? outlines.get(region.code) ?? dissolved.get(region.code);
    if (!geometry) throw new Error(`focus: no shape for ${region.level} ${region.code}`);
    const props = propsOf(region);
    shapes[region.level].push(regionFeature(props, geometry));
    const label = labelPoint(geometry, cpByCode.get(region.code) ?? province?.cp);
    labels.push(labelFeature(props, label.point));
    report.shapes[region.level] += 1;
    report.labels[label.source] += 1;
  }

  const objects: Record<string, ReturnType<typeof collection<Geometry, GeoFeatureProps>>> = {};
  for (const level of Object.keys(shapes) as ShapeLevel[]) {
    objects[GEO_OBJECTS.focus[level]] = collection(shapes[level]);
  }
  objects[GEO_OBJECTS.focus.labels] = collection(labels as Feature<Geometry, GeoFeatureProps>[]);
  return { text: toTopoJSON(objects, OPTIONS), report };
}
