/**
 * Kinds of wording of the genre that the corpus (tests/fixtures/documents) showed the reader
 * getting wrong, each rule on sentences of its kind written for this test: a county's short name
 * that is an everyday word, a year that opens a sentence as its topic.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { RegionSchema } from '../../../src/lib/domain/schema.ts';
import { findDates, statedDate } from '../../../src/pipeline/dates.ts';
import { inferRegion } from '../../../src/pipeline/intake.ts';
import { loadRegionBase, regionUniverse } from '../../../src/pipeline/region-base.ts';
import { findsRegion } from '../../../src/pipeline/regions.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';
import catalogueFile from '../../../seeds/regions.json';

const universe = regionUniverse(
  z.array(RegionSchema).parse(catalogueFile.regions),
  loadRegionBase(),
);
const region = (code: string) => universe.byCode.get(code)!;

/** Where a number sits in a sentence, as the fact rules see it. */
function place(text: string, number: string) {
  const at = text.indexOf(number);
  return { sentence: sentenceAround(text, at), clause: clauseAround(text, at), at };
}

describe('a county’s two-character short name is a word, not the county', () => {
  it.each([
    ['360112', '新建'],
    ['450329', '资源'],
    ['623001', '合作'],
    ['350628', '平和'],
    ['640302', '利通'],
  ])('%s is not found by «%s»', (code, name) => {
    expect(findsRegion(region(code), name)).toBe(false);
  });

  it.each([
    ['360112', '新建区'],
    ['450329', '资源县'],
    ['130426', '涉县'],
    ['532900', '大理州'],
    ['610700', '汉中'],
  ])('%s is found by «%s»', (code, name) => {
    expect(findsRegion(region(code), name)).toBe(true);
  });

  it('infers the subject from the county the text names in full, not from a verb', () => {
    const text = '全年新建城区学校3所，资源配置持续优化，顺利通过省级评估。\n仁寿县教育和体育局';
    expect(inferRegion(universe, '关于第56号建议的答复', text)).toBe('511421');
  });
});

describe('a year that opens a sentence as its topic', () => {
  const text = '2023年，全县小学、初中差异系数分别为0.42和0.37，目前共有义务教育学校58所';
  const dates = findDates(text, 0, text.length, '2024');

  it('dates the stock of the clause right after it', () => {
    expect(statedDate(dates, text, place(text, '0.42'), false)).toBe('2023');
    expect(statedDate(dates, text, place(text, '0.37'), false)).toBe('2023');
  });

  it('leaves a stock of a later clause to the report’s date', () => {
    expect(statedDate(dates, text, place(text, '58所'), false)).toBeNull();
  });

  it('reads «截至2022年底，» as such a topic', () => {
    const s = '截至2022年底，城区小学平均班额46.2人';
    expect(statedDate(findDates(s, 0, s.length, '2023'), s, place(s, '46.2'), false)).toBe(
      '2022-12',
    );
  });
});
