import { describe, expect, it } from 'vitest';
import type { FramedRequest, MapCapture, MapPixels } from '../../../src/lib/map/capture';
import { PrintCapture } from '../../../src/lib/state/print-capture.svelte';

/** Pixels stand-ins: only their identity and size matter here. */
const pixels = (width: number): MapPixels => ({
  image: { width } as HTMLCanvasElement,
  width,
  height: width / 2,
});

function fakeCapture() {
  const requests: FramedRequest[] = [];
  const capture: MapCapture = {
    now: () => pixels(800),
    framed: async (request) => {
      requests.push(request);
      return pixels(request.size.width * request.scale);
    },
  };
  return { capture, requests };
}

const REQUEST: FramedRequest = {
  size: { width: 800, height: 500 },
  scale: 2,
  padding: { top: 60, right: 24, bottom: 40, left: 200 },
};

describe('PrintCapture', () => {
  it('has no pixels before the map hands over how to take them', async () => {
    const print = new PrintCapture();
    expect(await print.framed(REQUEST)).toBeNull();
    print.begin();
    expect(print.image).toBeNull();
  });

  it('has the view drawn at the size, density and padding asked for', async () => {
    const print = new PrintCapture();
    const { capture, requests } = fakeCapture();
    print.set(capture);
    expect((await print.framed(REQUEST))?.width).toBe(1600);
    expect(requests).toEqual([REQUEST]);
  });

  it('prints a picture prepared for the sheet rather than the map as drawn', () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    print.begin(pixels(1520));
    expect(print.image?.width).toBe(1520);
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
    expect(await print.framed(REQUEST)).toBeNull();
    print.begin();
    expect(print.image).toBeNull();
  });
});
