import { describe, expect, it } from 'vitest';
import { unionOf, type Bounds } from '../../../src/lib/map/bounds';

describe('unionOf', () => {
  it('is the smallest box holding every box, and none of none', () => {
    const a: Bounds = [
      [106, 29],
      [107, 30],
    ];
    const b: Bounds = [
      [105.5, 29.5],
      [106.5, 32],
    ];
    expect(unionOf([a, b])).toEqual([
      [105.5, 29],
      [107, 32],
    ]);
    expect(unionOf([a])).toEqual(a);
    expect(unionOf([])).toBeNull();
  });
});
