/**
 * Every UI string table, the first view's and those the lazily loaded views bring: each key
 * says something in both languages, with the same `{slots}`, and a view's table adds keys
 * without changing a first-view one.
 */
import { describe, expect, it } from 'vitest';
import { STRINGS, t, tf, type Strings } from '../../../src/lib/i18n/strings';
import { SHARE_STRINGS, t as tShare } from '../../../src/lib/i18n/strings-share';
import { COMPARE_STRINGS, tf as tfCompare } from '../../../src/lib/i18n/strings-compare';
import { STANDARD_STRINGS } from '../../../src/lib/i18n/strings-standard';

const TABLES: [string, Strings][] = [
  ['first view', STRINGS],
  ['share', SHARE_STRINGS],
  ['compare', COMPARE_STRINGS],
  ['standard', STANDARD_STRINGS],
];

const slots = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

describe.each(TABLES)('%s strings', (_, table) => {
  it('say something in zh and en', () => {
    const empty = Object.entries(table)
      .filter(([, s]) => s.zh.trim() === '' || s.en.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
    expect(Object.keys(table).length).toBeGreaterThan(0);
  });

  it('have the same slots in both languages', () => {
    const differ = Object.entries(table)
      .filter(([, s]) => slots(s.zh).sort().join() !== slots(s.en).sort().join())
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});

describe('the views’ own strings', () => {
  it('add keys and leave the first view’s as they are', () => {
    const shared = [
      ...Object.keys(SHARE_STRINGS),
      ...Object.keys(COMPARE_STRINGS),
      ...Object.keys(STANDARD_STRINGS),
    ].filter((key) => key in STRINGS);
    expect(shared).toEqual([]);
  });

  it('are read with the first view’s through one t and tf', () => {
    expect(tShare('en', 'embed')).toBe('Embed');
    expect(tShare('zh', 'appTitle')).toBe(t('zh', 'appTitle'));
    expect(tfCompare('en', 'sortBy', { column: 'Region' })).toBe('Sort by Region');
    expect(tfCompare('zh', 'asOfYear', { year: 2021 })).toBe('2021年');
    expect(tf('en', 'inheritedLegend', { regions: 'Chongqing' })).toContain('for Chongqing as');
  });
});
