import { describe, expect, it } from 'vitest';
import { fractionalYear, yearOf } from '../../../src/lib/domain/dates';

describe('yearOf', () => {
  it('reads the year of a partial date', () => {
    expect(yearOf('2021-12')).toBe(2021);
    expect(yearOf(null)).toBeNull();
  });
});

describe('fractionalYear', () => {
  it('puts a year at its start, where the axis labels it, and a month within it', () => {
    expect(fractionalYear('2021')).toBe(2021);
    expect(fractionalYear('2021-01')).toBe(2021);
    expect(fractionalYear('2021-07')).toBe(2021.5);
    expect(fractionalYear('2021-12-04')).toBeCloseTo(2021 + 11 / 12);
  });
});
