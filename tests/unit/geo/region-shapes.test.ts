/**
 * Every unit of the region base can be drawn: the all-China county file holds a shape for it, or
 * for the counties under it (or context.json, for Taiwan), so a prefecture or province is dissolved from them
 * (geo/extra-geometry.ts). A base whose parent links or codes disagree with the county file
 * (哈密市 652200, its counties 6505xx) fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionBaseFile } from '../../../geo/region-base';
import { renumberedPrefectures } from '../../../geo/renumbered';
import catalogue from '../../../seeds/regions.json';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/geo/${file}`, 'utf8'));
const base = read('china-regions.json') as RegionBaseFile;
const counties = read('china-counties.json') as Topology;
const codesOf = (topology: Topology, object: string): string[] =>
  (topology.objects[object] as GeometryCollection).geometries.map((g) =>
    String((g.properties as { code?: string } | undefined)?.code ?? g.id),
  );
const shapes = new Set(codesOf(counties, 'counties'));
/** context.json's provinces: Taiwan, which has no counties, is drawn from china.json. */
const provinces = new Set(codesOf(read('context.json') as Topology, 'provinces'));

/** Former codes the catalogue renumbers (梁平县 500228 → 500155): the package still has them. */
const current = new Map(
  catalogue.regions.flatMap((r) =>
    r.aliases.filter((a) => /^\d{6}$/.test(a)).map((a) => [a, r.code] as const),
  ),
);

describe('every unit of the region base has a shape', () => {
  const parents = new Map(base.regions.map((r) => [r.code, r.parent]));
  const ancestors = function* (code: string) {
    for (let up = parents.get(code); up !== undefined; up = parents.get(up)) yield up;
  };
  /** Units with a shape of their own, or with a county shape under them. */
  const drawn = new Set<string>(provinces);
  for (const code of shapes) {
    drawn.add(code);
    for (const up of ancestors(code)) drawn.add(up);
  }

  it('a county by its own code, or by the current code the catalogue gives its former one', () => {
    const without = base.regions
      .filter((r) => r.level === 'county' && !shapes.has(r.code))
      .map((r) => [r.code, current.get(r.code) ?? 'no current code']);
    expect(without.length).toBeLessThanOrEqual(current.size);
    for (const [code, now] of without) expect(shapes.has(now ?? ''), `${code} → ${now}`).toBe(true);
  });

  it('a prefecture or province by its own shape or the counties under it', () => {
    const undrawn = base.regions
      .filter((r) => r.level !== 'county' && !drawn.has(r.code))
      .map((r) => `${r.code} ${r.name.zh}`);
    expect(undrawn).toEqual([]);
  });
});

describe('renumberedPrefectures', () => {
  const square = (x: number, y: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x, y + 1],
        [x + 1, y + 1],
        [x + 1, y],
        [x, y],
      ],
    ],
  });
  const prefectures = [
    { code: '652200', geometry: square(93, 42) },
    { code: '652300', geometry: square(87, 44) },
  ];

  it('gives a county-less prefecture the code of the counties whose seats it holds', () => {
    const seats = [
      { code: '650502', seat: [93.5, 42.5] },
      { code: '650522', seat: [93.2, 42.8] },
      { code: '652301', seat: [87.3, 44.1] },
    ];
    expect(renumberedPrefectures(prefectures, seats)).toEqual(new Map([['652200', '650500']]));
  });

  it('leaves a unit its province governs directly, and one without a seat, under the province', () => {
    const seats = [
      { code: '659001', seat: [86.0, 44.3] },
      { code: '650502', seat: undefined },
      { code: '652301', seat: [87.3, 44.1] },
    ];
    expect(renumberedPrefectures(prefectures, seats)).toEqual(new Map());
  });

  it('never renames a prefecture that has counties of its own', () => {
    const seats = [
      { code: '652301', seat: [87.3, 44.1] },
      { code: '650101', seat: [87.5, 44.5] },
    ];
    expect(renumberedPrefectures(prefectures, seats)).toEqual(new Map());
  });
});
