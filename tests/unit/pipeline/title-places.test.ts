/**
 * Whom a document speaks for when its title names several places of one kind: a city's 通报 on
 * the provincial 督导 of two of its counties is the city's, not the first county's.
 */
import { describe, expect, it } from 'vitest';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { UNIVERSE as universe } from './china-regions.ts';

describe('a title naming several places of one kind', () => {
  it('is the city’s when it names two of its counties', () => {
    const title = '德阳市教育督导室关于中江县、什邡市迎接省级督导评估情况的通报';
    const text = `${title}\n一、中江县生均教学用房面积为5.2平方米。\n二、什邡市为5.6平方米。\n至此，全市已有3个县（市、区）通过省级评估。`;
    expect(inferRegion(universe, title, text)).toBe('510600');
  });

  it('is the city’s even when the title leaves the city unnamed', () => {
    const title = '关于中江县、广汉市县域义务教育优质均衡发展督导评估的通报';
    expect(inferRegion(universe, title, `${title}\n中江县新建学校2所。`)).toBe('510600');
  });

  it('stays the one county a title names beside its city', () => {
    const title = '德阳市中江县义务教育优质均衡发展工作汇报';
    expect(inferRegion(universe, title, `${title}\n全县新建学校2所。`)).toBe('510623');
  });

  it('is not the country when the counties named lie in two provinces', () => {
    // A district's reply on the county it aids names both; the title alone does not decide.
    const title = '上海市嘉定区对口支援果洛州久治县教育工作情况';
    const text = `${title}\n我区累计向久治县投入资金1200万元。`;
    expect(inferRegion(universe, title, text)).not.toBe('100000');
  });
});
