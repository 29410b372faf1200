import { describe, expect, it } from 'vitest';
import { compareDates, fractionalYear, yearOf } from '../../../src/lib/domain/dates';

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

describe('compareDates', () => {
  it.each([
    ['2022', '2022-08', 0],
    ['2022-08', '2022', 0],
    ['2022-03', '2022-08', -1],
    ['2023', '2022-12', 1],
    [null, '2022', -1],
    [null, null, 0],
  ] as const)('%s vs %s → %d', (a, b, sign) => expect(Math.sign(compareDates(a, b))).toBe(sign));
});
