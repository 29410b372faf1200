import { describe, expect, it } from 'vitest';
import { regionList, regionWords, shortList } from '../../../src/lib/i18n/region-list';

const ZH = ['重庆市', '银川市', '汉中市', '略阳县'];
const EN = ['Chongqing', 'Yinchuan', 'Hanzhong', 'Lueyang County'];

describe('regionList', () => {
  it('names all three regions of a three-region comparison, in their order', () => {
    expect(regionList(ZH.slice(0, 3), 'zh')).toBe('重庆市、银川市、汉中市');
    expect(regionList(EN.slice(0, 3), 'en')).toBe('Chongqing, Yinchuan, Hanzhong');
  });

  it('names three of four and counts the whole', () => {
    expect(regionList(ZH, 'zh')).toBe('重庆市、银川市、汉中市等4地');
    expect(regionList(EN, 'en')).toBe('Chongqing, Yinchuan, Hanzhong and 1 more');
  });

  it('is the one name alone, or nothing for none', () => {
    expect(regionList(['略阳县'], 'zh')).toBe('略阳县');
    expect(regionList([], 'en')).toBe('');
  });
});

describe('regionWords', () => {
  it('gives each name, then the count of the rest, as words for a file name', () => {
    expect(regionWords(EN.slice(0, 3))).toEqual(EN.slice(0, 3));
    expect(regionWords(EN)).toEqual(['Chongqing', 'Yinchuan', 'Hanzhong', 'and 1 more']);
  });

  it('shortens the same way the words do', () => {
    expect(shortList(EN)).toEqual({ named: EN.slice(0, 3), more: 1 });
  });
});
