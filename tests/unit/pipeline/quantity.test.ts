import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from '../../../src/pipeline/chinese-numerals.ts';
import {
  parseQuantity,
  scaleDecimal,
  scanArabic,
  scanChinese,
} from '../../../src/pipeline/quantity.ts';

describe('parseQuantity', () => {
  it.each([
    ['27.8万个', 278000, '个', 'exact'],
    ['626.6亿元', 62660000000, '元', 'exact'],
    ['30374万元', 303740000, '元', 'exact'],
    ['491014人', 491014, '人', 'exact'],
    ['2.95万元', 29500, '元', 'exact'],
    ['0.415', 0.415, '', 'exact'],
    ['87%', 87, '%', 'exact'],
    ['22.8%以上', 22.8, '%', 'atLeast'],
    ['9000余个', 9000, '个', 'atLeast'],
    ['20.75万余人次', 207500, '人次', 'atLeast'],
    ['250余万元', 2500000, '元', 'atLeast'],
    ['1.2万台(件、套)', 12000, '台(件、套)', 'exact'],
    ['25.42万平方米', 254200, '平方米', 'exact'],
    ['2831平方公里', 2831, '平方公里', 'exact'],
    ['百名左右', 100, '名', 'approx'],
    ['十一个', 11, '个', 'exact'],
    ['两亿元', 200000000, '元', 'exact'],
    ['三千余人', 3000, '人', 'atLeast'],
    ['六成', 60, '%', 'exact'],
    ['九成以上', 90, '%', 'atLeast'],
  ] as const)('%s → %d %s %s', (raw, value, counter, qualifier) => {
    expect(parseQuantity(raw)).toMatchObject({ value, counter, qualifier });
  });

  it('reads ranges as a lower and an upper bound', () => {
    expect(parseQuantity('3至5年')).toMatchObject({ value: 3, upper: 5, counter: '年' });
    expect(parseQuantity('4-7位')).toMatchObject({ value: 4, upper: 7, counter: '位' });
  });

  it('reads a range whose lower end repeats its unit as one range', () => {
    expect(parseQuantity('20%至30%')).toMatchObject({ value: 20, upper: 30, counter: '%' });
    expect(scanArabic('占比20%至30%')).toHaveLength(1);
    expect(parseQuantity('400元至1000元')).toMatchObject({
      value: 400,
      upper: 1000,
      counter: '元',
    });
    expect(scanArabic('按每人每月400元至1000元分档发放')).toHaveLength(1);
  });

  it('reads a ratio as its quotient', () => {
    expect(parseQuantity('1:1')).toMatchObject({ value: 1, counter: ':' });
  });

  it('rejects text that is not one quantity', () => {
    expect(parseQuantity('学位')).toBeNull();
    expect(parseQuantity('十百千万人')).toBeNull();
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['十一', 11],
    ['两', 2],
    ['三', 3],
    ['十九', 19],
    ['二十', 20],
    ['三百零五', 305],
    ['百', 100],
    ['两亿', 200000000],
    ['一亿两千万', 120000000],
    ['三千五百万', 35000000],
  ] as const)('%s → %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('refuses runs that are not numerals', () => {
    expect(parseChineseNumeral('十百千万')).toBeNull();
    expect(parseChineseNumeral('万')).toBeNull();
    expect(parseChineseNumeral('两万亿万')).toBeNull();
  });
});

describe('scanChinese', () => {
  it('reads a lone 万 after 近, 逾 or 约 as ten thousand, and nowhere else', () => {
    expect(scanChinese('新增学位近万个')).toMatchObject([{ value: 10000, counter: '个' }]);
    expect(scanChinese('投入逾亿元')).toMatchObject([{ value: 1e8, counter: '元' }]);
    expect(scanChinese('千万个家庭').every((q) => q.value === null || q.value !== 1e4)).toBe(true);
    expect(scanChinese('万一发生')).toEqual([]);
  });

  it('reads a share written in words, and person-times in Chinese numerals', () => {
    expect(scanChinese('占比达到百分之三十二')).toMatchObject([{ value: 32, counter: '%' }]);
    expect(parseQuantity('百分之九十五点五')).toMatchObject({ value: 95.5, counter: '%' });
    expect(scanChinese('交流教师逾三千人次')).toMatchObject([{ value: 3000, counter: '人次' }]);
  });
});

describe('scanArabic', () => {
  it('finds every quantity of a sentence with offsets', () => {
    const text = '新建学校151所,新增学位27.8万个';
    const found = scanArabic(text).map((q) => [text.slice(q.start, q.end), q.value]);
    expect(found).toEqual([
      ['151所', 151],
      ['27.8万个', 278000],
    ]);
  });
});

describe('formatted the documents’ way, a value parses back to itself', () => {
  const written = fc.record({
    mantissa: fc.integer({ min: 1, max: 9_999_999 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    multiplier: fc.constantFrom(['', 0], ['万', 4], ['亿', 8]),
    more: fc.constantFrom(['', 'exact'], ['余', 'atLeast'], ['以上', 'atLeast']),
    counter: fc.constantFrom('元', '个', '所', '人', '名', '人次', '平方米'),
  });

  it('holds for 万/亿, 余/以上 and the usual measure words', () => {
    fc.assert(
      fc.property(written, ({ mantissa, decimals, multiplier, more, counter }) => {
        const digits = (mantissa / 10 ** decimals).toFixed(decimals);
        const [mult, power] = multiplier as [string, number];
        const [suffix, qualifier] = more as [string, string];
        // "余" sits before the measure word (800余所), "以上" after it (1年以上).
        const raw =
          suffix === '余' ? `${digits}${mult}余${counter}` : `${digits}${mult}${counter}${suffix}`;
        const q = parseQuantity(raw);
        expect(q?.value).toBe(scaleDecimal(String(mantissa), power - decimals));
        expect(q?.counter).toBe(counter);
        expect(q?.qualifier).toBe(qualifier);
      }),
    );
  });

  it('scales decimals exactly, unlike floating-point multiplication', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 2 }), (m, d) => {
        const value = scaleDecimal((m / 10 ** d).toFixed(d), 8);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBe(m * 10 ** (8 - d));
      }),
    );
  });
});
