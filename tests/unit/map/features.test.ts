import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../../src/lib/map/bounds';
import { indexRegions, labelPoints, regionDrawn } from '../../../src/lib/map/features';
import { SOURCE } from '../../../src/lib/map/ids';
import { COLLECTIONS } from './fixtures';

describe('boundsOf', () => {
  it('spans every coordinate', () => {
    expect(boundsOf(COLLECTIONS.focus.county.features)).toEqual([
      [106, 29],
      [108, 30],
    ]);
  });
  it('is null without coordinates', () => {
    expect(boundsOf([])).toBeNull();
  });
});

describe('regionDrawn', () => {
  const drawn = regionDrawn(COLLECTIONS.focus);
  it('is true for a region with a shape at any level, and for the country (the basemap)', () => {
    for (const code of ['500113', '610700', '500000', 'cq-main'])
      expect(drawn({ code, level: 'county' })).toBe(true);
    expect(drawn({ code: '100000', level: 'country' })).toBe(true);
  });
  it('is false for a region without one', () => {
    expect(drawn({ code: '532999', level: 'county' })).toBe(false);
  });
});

describe('indexRegions', () => {
  const index = indexRegions(COLLECTIONS.focus);
  it('finds the source of each level', () => {
    expect(index.get('500113')?.source).toBe(SOURCE.county);
    expect(index.get('610700')?.source).toBe(SOURCE.prefecture);
    expect(index.get('500000')?.source).toBe(SOURCE.province);
    expect(index.get('cq-main')?.source).toBe(SOURCE.group);
  });
  it('knows nothing of codes without geometry', () => {
    expect(index.get('999999')).toBeUndefined();
  });
});

describe('labelPoints', () => {
  it('puts one point at the centre of each polygon, larger ones ranked first', () => {
    const points = labelPoints(COLLECTIONS.context.provinces).features;
    expect(points.map((p) => p.geometry)).toEqual([
      { type: 'Point', coordinates: [107.5, 30.5] },
      { type: 'Point', coordinates: [105, 35] },
    ]);
    expect(points[1]!.properties.rank).toBeLessThan(points[0]!.properties.rank);
  });
});
