/**
 * extra.json: the committed file is what the committed dataset makes (nothing, for the seeds'
 * regions), and a dataset with the Dali counties and prefecture gets their shapes, cut from the
 * all-China counties point for point, with labels inside; their province only when it has a
 * figure of its own.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature, merge, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Objects, Polygon, Topology } from 'topojson-specification';
import { extraGeometryOf } from '../../../geo/build-extra-geometry';
import { buildExtraGeometry, type ExtraInputs } from '../../../geo/extra-geometry';
import { pointInArea } from '../../../geo/label-point';
import type { Area } from '../../../geo/sources/echarts-decode';
import { GEO_FILES, GEO_OBJECTS, type GeoFeatureProps } from '../../../src/lib/domain/geometry';
import { RegionSchema, type Region } from '../../../src/lib/domain/schema';

const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(new URL(`../../../public/${file}`, import.meta.url), 'utf8'));

type Collections = Topology<Record<string, GeometryCollection<GeoFeatureProps>>>;

/** An object of a built file as GeoJSON features. */
function features(text: string, object: string): Feature<Geometry, GeoFeatureProps>[] {
  const topo = JSON.parse(text) as Collections;
  return feature(topo, topo.objects[object] as GeometryCollection<GeoFeatureProps>).features;
}

const codes = (text: string, object: string) =>
  features(text, object).map((f) => f.properties.code);

describe('the committed extra.json', () => {
  it('is what the committed dataset makes: run npm run build:data when it differs', () => {
    const committed = fs.readFileSync(
      new URL(`../../../public/${GEO_FILES.extra}`, import.meta.url),
      'utf8',
    );
    const { text, report } = extraGeometryOf();
    expect(text === committed, `${GEO_FILES.extra} differs; run npm run build:data`).toBe(true);
    // Every region of the seeds is in focus.json: the first view downloads nothing more.
    for (const object of Object.values(GEO_OBJECTS.focus)) expect(codes(text, object)).toEqual([]);
    expect(report.unshaped).toEqual([]);
  });
});

describe('a dataset with the Dali counties and their prefecture', () => {
  const dataset = read('data/dataset.json') as { regions: Region[] };
  const base = (read('geo/china-regions.json') as { regions: Omit<Region, 'members'>[] }).regions;
  const fromBase = (code: string): Region => {
    const region = base.find((r) => r.code === code);
    if (!region) throw new Error(`no ${code} in the region base`);
    return { ...region, members: [] };
  };
  const DALI_COUNTIES = ['532923', '532924', '532925'];
  const added = [...DALI_COUNTIES, '532900', '530000'].map(fromBase);
  // A county the county file has no shape for: the panel says so instead.
  const unshaped: Region = { ...fromBase('532924'), code: '532999' as Region['code'] };
  const counties = read(GEO_FILES.counties) as Topology;
  const inputs: ExtraInputs = {
    regions: [...dataset.regions, ...added, unshaped],
    // Yunnan with a figure of its own too, so that it is cut (the next block leaves it out).
    described: new Set([...DALI_COUNTIES, '532900', '530000']),
    focus: read(GEO_FILES.focus) as Topology,
    counties,
    baseParents: new Map(base.map((r) => [r.code, r.parent ?? ''])),
  };
  const { text, report } = buildExtraGeometry(inputs);
  const countyShapes = counties.objects[GEO_OBJECTS.counties.counties] as GeometryCollection;
  const countyShape = (code: string) =>
    countyShapes.geometries.find((g) => String(g.id) === code) as Polygon;

  it('cuts the regions focus.json lacks, each at its level, with the base’s names', () => {
    expect(codes(text, GEO_OBJECTS.focus.county)).toEqual(DALI_COUNTIES);
    expect(codes(text, GEO_OBJECTS.focus.prefecture)).toEqual(['532900']);
    expect(codes(text, GEO_OBJECTS.focus.province)).toEqual(['530000']);
    expect(codes(text, GEO_OBJECTS.focus.group)).toEqual([]);
    const binchuan = features(text, GEO_OBJECTS.focus.county)[1];
    expect(binchuan?.id).toBe(532924);
    expect(binchuan?.properties).toEqual({
      code: '532924',
      name_zh: '宾川县',
      name_en: 'Binchuan County',
      level: 'county',
    });
    expect(report.unshaped).toEqual(['532999']);
  });

  it('keeps the county file’s points: a county as it is, the prefecture as its counties merged', () => {
    for (const [i, code] of DALI_COUNTIES.entries()) {
      const cut = features(text, GEO_OBJECTS.focus.county)[i];
      expect(cut?.geometry).toEqual(feature(counties, countyShape(code)).geometry);
    }
    const members = base.filter((r) => r.parent === '532900').map((r) => countyShape(r.code));
    expect(members).toHaveLength(12);
    const prefecture = features(text, GEO_OBJECTS.focus.prefecture)[0];
    expect(prefecture?.geometry).toEqual(merge(counties, members));
  });

  it('puts one label inside each shape', () => {
    const shapes = (['county', 'prefecture', 'province'] as const).flatMap((level) =>
      features(text, GEO_OBJECTS.focus[level]),
    );
    const labels = features(text, GEO_OBJECTS.focus.labels);
    expect(labels.map((l) => l.properties.code)).toEqual(['530000', '532900', ...DALI_COUNTIES]);
    for (const shape of shapes) {
      const label = labels.find((l) => l.properties.code === shape.properties.code);
      const point = (label?.geometry as { coordinates: Position }).coordinates;
      expect(pointInArea(point, shape.geometry as Area), shape.properties.code).toBe(true);
    }
  });

  it('makes the same bytes each time', () => {
    expect(buildExtraGeometry(inputs).text).toBe(text);
  });

  it('leaves a province with no figure of its own to context.json, and with it most bytes', () => {
    const described = new Set([...DALI_COUNTIES, '532900']);
    const cut = buildExtraGeometry({ ...inputs, described });
    expect(codes(cut.text, GEO_OBJECTS.focus.province)).toEqual([]);
    expect(codes(cut.text, GEO_OBJECTS.focus.labels)).toEqual(['532900', ...DALI_COUNTIES]);
    expect(codes(cut.text, GEO_OBJECTS.focus.county)).toEqual(DALI_COUNTIES);
    expect(cut.report.context).toEqual(['530000']);
    expect(cut.text.length).toBeLessThan(text.length / 2);
  });
});

describe('which counties make up a prefecture', () => {
  const square = (id: string, x: number): Feature<Geometry> => ({
    type: 'Feature',
    id,
    properties: null,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x, 1],
          [x + 1, 1],
          [x + 1, 0],
          [x, 0],
        ],
      ],
    },
  });
  const parts: FeatureCollection = {
    type: 'FeatureCollection',
    features: [square('110101', 0), square('110102', 1), square('110201', 2)],
  };
  const counties = quantize(
    topology({ [GEO_OBJECTS.counties.counties]: parts }) as Topology<Objects>,
    1e3,
  );
  const region = (code: string, level: Region['level'], parent: string | null): Region =>
    RegionSchema.parse({
      code,
      name: { zh: code, en: code },
      level,
      parent,
      members: [],
      aliases: [],
    });

  it('follows the parent links where they exist, and the code’s first four digits elsewhere', () => {
    const { text } = buildExtraGeometry({
      regions: [region('110100', 'prefecture', '110000')],
      described: new Set(['110100']),
      focus: { type: 'Topology', objects: {}, arcs: [] },
      counties,
      // 110101 lies directly under the province, as Beijing's districts do in the base; 110201
      // is linked to 110100 though its code says otherwise; 110102 has no link.
      baseParents: new Map([
        ['110101', '110000'],
        ['110201', '110100'],
      ]),
    });
    const [prefecture] = features(text, GEO_OBJECTS.focus.prefecture);
    const xs = (prefecture?.geometry as { coordinates: Position[][][] }).coordinates
      .flat(2)
      .map(([x = NaN]) => x);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([1, 3]);
  });
});
