/**
 * `focus.json`: the focus regions at county level (Chongqing, Hanzhong, Yinchuan), the
 * outlines they dissolve into (prefectures, Chongqing, Chongqing's three groups), the
 * provinces of Shaanxi and Ningxia from china.json, and one label point per region.
 */
import type { Feature, Geometry } from 'geojson';
import type { Region } from '../../src/lib/domain/schema';
import { GEO_OBJECTS, type GeoFeatureProps } from '../../src/lib/domain/geometry';
import { dissolve } from '../dissolve';
import { snapBorders } from '../snap-borders';
import { collection, labelFeature, regionFeature } from '../features';
import { labelPoint, type LabelSource } from '../label-point';
import { aliasResolver } from '../regions';
import type { CountyShape } from '../sources/cities';
import type { Area } from '../sources/echarts-decode';
import type { ProvinceShape } from '../sources/provinces';
import { toTopoJSON, type TopologyOptions } from '../topology';

const OPTIONS: TopologyOptions = { keep: 0.12, quantization: 1e5, minRingArea: 1e-4 };

/** Levels drawn as shapes in the focus file, each its own TopoJSON object. */
type ShapeLevel = 'county' | 'prefecture' | 'province' | 'group';

/** What the focus build counted, for the report. */
export interface FocusReport {
  shapes: Record<ShapeLevel, number>;
  bordersSnapped: number;
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

/** The catalogue's counties, found in the source by current or former code. */
function focusCounties(regions: readonly Region[], counties: readonly CountyShape[]) {
  const current = aliasResolver(regions);
  const byCode = new Map(counties.map((county) => [current(county.code), county]));
  return regions
    .filter((region) => region.level === 'county')
    .map((region) => {
      const shape = byCode.get(region.code);
      if (!shape) throw new Error(`focus: no shape for county ${region.code} ${region.name.zh}`);
      return { region, shape };
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

/** Builds the focus file's text and what went into it. */
export function buildFocus(
  regions: readonly Region[],
  counties: readonly CountyShape[],
  provinces: readonly ProvinceShape[],
): { text: string; report: FocusReport } {
  const found = focusCounties(regions, counties);
  const snapped = snapBorders(
    found.map(({ region, shape }) => regionFeature(propsOf(region), shape.geometry)),
    OPTIONS.quantization,
  );
  const cpByCode = new Map(found.map(({ region, shape }) => [region.code, shape.cp]));
  // Snapping keeps each geometry's kind: areas in, areas out.
  const countyByCode = new Map(
    snapped.features.map((f) => [f.properties.code, f.geometry as Area]),
  );
  const outlines = dissolve(countyByCode, memberSets(regions), OPTIONS.quantization);
  const shapes: Record<ShapeLevel, Feature<Area, GeoFeatureProps>[]> = {
    county: [],
    prefecture: [],
    province: [],
    group: [],
  };
  const labels: Feature[] = [];
  const report: FocusReport = {
    shapes: { county: 0, prefecture: 0, province: 0, group: 0 },
    bordersSnapped: snapped.adopted,
    labels: { cp: 0, pole: 0 },
  };
  const provinceByCode = new Map(provinces.map((province) => [province.code, province]));

  for (const region of regions) {
    if (region.level === 'country') continue; // drawn by the context file's provinces
    const county = countyByCode.get(region.code);
    const province = provinceByCode.get(region.code);
    // A province made of focus counties (Chongqing) is their dissolve; the others are context.
    const geometry = county ?? outlines.get(region.code) ?? province?.geometry;
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
