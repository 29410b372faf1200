import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../../src/lib/data/place-shape';
import type { Region, RegionCode } from '../../../src/lib/domain/schema';
import {
  PlaceShapes,
  type CutPlace,
  type LoadPlaceShapes,
} from '../../../src/lib/state/place-shapes.svelte';

const region = (code: string): Region => ({
  code: code as RegionCode,
  name: { zh: code, en: code },
  level: 'county',
  parent: null,
  members: [],
  aliases: [],
});
const HAMI = region('650500');
const KASHGAR = region('653101');
const NOWHERE = region('659900');
const DALI = region('532901');
const base = new Map<string, Region>();
const shapeOf = (r: Region): PlaceFeature => ({
  type: 'Feature',
  properties: { code: r.code },
  geometry: { type: 'Polygon', coordinates: [] },
});
/** Cuts every region but NOWHERE. */
const cut: CutPlace = (r) => (r.code === NOWHERE.code ? null : shapeOf(r));

/** A province's county file download that waits to be answered, recording what it fetched. */
function pending() {
  const answers: ((ok: boolean) => void)[] = [];
  const provinces: string[] = [];
  const load: LoadPlaceShapes = (province) =>
    new Promise((resolve) => {
      provinces.push(province);
      answers.push((ok) => resolve(ok ? { ok, cut } : { ok, message: 'HTTP 503' }));
    });
  return { answers, load, provinces };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PlaceShapes', () => {
  it('is loading, then the shape of the place shown, with one download per province', async () => {
    const { answers, load, provinces } = pending();
    const shapes = new PlaceShapes(load);
    shapes.show({ region: HAMI, base });
    expect(shapes.state).toEqual({ status: 'loading', code: HAMI.code });
    answers[0]!(true);
    await settled();
    expect(shapes.state).toEqual({ status: 'ready', code: HAMI.code, feature: shapeOf(HAMI) });
    shapes.show({ region: KASHGAR, base });
    await settled();
    expect(shapes.state).toMatchObject({ status: 'ready', code: KASHGAR.code });
    expect(provinces).toEqual(['650000']);
  });

  it('downloads the province of a place of another province, and only that', async () => {
    const { answers, load, provinces } = pending();
    const shapes = new PlaceShapes(load);
    shapes.show({ region: HAMI, base });
    answers[0]!(true);
    await settled();
    shapes.show({ region: DALI, base });
    expect(shapes.state).toEqual({ status: 'loading', code: DALI.code });
    answers[1]!(true);
    await settled();
    expect(shapes.state).toMatchObject({ status: 'ready', code: DALI.code });
    expect(provinces).toEqual(['650000', '530000']);
  });

  it('says when the county file has no shape for a place', async () => {
    const { answers, load } = pending();
    const shapes = new PlaceShapes(load);
    shapes.show({ region: NOWHERE, base });
    answers[0]!(true);
    await settled();
    expect(shapes.state).toEqual({ status: 'unshaped', code: NOWHERE.code });
  });

  it('keeps only the place shown last, and nothing once none is', async () => {
    const { answers, load } = pending();
    const shapes = new PlaceShapes(load);
    shapes.show({ region: HAMI, base });
    shapes.show({ region: KASHGAR, base });
    answers[0]!(true);
    await settled();
    expect(shapes.state).toMatchObject({ status: 'ready', code: KASHGAR.code });
    shapes.show(null);
    expect(shapes.state).toBeNull();
  });

  it('reports a failed download, and downloads again when a place is next shown', async () => {
    const { answers, load } = pending();
    const shapes = new PlaceShapes(load);
    shapes.show({ region: HAMI, base });
    answers[0]!(false);
    await settled();
    expect(shapes.state).toEqual({ status: 'failed', code: HAMI.code, message: 'HTTP 503' });
    shapes.show({ region: HAMI, base });
    expect(answers).toHaveLength(2);
    answers[1]!(true);
    await settled();
    expect(shapes.state).toMatchObject({ status: 'ready', code: HAMI.code });
  });
});
