import { describe, expect, it } from 'vitest';
import type { FramedRequest, MapCapture, MapPixels } from '../../../src/lib/map/capture';
import { PRINT_MAP_PADDING, PRINT_MAP_SIZE } from '../../../src/lib/export/picture-sizes';
import { PrintCapture } from '../../../src/lib/state/print-capture.svelte';

/** Pixels stand-ins: only their identity and size matter here. */
const pixels = (width: number): MapPixels => ({
  image: { width } as HTMLCanvasElement,
  width,
  height: width / 2,
  labels: [],
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
  named: 'text',
};

describe('PrintCapture', () => {
  it('has no pixels before the map hands over how to take them', async () => {
    const print = new PrintCapture();
    expect(print.ready).toBe(false);
    expect(await print.framed(REQUEST)).toBeNull();
    expect(await print.sheet('view')).toBeNull();
    print.begin('view');
    expect(print.image).toBeNull();
  });

  it('has the view drawn at the size, density and padding asked for', async () => {
    const print = new PrintCapture();
    const { capture, requests } = fakeCapture();
    print.set(capture);
    expect((await print.framed(REQUEST))?.width).toBe(1600);
    expect(requests).toEqual([REQUEST]);
  });

  it('makes the sheet’s map at the print size, framed, once per view', async () => {
    const print = new PrintCapture();
    const { capture, requests } = fakeCapture();
    print.set(capture);
    expect(print.ready).toBe(true);
    const view = { lang: 'zh', states: new Map([['500113', { value: 1 }]]) };
    const made = await print.sheet(view);
    expect(made?.width).toBe(PRINT_MAP_SIZE.width * PRINT_MAP_SIZE.scale);
    expect(await print.sheet(view)).toBe(made);
    // The same frame derived again (a new object, equal) is not drawn again.
    expect(await print.sheet({ ...view, states: new Map(view.states) })).toBe(made);
    expect(requests).toEqual([
      {
        size: PRINT_MAP_SIZE,
        scale: PRINT_MAP_SIZE.scale,
        padding: PRINT_MAP_PADDING,
        // The printed sheet's map draws the named regions' labels itself.
        named: 'drawn',
      },
    ]);
    await print.sheet({ ...view, states: new Map([['500113', { value: 2 }]]) });
    expect(requests).toHaveLength(2);
  });

  it('prints the sheet’s map of the view, made ahead, rather than the map as drawn', async () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    const view = {};
    await print.sheet(view);
    print.begin(view);
    expect(print.image?.width).toBe(PRINT_MAP_SIZE.width * PRINT_MAP_SIZE.scale);
  });

  it('prints the map as drawn when the sheet’s map is of another view or not made yet', async () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    await print.sheet('before');
    print.begin('now');
    expect(print.image?.width).toBe(800);
    print.end();
    void print.sheet('now');
    print.begin('now');
    expect(print.image?.width).toBe(800);
  });

  it('has no sheet’s map, and does not reject, when the map cannot draw it', async () => {
    const print = new PrintCapture();
    print.set({ ...fakeCapture().capture, framed: () => Promise.reject(new Error('lost')) });
    expect(await print.sheet('view')).toBeNull();
    print.begin('view');
    expect(print.image?.width).toBe(800);
  });

  it('holds the map as drawn while printing lasts, and lets it go after', () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    print.begin('view');
    expect(print.image).toMatchObject({ width: 800, height: 400 });
    print.end();
    expect(print.image).toBeNull();
  });

  it('forgets the map once it goes', async () => {
    const print = new PrintCapture();
    print.set(fakeCapture().capture);
    print.set(null);
    expect(print.ready).toBe(false);
    expect(await print.framed(REQUEST)).toBeNull();
    print.begin('view');
    expect(print.image).toBeNull();
  });

  it('gives up the sheet’s map being made for a picture the reader asks for, until it is drawn', async () => {
    const print = new PrintCapture();
    const signals: (AbortSignal | undefined)[] = [];
    let finish = (_: MapPixels) => {};
    print.set({
      now: () => pixels(800),
      framed: (request, signal) => {
        signals.push(signal);
        return request === REQUEST
          ? new Promise((resolve) => (finish = resolve))
          : new Promise((_, reject) =>
              signal?.addEventListener('abort', () => reject(signal.reason)),
            );
      },
    });
    const sheet = print.sheet('view');
    expect(print.ready).toBe(true);
    const picture = print.framed(REQUEST);
    expect(signals[0]?.aborted).toBe(true);
    expect(await sheet).toBeNull();
    expect(print.ready).toBe(false);
    finish(pixels(1600));
    expect((await picture)?.width).toBe(1600);
    expect(print.ready).toBe(true);
    // Given up, it is made again when asked for again.
    void print.sheet('view');
    expect(signals).toHaveLength(3);
  });
});
