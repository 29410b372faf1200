import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legendValues, niceFloor, symbolRadius } from '../../../src/lib/scales/symbols';

describe('symbolRadius', () => {
  it('scales area, not radius: four times the value, twice the radius', () => {
    expect(symbolRadius(100, 400, 20)).toBeCloseTo(10);
    expect(symbolRadius(400, 400, 20)).toBe(20);
  });

  it('is zero for non-positive values', () => {
    expect(symbolRadius(0, 10)).toBe(0);
    expect(symbolRadius(-3, 10)).toBe(0);
  });

  it('never exceeds rMax for values up to vMax', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (t) => {
        expect(symbolRadius(t * 1000, 1000, 24)).toBeLessThanOrEqual(24);
      }),
    );
  });
});

describe('legend values', () => {
  it('are round numbers within the data range, largest first', () => {
    expect(niceFloor(62660000000)).toBe(50000000000);
    expect(legendValues(278000)).toEqual([200000, 50000, 10000]);
  });

  it('is empty without positive data', () => {
    expect(legendValues(0)).toEqual([]);
  });
});
