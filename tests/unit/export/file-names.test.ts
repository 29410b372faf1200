import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../../src/lib/export/file-names';

describe('exportFileName', () => {
  it('says what the file holds: subject, year, language', () => {
    expect(
      exportFileName({ subject: ['new-school-places'], year: 2023, lang: 'zh', ext: 'csv' }),
    ).toBe('balanced-education_new-school-places_2023_zh.csv');
  });

  it('writes a region by its English name and skips what has no ASCII words', () => {
    expect(
      exportFileName({
        subject: ['Lueyang County', '巴南', 'places'],
        year: 'all-years',
        lang: 'zh-en',
        ext: 'json',
      }),
    ).toBe('balanced-education_lueyang-county_places_all-years_zh-en.json');
  });
});

describe('slug', () => {
  it('keeps lower-case letters and digits, one hyphen between words', () => {
    expect(slug('  Chongqing (Banan) — 2023!  ')).toBe('chongqing-banan-2023');
    expect(slug('Fēngdū')).toBe('fengdu');
  });
});
