import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitPadding, sameCamera } from '../../../src/lib/map/camera';

describe('sameCamera', () => {
  const here = { center: [106.5, 29.4] as [number, number], zoom: 7 };
  it('treats a camera rounded for a link as the same one', () => {
    expect(sameCamera(here, { center: [106.50004, 29.39996], zoom: 7.004 })).toBe(true);
  });
  it('tells a moved camera apart', () => {
    expect(sameCamera(here, { center: [106.6, 29.4], zoom: 7 })).toBe(false);
    expect(sameCamera(here, { center: [106.5, 29.4], zoom: 7.5 })).toBe(false);
  });
});

describe('fitPadding', () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };

  it('keeps a margin on every side and adds what floats over an edge', () => {
    expect(fitPadding(1000, 700, none)).toEqual({ top: 60, right: 60, bottom: 60, left: 60 });
    expect(fitPadding(1000, 700, { ...none, left: 270 })).toEqual({
      top: 60,
      right: 60,
      bottom: 60,
      left: 330,
    });
  });

  it('leaves the frame room on a small map, the covered edges giving way first', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.record({
          top: fc.nat(600),
          right: fc.nat(600),
          bottom: fc.nat(600),
          left: fc.nat(600),
        }),
        (w, h, inset) => {
          const p = fitPadding(w, h, inset);
          for (const v of Object.values(p)) expect(v).toBeGreaterThanOrEqual(60);
          if (w >= 160 + 120 + inset.left + inset.right) expect(p.left).toBe(60 + inset.left);
          expect(w - p.left - p.right).toBeGreaterThanOrEqual(Math.min(w - 120, 160) - 1e-9);
          expect(h - p.top - p.bottom).toBeGreaterThanOrEqual(Math.min(h - 120, 160) - 1e-9);
        },
      ),
    );
  });
});
