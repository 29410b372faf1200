/**
 * Sums as a speaker says them (corpus13, written unseen: a county secretary's speech said
 * «五亿三千多万元» and «一个亿», which the reader did not read as numbers at all). 多 may stand
 * before the 万 or 亿 that multiplies a sum's last part, and «一个亿» is a hundred million yuan; a
 * sum said against the year before the last («比前年多了…») is a difference. Our own wording.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { parseQuantity, scanChinese } from '../../../src/pipeline/quantity.ts';
import { sentenceAround } from '../../../src/pipeline/text.ts';

/** What the Chinese-numeral scan finds in `text`: each run, its value, qualifier and unit. */
const spoken = (text: string) =>
  scanChinese(text).map((q) => [q.raw, q.value, 'qualifier' in q ? q.qualifier : null]);

describe('a sum with 多 before its 万 or 亿', () => {
  it('is one number, at least what it says', () => {
    expect(spoken('全市去年拿出六亿七千多万元修学校')).toEqual([
      ['六亿七千多万元', 670000000, 'atLeast'],
    ]);
    expect(parseQuantity('八百多万元')).toMatchObject({ value: 8000000, qualifier: 'atLeast' });
  });

  it('keeps a sum said without 多 as it was', () => {
    expect(parseQuantity('三千二百万元')).toMatchObject({ value: 32000000, qualifier: 'exact' });
  });
});

describe('«一个亿», «两个多亿»', () => {
  it('is that many hundred million yuan, the yuan unsaid', () => {
    expect(parseQuantity('一个亿')).toMatchObject({ value: 100000000, counter: '元' });
    expect(spoken('拿出两个多亿建学校')).toEqual([['两个多亿', 200000000, 'atLeast']]);
    expect(parseQuantity('三个亿元')).toMatchObject({ value: 300000000, counter: '元' });
  });

  it('leaves «个» before other words a count of things', () => {
    expect(spoken('用了一个多月，建了十个万人体育场')).toEqual([
      ['一个', 1, 'exact'],
      ['十个', 10, 'exact'],
    ]);
  });
});

describe('a sum said against the year before last', () => {
  it('is a difference, not the sum it changes', () => {
    const text = '去年全县投入四亿元，比前年多了六千多万元。';
    const q = scanChinese(text).find((x) => x.raw === '六千多万元');
    if (q === undefined || q.value === null) throw new Error('not scanned');
    expect(exclusionReason(text, q, sentenceAround(text, q.start, q.end))).toMatch(/change/);
  });
});
