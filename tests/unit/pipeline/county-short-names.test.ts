/**
 * An autonomous county named in a title by its customary short name alone (a county TV station's
 * script signed «…台报道», written unseen, was refused as naming no region): the short name finds
 * the county when no other region is called so and it is no everyday word, and only when the
 * title names no region in full.
 */
import { describe, expect, it } from 'vitest';
import { customaryShortNames } from '../../../src/pipeline/place-names.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { UNIVERSE as universe } from './china-regions.ts';

describe('an autonomous county’s customary short name in a title', () => {
  it.each([
    ['长阳融媒·晚间播报（2025年4月3日）', '420528'],
    ['峨边台消息：新学期开学', '511132'],
    ['道真教育简讯第12期', '520325'],
    ['琼中新闻·开学第一天', '469030'],
  ])('finds the county: %s', (title, code) => {
    expect(inferRegion(universe, title, '全县新增学位五百个。')).toBe(code);
  });

  it('yields to a region the title names in full', () => {
    expect(inferRegion(universe, '宜昌市教育局：长阳等县开学平稳', '')).toBe('420500');
  });

  it('finds nothing when the two characters are a word or another region’s name too', () => {
    // «通道» is a word; 河口 is also a district of 东营; 河南 a province, named in full elsewhere.
    expect(inferRegion(universe, '开辟入学绿色通道', '')).toBeNull();
    expect(inferRegion(universe, '河口新闻', '')).toBeNull();
    const names = customaryShortNames([...universe.byCode.values()]).map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['琼中', '长阳', '峨边', '道真']));
    expect(names).not.toContain('通道');
    expect(names).not.toContain('河口');
    expect(names).not.toContain('河南');
  });

  it('is not read in running text, where a county is named in full', () => {
    expect(inferRegion(universe, '开学简讯', '长阳的孩子们今天开学了。')).toBeNull();
  });
});
