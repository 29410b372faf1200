/** A place's shape, cut in the browser from the counties of its province the app serves. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/lib/map/bounds';
import { loadCountyShapes, placeShape, type CountyShapes } from '../../../src/lib/data/place-shape';
import { loadRegionBase } from '../../../src/lib/data/region-base';
import { byCode } from '../../../src/lib/data/region-parents';
import { provinceCountiesFile } from '../../../src/lib/domain/geometry';
import type { Region } from '../../../src/lib/domain/schema';

const serve = (file: string) =>
  (async () => new Response(readFileSync(`public/${file}`, 'utf8'))) as unknown as typeof fetch;

/** The county file `file` (a path under `public/`), indexed. */
async function countyFile(file: string): Promise<CountyShapes> {
  const counties = await loadCountyShapes(serve(file), file);
  if (!counties.ok) throw new Error(counties.message);
  return counties.shapes;
}

let shapes: CountyShapes;
let base: ReadonlyMap<string, Region>;
beforeAll(async () => {
  shapes = await countyFile(provinceCountiesFile('650000'));
  const regions = await loadRegionBase(serve('geo/china-regions.json'));
  if (!regions.ok) throw new Error('the committed region base does not load');
  base = byCode(regions.regions);
});

const region = (code: string): Region => {
  const r = base.get(code);
  if (!r) throw new Error(`${code} is not in the base`);
  return r;
};

describe('placeShape', () => {
  it('is a county as the county file holds it, where the county lies', () => {
    const shape = placeShape(shapes, region('653101'), base); // 喀什市
    expect(shape?.properties.code).toBe('653101');
    const [[w, s], [e, n]] = boundsOf([shape!])!;
    // Kashgar, about 76° E, 39.5° N, to the half degree.
    expect([w, s, e, n].map((d) => Math.round(d * 2) / 2)).toEqual([76, 39.5, 76.5, 39.5]);
  });

  it('dissolves a prefecture from the counties under it, 哈密 included', () => {
    const hami = placeShape(shapes, region('650500'), base);
    const [[w, s], [e, n]] = boundsOf([hami!])!;
    expect(w).toBeGreaterThan(90);
    expect(e).toBeLessThan(97);
    expect(s).toBeGreaterThan(40);
    expect(n).toBeLessThan(46);
    expect(hami?.geometry.type).toBe('MultiPolygon');
  });

  it('is null for a region with no county under it', () => {
    expect(
      placeShape(shapes, { ...region('650500'), code: '659900' as Region['code'] }, base),
    ).toBeNull();
  });

  it('is the shape the all-China file gives, from the province file alone', async () => {
    const all = await countyFile('geo/china-counties.json');
    // A county (临泽县, 甘肃), a Yunnan county (大理市), a prefecture (哈密) and a province.
    for (const code of ['620723', '532901', '650500', '640000']) {
      const own = await countyFile(provinceCountiesFile(`${code.slice(0, 2)}0000`));
      const shape = placeShape(own, region(code), base);
      expect(shape, code).not.toBeNull();
      expect(shape).toEqual(placeShape(all, region(code), base));
    }
  });

  it('is null in Taiwan, whose province file holds no county', async () => {
    const taiwan = await countyFile(provinceCountiesFile('710000'));
    expect(taiwan.byCode.size).toBe(0);
    expect(placeShape(taiwan, region('710000'), base)).toBeNull();
  });

  it('refuses a file that is not the county topology, naming it', async () => {
    const r = await loadCountyShapes(
      (async () => new Response('{"type":"Topology"}')) as unknown as typeof fetch,
      'x.json',
    );
    expect(r).toEqual({ ok: false, message: 'x.json: not the county topology' });
  });
});
