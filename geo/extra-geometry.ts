/**
 * `extra.json`: a shape for every region of the dataset that `focus.json` does not draw (a county,
 * prefecture or province a document added), cut from the all-China counties
 * (`china-counties.json`) in seconds rather than by the geometry build: a county as it is there,
 * a prefecture, province or group dissolved from its counties. Same objects and properties as
 * focus.json (`GEO_OBJECTS.focus`, `GeoFeatureProps`), so the app merges the two.
 *
 * A province with no figure of its own (in the dataset only as the parent of what a document is
 * about, as 云南省 is above 大理州) is not cut: its whole outline would be most of the file, and
 * the first view already has it in context.json, from which the app draws it
 * (data/load-app-data.ts).
 */
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Point, Topology } from 'topojson-specification';
import { GEO_OBJECTS, type GeoFeatureProps } from '../src/lib/domain/geometry';
import type { Region } from '../src/lib/domain/schema';
import {
  cutTopology,
  mergedOutline,
  quantizedPoint,
  type ArcArea,
  type CutObjects,
} from './arc-shapes';
import { featureId } from './features';
import { labelPoint } from './label-point';
import type { Area } from './sources/echarts-decode';

/** What the cut is made from, each read from its committed file. */
export interface ExtraInputs {
  /** The dataset's regions (`public/data/dataset.json`). */
  regions: readonly Region[];
  /** The codes of the regions a fact, measure or event of the dataset is about. */
  described: ReadonlySet<string>;
  /** `public/geo/focus.json`: its regions need nothing extra. */
  focus: Topology;
  /** `public/geo/china-counties.json`: every county-level shape, numeric code as `id`. */
  counties: Topology;
  /** Code → parent code of every unit of the region base (`public/geo/china-regions.json`). */
  baseParents: ReadonlyMap<string, string>;
}

/** Levels drawn as shapes, each its own object. */
const SHAPE_LEVELS = ['county', 'prefecture', 'province', 'group'] as const;
type ShapeLevel = (typeof SHAPE_LEVELS)[number];

/** What the cut made, for the command's line. */
export interface ExtraReport {
  shapes: Record<ShapeLevel, number>;
  /** Regions of the dataset with no shape in focus.json and none to cut: the panel says so. */
  unshaped: string[];
  /** Provinces with no figure of their own, left to context.json's outline. */
  context: string[];
}

/** Every code that focus.json draws as a shape. */
function focusCodes(focus: Topology): Set<string> {
  const codes = new Set<string>();
  for (const level of SHAPE_LEVELS) {
    const object = focus.objects[GEO_OBJECTS.focus[level]] as GeometryCollection | undefined;
    for (const g of object?.geometries ?? []) {
      const code = (g.properties as { code?: unknown } | undefined)?.code;
      if (typeof code === 'string') codes.add(code);
    }
  }
  return codes;
}

/** How many leading digits of a code its prefecture or province shares with its counties. */
const PREFIX = { prefecture: 4, province: 2 } as const;

/**
 * The codes of the county file's shapes that make up `region`. A unit the file holds whole (a
 * county; 东莞市, a prefecture with no counties) is its own shape. A prefecture or province is
 * the shapes whose parent links (the dataset's, else the base's) lead to it; a shape neither
 * knows falls to the prefecture or province its code starts with. A group is its members'.
 */
function membersOf(
  region: Region,
  shapes: ReadonlySet<string>,
  parentOf: (code: string) => string | undefined,
  byCode: ReadonlyMap<string, Region>,
): string[] {
  if (region.level === 'group')
    return region.members.flatMap((m) => {
      const member = byCode.get(m);
      return member ? membersOf(member, shapes, parentOf, byCode) : [];
    });
  if (shapes.has(region.code)) return [region.code];
  if (region.level !== 'prefecture' && region.level !== 'province') return [];
  const digits = PREFIX[region.level];
  const within = (code: string): boolean => {
    if (parentOf(code) === undefined) return code.slice(0, digits) === region.code.slice(0, digits);
    for (let up = parentOf(code); up !== undefined; up = parentOf(up))
      if (up === region.code) return true;
    return false;
  };
  return [...shapes].filter(within);
}

/** A shape's GeoJSON area, for its label point. */
function decoded(topo: Topology, geometry: ArcArea): Area {
  return (feature(topo, geometry) as Feature<Area>).geometry;
}

/** Builds extra.json's text and what went into it. */
export function buildExtraGeometry(inputs: ExtraInputs): { text: string; report: ExtraReport } {
  const { counties } = inputs;
  const countyObject = counties.objects[GEO_OBJECTS.counties.counties] as GeometryCollection;
  const byShape = new Map(countyObject.geometries.map((g) => [String(g.id), g as ArcArea]));
  const shapes = new Set(byShape.keys());
  const byCode = new Map<string, Region>(inputs.regions.map((r) => [r.code, r]));
  const parentOf = (code: string) => byCode.get(code)?.parent ?? inputs.baseParents.get(code);
  const drawn = focusCodes(inputs.focus);
  const transform = counties.transform;
  if (!transform) throw new Error('china-counties.json: no transform (it is quantized)');

  const objects = { county: [], prefecture: [], province: [], group: [], labels: [] } as Record<
    ShapeLevel | 'labels',
    (ArcArea | Point)[]
  >;
  const report: ExtraReport = {
    shapes: { county: 0, prefecture: 0, province: 0, group: 0 },
    unshaped: [],
    context: [],
  };
  const missing = inputs.regions
    .filter((r): r is Region & { level: ShapeLevel } => r.level !== 'country' && !drawn.has(r.code))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const region of missing) {
    const { level } = region;
    if (level === 'province' && !inputs.described.has(region.code)) {
      report.context.push(region.code);
      continue;
    }
    const members = membersOf(region, shapes, parentOf, byCode).map((c) => byShape.get(c));
    const areas = members.filter((m): m is ArcArea => m !== undefined);
    if (areas.length === 0) {
      report.unshaped.push(region.code);
      continue;
    }
    const props: GeoFeatureProps = {
      code: region.code,
      name_zh: region.name.zh,
      name_en: region.name.en,
      level,
    };
    const id = featureId(region.code);
    const own = byShape.get(region.code);
    const shape: ArcArea = { ...(own ?? mergedOutline(counties, areas)), id, properties: props };
    // No seat point is at hand here: the label goes to the pole of inaccessibility.
    const { point } = labelPoint(decoded(counties, shape), undefined);
    objects[level].push(shape);
    objects.labels.push({
      type: 'Point',
      coordinates: quantizedPoint(point, transform),
      id,
      properties: props,
    });
    report.shapes[level] += 1;
  }
  const named: CutObjects = {};
  for (const [key, geometries] of Object.entries(objects))
    named[GEO_OBJECTS.focus[key as keyof typeof objects]] = geometries;
  return { text: JSON.stringify(cutTopology(counties, named)), report };
}
