import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classBounds, classCount, classOf, classify } from '../../../src/lib/scales/classify';

const values = fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }), {
  minLength: 1,
  maxLength: 60,
});

describe('classify', () => {
  it('shows few distinct values as their own classes', () => {
    const c = classify([87, 64.78, 87]);
    expect(c).toEqual({ kind: 'categories', values: [64.78, 87] });
    expect(classOf(c, 87)).toBe(1);
  });

  it('rounds breaks to nice numbers a reader can follow', () => {
    const c = classify([3, 8, 12, 17, 21, 26, 33, 41, 47, 52, 58, 66, 71, 79, 88, 93]);
    expect(c.kind).toBe('breaks');
    if (c.kind !== 'breaks') return;
    for (const b of c.breaks) expect(b % 5).toBe(0);
    expect(classCount(c)).toBe(5);
  });

  it('puts every value in exactly one class, within range', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const c = classify(vs);
        for (const v of vs) {
          const i = classOf(c, v);
          expect(Number.isInteger(i)).toBe(true);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThan(classCount(c));
        }
      }),
    );
  });

  it('orders classes: a larger value never lands in a lower class', () => {
    fc.assert(
      fc.property(values, (vs) => {
        const c = classify(vs);
        const sorted = [...vs].sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++)
          expect(classOf(c, sorted[i] as number)).toBeGreaterThanOrEqual(
            classOf(c, sorted[i - 1] as number),
          );
        const bounds = classBounds(c);
        expect(bounds).toHaveLength(classCount(c));
      }),
    );
  });

  it('gives each of at most N distinct values a class of its own', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 }),
        (vs) => {
          const c = classify([...vs, ...vs]);
          expect(classCount(c)).toBe(vs.length);
          expect(new Set(vs.map((v) => classOf(c, v))).size).toBe(vs.length);
        },
      ),
    );
  });
});
