/** A place's shape, cut in the browser from the all-China counties the app serves. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/lib/map/bounds';
import { loadCountyShapes, placeShape, type CountyShapes } from '../../../src/lib/data/place-shape';
import { loadRegionBase } from '../../../src/lib/data/region-base';
import { byCode } from '../../../src/lib/data/region-parents';
import type { Region } from '../../../src/lib/domain/schema';

const serve = (file: string) =>
  (async () => new Response(readFileSync(`public/geo/${file}`, 'utf8'))) as unknown as typeof fetch;

let shapes: CountyShapes;
let base: ReadonlyMap<string, Region>;
beforeAll(async () => {
  const counties = await loadCountyShapes(serve('china-counties.json'));
  const regions = await loadRegionBase(serve('china-regions.json'));
  if (!counties.ok || !regions.ok) throw new Error('the committed files do not load');
  shapes = counties.shapes;
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

  it('refuses a file that is not the county topology, naming it', async () => {
    const r = await loadCountyShapes(
      (async () => new Response('{"type":"Topology"}')) as unknown as typeof fetch,
      'x.json',
    );
    expect(r).toEqual({ ok: false, message: 'x.json: not the county topology' });
  });
});
