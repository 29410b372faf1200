import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import {
  committedOutputs,
  manifestChanges,
  measureManifest,
  readManifest,
} from '../../../geo/manifest';
import { loadRegions } from '../../../geo/regions';
import { GEO_FILES, GEO_OBJECTS, type GeoFeatureProps } from '../../../src/lib/domain/geometry';
import { pointInArea } from '../../../geo/label-point';
import type { Area } from '../../../geo/sources/echarts-decode';

const publicFile = (name: string): string =>
  fs.readFileSync(new URL(`../../../public/${name}`, import.meta.url), 'utf8');

function features(text: string, object: string): Feature<Geometry, GeoFeatureProps>[] {
  const topo = JSON.parse(text) as Topology<Record<string, GeometryCollection<GeoFeatureProps>>>;
  const collection = topo.objects[object];
  if (!collection) throw new Error(`no object ${object}`);
  return feature(topo, collection).features;
}

// The rebuild itself takes minutes (`npm run verify:geo`, also the last step of build:geo). Here
// the manifest build:geo wrote is checked against the code, catalogue and boundary files as they
// are now, and against the committed files: a change to any of them without a rebuild fails.
describe('the committed geometry', () => {
  it('was built from the code and boundary files as they are now', () => {
    const changes = manifestChanges(readManifest(), measureManifest(committedOutputs()));
    expect(changes, 'public/geo is older than its sources: run npm run build:geo').toEqual([]);
  });

  it('names each package, input and output that differs from the record', () => {
    const recorded = readManifest();
    const edited = structuredClone(recorded);
    edited.packages['topojson-server'] = '9.9.9';
    edited.inputs['geo/topology.ts'] = 'edited';
    delete edited.outputs[GEO_FILES.focus];
    edited.inputs['geo/new-step.ts'] = 'new';
    expect(manifestChanges(recorded, edited)).toEqual([
      `packages topojson-server: ${recorded.packages['topojson-server']} → 9.9.9`,
      'inputs geo/new-step.ts: not recorded',
      'inputs geo/topology.ts: changed',
      `outputs ${GEO_FILES.focus}: recorded, no longer there`,
    ]);
  });
});

describe('focus.json and the region catalogue agree', () => {
  const text = publicFile(GEO_FILES.focus);
  const regions = loadRegions().filter((region) => region.level !== 'country');
  const levels = ['county', 'prefecture', 'province', 'group'] as const;
  const shapes = levels.flatMap((level) => features(text, GEO_OBJECTS.focus[level]));
  const labels = features(text, GEO_OBJECTS.focus.labels);

  it('has one shape per catalogue region and no other, with the catalogue’s names and level', () => {
    const expected = regions.map((r) => `${r.code} ${r.level} ${r.name.zh} ${r.name.en}`).sort();
    const actual = shapes
      .map(({ properties: p }) => `${p.code} ${p.level} ${p.name_zh} ${p.name_en}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it('keeps each level in its own object, with non-empty areas and numeric ids where numeric', () => {
    for (const level of levels) {
      for (const f of features(text, GEO_OBJECTS.focus[level])) {
        expect(f.properties.level).toBe(level);
        expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
        expect(f.id).toBe(
          /^\d+$/.test(f.properties.code) ? Number(f.properties.code) : f.properties.code,
        );
      }
    }
  });

  it('has all 38 of Chongqing, 11 of Hanzhong and 6 of Yinchuan under current codes', () => {
    const counties = features(text, GEO_OBJECTS.focus.county).map((f) => f.properties.code);
    expect(counties.filter((c) => c.startsWith('50'))).toHaveLength(38);
    expect(counties.filter((c) => c.startsWith('6107'))).toHaveLength(11);
    expect(counties.filter((c) => c.startsWith('6401'))).toHaveLength(6);
    expect(counties).toEqual(expect.arrayContaining(['500154', '500155', '500156', '610703']));
    expect(counties).not.toEqual(expect.arrayContaining(['500228']));
  });

  it('places one label per region inside its shape', () => {
    const byCode = new Map(shapes.map((f) => [f.properties.code, f.geometry as Area]));
    expect(labels.map((l) => l.properties.code).sort()).toEqual([...byCode.keys()].sort());
    const outside = labels.filter((label) => {
      const shape = byCode.get(label.properties.code);
      return (
        !shape || label.geometry.type !== 'Point' || !pointInArea(label.geometry.coordinates, shape)
      );
    });
    expect(outside.map((l) => l.properties.code)).toEqual([]);
  });
});
