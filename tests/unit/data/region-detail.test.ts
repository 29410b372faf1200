import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { regionDetail } from '../../../src/lib/data/region-detail';
import type { RegionCode } from '../../../src/lib/domain/schema';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);
const detail = (c: string, year: number | null = null) =>
  regionDetail(atlas, c as RegionCode, year);

describe('regionDetail', () => {
  it('groups facts by indicator in catalogue order', () => {
    const d = detail('610727');
    expect(d?.indicators.map((g) => g.indicator.id)).toEqual([
      'new-school-places',
      'schools',
      'area',
      'teacher-training',
    ]);
    expect(d?.parent?.code).toBe('610700');
  });

  it('lists a group’s members as its children', () => {
    const d = detail('cq-southeast');
    expect(d?.children).toHaveLength(6);
  });

  it('is null for an unknown code', () => {
    expect(detail('999999')).toBeNull();
  });
});
