/**
 * Kinds of wording a county's television script and a congress's deliberation showed the reader
 * misreading: decimals spoken in Chinese numerals with 点 as the point, a cap written «最高». Wording of our own, one
 * behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { parseSpokenNumber } from '../../../src/pipeline/chinese-numerals.ts';
import { parseQuantity, scanChinese } from '../../../src/pipeline/quantity.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';

describe('decimals spoken in Chinese numerals', () => {
  it('reads 点 as the decimal point, before a 万 or 亿 that multiplies the whole', () => {
    expect(parseQuantity('三点五亿元')).toMatchObject({ value: 350000000, counter: '元' });
    expect(parseQuantity('二点零五万人')).toMatchObject({ value: 20500, counter: '人' });
    expect(parseQuantity('四点八名')).toMatchObject({ value: 4.8, counter: '名' });
  });

  it('finds the whole number in running text, not only the part after the point', () => {
    const found = scanChinese('去年全市拿出了二十三点四亿元用于建校');
    expect(found.map((q) => [q.raw, q.value])).toEqual([['二十三点四亿元', 2340000000]]);
  });

  it('refuses a point followed by a place word, and reads a share and a zero whole', () => {
    expect(parseSpokenNumber('三点十')).toBeNull();
    expect(parseSpokenNumber('零点七')).toBe(0.7);
    expect(parseQuantity('百分之八十点零三')).toMatchObject({ value: 80.03, counter: '%' });
  });
});

describe('a cap written «最高»', () => {
  it('reads the figure after it as at most', () => {
    const text = '寄宿生交通补助每学期最高800元';
    expect(qualifierAt(text, text.indexOf('800'), 'exact')).toBe('atMost');
  });
});
