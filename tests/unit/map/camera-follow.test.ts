import { describe, expect, it, vi } from 'vitest';
import type { Camera } from '../../../src/lib/domain/camera';
import type { RegionCode } from '../../../src/lib/domain/schema';
import type { Bounds } from '../../../src/lib/map/bounds';
import { fitPadding, MAX_FIT_ZOOM, NO_INSET } from '../../../src/lib/map/camera';
import {
  CameraFollow,
  cameraOptions,
  comparedBounds,
  fitOptions,
  homeBounds,
  initialFraming,
} from '../../../src/lib/map/camera-follow';
import type { RegionPlace } from '../../../src/lib/map/features';
import { SOURCE } from '../../../src/lib/map/ids';

const code = (c: string) => c as RegionCode;
const box = (w: number, s: number, e: number, n: number): Bounds => [
  [w, s],
  [e, n],
];
const BANAN = code('500113');
const YUZHONG = code('500103');
const ELSEWHERE = code('999999');
const places: ReadonlyMap<string, RegionPlace> = new Map([
  [BANAN, { source: SOURCE.county, bounds: box(106, 29, 107, 30) }],
  [YUZHONG, { source: SOURCE.county, bounds: box(107, 29, 108, 30) }],
]);
const FOCUS = box(105, 28, 110, 33);
const FIT = fitOptions(800, 600, NO_INSET);

describe('what the map frames without a camera', () => {
  it('is the selected region where it is drawn, or else the focus regions', () => {
    expect(homeBounds(BANAN, places, FOCUS)).toEqual(places.get(BANAN)?.bounds);
    expect(homeBounds(ELSEWHERE, places, FOCUS)).toBe(FOCUS);
    expect(homeBounds(null, places, FOCUS)).toBe(FOCUS);
    expect(homeBounds(null, places, null)).toBeNull();
  });

  it("is the link's camera first, else the bounds clear of the inset, else nothing", () => {
    const camera: Camera = { center: [106, 29], zoom: 7 };
    const inset = { ...NO_INSET, left: 270 };
    expect(initialFraming(camera, FOCUS, inset)).toEqual({ camera });
    expect(initialFraming(null, FOCUS, inset)).toEqual({ bounds: FOCUS, inset });
    expect(initialFraming(null, null, inset)).toBeNull();
  });

  it('gives the map constructor the camera, or the bounds with the fit options of now', () => {
    const fit = vi.fn(() => FIT);
    expect(cameraOptions({ camera: { center: [106, 29], zoom: 7 } }, fit)).toEqual({
      center: [106, 29],
      zoom: 7,
    });
    expect(cameraOptions(null, fit)).toEqual({});
    expect(fit).not.toHaveBeenCalled();
    expect(cameraOptions({ bounds: FOCUS, inset: NO_INSET }, fit)).toEqual({
      bounds: FOCUS,
      fitBoundsOptions: FIT,
    });
  });

  it('fits clear of the inset and never closer than a county and its neighbours', () => {
    const inset = { ...NO_INSET, left: 270 };
    expect(fitOptions(1000, 700, inset)).toEqual({
      padding: fitPadding(1000, 700, inset),
      maxZoom: MAX_FIT_ZOOM,
    });
  });
});

describe('comparedBounds', () => {
  it('holds every compared region drawn, and is null when none is', () => {
    expect(comparedBounds([BANAN, YUZHONG, ELSEWHERE], places)).toEqual(box(106, 29, 108, 30));
    expect(comparedBounds([ELSEWHERE], places)).toBeNull();
    expect(comparedBounds([], places)).toBeNull();
  });
});

/** A stand-in for MapLibre's map that records the camera calls it gets. */
function fakeMap(at: Camera, loaded = true) {
  let camera = at;
  const calls: string[] = [];
  const map = {
    resize: () => calls.push('resize'),
    fitBounds: (b: Bounds) => calls.push(`fit ${JSON.stringify(b)}`),
    jumpTo: (c: Camera) => {
      calls.push(`jump ${JSON.stringify(c)}`);
      camera = c;
    },
    cameraForBounds: (b: Bounds) => ({
      center: [(b[0][0] + b[1][0]) / 2, (b[0][1] + b[1][1]) / 2],
      zoom: 6,
    }),
    getCenter: () => ({ lng: camera.center[0], lat: camera.center[1] }),
    getZoom: () => camera.zoom,
    loaded: () => loaded,
  };
  return { map: map as unknown as Parameters<CameraFollow['selection']>[0], calls };
}

const follow = () => new CameraFollow({ places: () => places, focus: () => FOCUS, fit: () => FIT });
const HERE: Camera = { center: [106.5, 29.5], zoom: 7 };

describe('CameraFollow', () => {
  it('frames a newly selected region once, and leaves the camera when the selection clears', () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE);
    f.loaded(BANAN);
    f.selection(map, BANAN);
    expect(calls).toEqual([]);
    f.selection(map, YUZHONG);
    f.selection(map, YUZHONG);
    expect(calls).toEqual(['resize', `fit ${JSON.stringify(places.get(YUZHONG)?.bounds)}`]);
    f.selection(map, null);
    f.selection(map, ELSEWHERE);
    expect(calls).toHaveLength(2);
    f.selection(map, YUZHONG);
    expect(calls).toHaveLength(4);
  });

  it('frames a place once its shape has arrived, and only the place selected', () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE);
    const DALI = code('532901');
    const dali = { code: DALI, bounds: box(99.9, 25.4, 100.5, 26) };
    f.selection(map, DALI);
    f.selection(map, DALI, { ...dali, code: BANAN });
    expect(calls).toEqual([]);
    f.selection(map, DALI, dali);
    f.selection(map, DALI, dali);
    expect(calls).toEqual(['resize', `fit ${JSON.stringify(dali.bounds)}`]);
    // A place never shaped (the panel says so) leaves the camera; the region before is framed again.
    f.selection(map, ELSEWHERE);
    f.selection(map, YUZHONG);
    expect(calls).toHaveLength(4);
  });

  it("frames a new comparison of two or more, but not the link's at load", () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE, false);
    f.comparison(map, []);
    f.comparison(map, [BANAN, YUZHONG]);
    expect(calls).toEqual([]);
    f.comparison(map, [BANAN]);
    expect(calls).toEqual([]);
    f.comparison(map, [BANAN, YUZHONG]);
    f.comparison(map, [BANAN, YUZHONG]);
    expect(calls).toEqual(['resize', `fit ${JSON.stringify(box(106, 29, 108, 30))}`]);
  });

  it('frames the first comparison made once the map has loaded', () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE, true);
    f.comparison(map, [BANAN, YUZHONG]);
    expect(calls).toHaveLength(2);
  });

  it("jumps to the view's camera unless the map shows it already", () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE);
    const selected = vi.fn(() => null);
    f.camera(map, { center: [106.50004, 29.49996], zoom: 7.004 }, selected);
    expect(calls).toEqual([]);
    f.camera(map, { center: [108, 30], zoom: 5 }, selected);
    expect(calls).toEqual([`jump ${JSON.stringify({ center: [108, 30], zoom: 5 })}`]);
    // With a camera the selection is not read (an effect then does not depend on it).
    expect(selected).not.toHaveBeenCalled();
  });

  it("keeps the constructor's framing at load, and frames as a fresh load when the camera clears later", () => {
    const f = follow();
    const { map, calls } = fakeMap(HERE);
    f.camera(map, null, () => null);
    expect(calls).toEqual([]);
    f.camera(map, null, () => BANAN);
    expect(calls).toEqual([`jump ${JSON.stringify({ center: [106.5, 29.5], zoom: 6 })}`]);
    f.camera(map, null, () => BANAN);
    expect(calls).toHaveLength(1);
    f.camera(map, null, () => null);
    expect(calls.at(-1)).toBe(`jump ${JSON.stringify({ center: [107.5, 30.5], zoom: 6 })}`);
  });
});
