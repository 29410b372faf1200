import { describe, expect, it } from 'vitest';
import type { MapCapture, MapPixels } from '../../../src/lib/map/capture';
import { PrintCapture } from '../../../src/lib/state/print-capture.svelte';

/** Pixels stand-ins: only their identity and size matter here. */
const pixels = (width: number): MapPixels => ({
  image: { width } as HTMLCanvasElement,
  width,
  height: width / 2,
});

function fakeCapture() {
  const scales: number[] = [];
  const capture: MapCapture = {
    now: () => pixels(800),
    atScale: async (scale) => {
      scales.push(scale);
      return pixels(800 * scale);
    },
  };
  return { capture, scales };
}

describe('PrintCapture', () => {
  it('has no pixels before the map hands over how to take them', async () => {
    const print = new PrintCapture();
    expect(await print.atScale(2)).toBeNull();
    print.begin();
    expect(print.image).toBeNull();
  });

  it('redraws the map at the density asked for', async () => {
    const print = new PrintCapture();
    const { capture, scales } = fakeCapture();
    print.set(capture);
    expect((await print.atScale(2))?.width).toBe(1600);
    expect(scales).toEqual([2]);
  });

  it('holds the map as drawn while printing lasts, and lets it go after', () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    print.begin();
    expect(print.image).toMatchObject({ width: 800, height: 400 });
    print.end();
    expect(print.image).toBeNull();
  });

  it('forgets the map once it goes', async () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    print.set(null);
    expect(await print.atScale(2)).toBeNull();
    print.begin();
    expect(print.image).toBeNull();
  });
});
