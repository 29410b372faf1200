/**
 * Quantities of the genre the vocabulary now reads, and numerals it must not, each on sentences
 * of its kind written for this test: a county's own figures beside the standard's bar, counties
 * passing an assessment, a shortfall of teachers, schools to start building, the years after
 * which a teacher is exchanged, ages, degrees, small schools, left-behind children, shares in 成,
 * and «其中小学» as a level.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { readScope } from '../../../src/pipeline/fact-scope.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { scanChinese, type Quantity } from '../../../src/pipeline/quantity.ts';
import { withFixture } from '../../fixtures/seeds-copy.ts';
import { MATCHERS, place, quantityAt, readIndicator } from './reading-helpers.ts';

/** Why the number written `number` in `text` is not a fact, or null. */
function excluded(text: string, number: string): string | null {
  return exclusionReason(text, quantityAt(text, number), place(text, number).sentence);
}

describe('a county’s figures beside the bar of the standard', () => {
  const text =
    '评估办法要求，小学、初中每百名学生拥有高于规定学历教师数分别达到4.2人、5.3人以上，该县分别为5.1人、6.4人，均达到要求。';

  it('leaves the bar the standard sets out', () => {
    expect(excluded(text, '4.2')).toMatch(/bar of a standard/);
    expect(excluded(text, '5.3')).toMatch(/bar of a standard/);
    expect(excluded('全县仍有3所小学低于2.3间的标准', '2.3')).toMatch(/bar of a standard/);
  });

  it('reads the county’s own figures as the standard’s indicator', () => {
    expect(excluded(text, '5.1')).toBeNull();
    expect(readIndicator(text, '5.1')).toBe('qualified-teachers-per-100-pupils');
    expect(readIndicator(text, '6.4')).toBe('qualified-teachers-per-100-pupils');
  });

  it('leaves the bars a rule sets, listed after it or named as a limit', () => {
    const notice = '小学、初中校际综合差异系数分别为0.36、0.28，低于评估办法规定的0.50和0.45';
    expect(excluded(notice, '0.50')).toMatch(/bar of a standard named before it/);
    expect(excluded(notice, '0.45')).toMatch(/bar of a standard named before it/);
    expect(excluded(notice, '0.36')).toBeNull();
    const funds =
      '县财政按小学720元、初中940元的标准拨付生均公用经费，高于国家基准定额小学650元、初中850元';
    expect(excluded(funds, '650')).toMatch(/bar of a standard named before it/);
    expect(excluded(funds, '850')).toMatch(/bar of a standard named before it/);
    expect(excluded(funds, '720')).toBeNull();
    expect(excluded(funds, '940')).toBeNull();
    expect(readIndicator(funds, '720')).toBe('per-pupil-public-funds');
    expect(readIndicator(funds, '940')).toBe('per-pupil-public-funds');
    expect(excluded('其中小学接近0.50的上限', '0.50')).toMatch(/bar of a standard/);
  });

  it('leaves a rise over a base rate, a change of each rate, and a count of districts', () => {
    expect(excluded('生均公用经费基准定额在自治区标准基础上提高了100元', '100')).toMatch(
      /rise over a base/,
    );
    expect(excluded('小学720元、初中920元，比上年各提高20元', '20')).toMatch(/change against/);
    expect(excluded('请问2个主城区在扩充学位方面有哪些举措', '2')).toMatch(/count of regions/);
  });

  it('keeps a rate paid «按…200元标准» a figure', () => {
    expect(excluded('寄宿制学校按照年生均200元标准增加公用经费', '200')).toBeNull();
  });
});

describe('counties that pass an assessment, not a count of places', () => {
  it('reads «5个县（市、区）通过省级评估»', () => {
    const text = '明年，全市计划推动5个县（市、区）通过省级评估';
    expect(excluded(text, '5')).toBeNull();
    expect(readIndicator(text, '5')).toBe('counties-to-meet-standard');
  });

  it('leaves «全省17个接受核查的县», «全州12个县市» and the province’s passing counties out', () => {
    const text = '顺利通过评估，成为全省17个接受国家核查的县之一';
    expect(readIndicator(text, '17')).toBeNull();
    expect(excluded('全州12个县市对照标准查找短板', '12')).toMatch(/count of regions/);
    expect(excluded('全省69个县(市、区)通过国家督导评估', '69')).toMatch(/count of regions/);
  });
});

describe('more of the vocabulary', () => {
  it.each([
    ['专任教师缺口约160人', '160', 'teacher-shortfall'],
    ['城镇教师在同一学校连续任教5至8年的，原则上应参加交流', '5', 'years-before-exchange'],
    ['教师平均年龄47.3岁', '47.3', 'teacher-average-age'],
    ['专任教师中本科以上学历的比例达到78.5%', '78.5', 'degree-teacher-share'],
    ['有11所小学在校生不足100人', '11', 'small-schools'],
    ['2600余名留守儿童全部纳入关爱体系', '2600', 'left-behind-children-cared'],
  ])('reads «%s» (%s) as %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });

  it('reads schools to start building as no layer’s: not yet built, nor expanded', () => {
    expect(readIndicator('今年计划开工建设第二小学等4所学校', '4')).toBeNull();
  });

  it('reads the shortfall of music, PE and art teachers as a layer of its own', () => {
    expect(readIndicator('音体美专任教师缺口约160人', '160')).toBe('teacher-shortfall-pe-arts');
  });
});

describe('level words that are not the level counted', () => {
  const levelsOf = (text: string, number: string, unit: 'schools' | 'percent') => {
    const q = quantityAt(text, number);
    const { clause, sentence } = place(text, number);
    return readScope(text, findDates(text, 0, text.length, '2024'), {
      q,
      segment: clause,
      clause,
      sentence,
      unit,
      status: 'achieved',
      date: '2024',
      published: '2024-06-20',
    }).levels;
  };

  it('gives the schools of «其中小学41所» the primary level', () => {
    expect(levelsOf('全市现有义务教育学校64所，其中小学41所', '41', 'schools')).toBe('primary');
  });

  it('reads «本科及以上学历» as a qualification, not higher education', () => {
    expect(levelsOf('本科及以上学历教师占比达到81.2%', '81.2', 'percent')).toBe('unstated');
  });
});

describe('shares written in 成', () => {
  it.each([
    ['公开招聘新教师512人，其中分配到农村学校的占六成', 'recruits-to-rural-share'],
    ['50岁以上教师占比超过四成', 'older-teacher-share'],
  ])('reads «%s» as %s', (text, id) => {
    const q = scanChinese(text).find((x): x is Quantity => x.value !== null && x.counter === '%')!;
    const p = place(text, text.slice(q.start, q.end));
    expect(q.value).toBeGreaterThan(0);
    expect(matchIndicator(MATCHERS, text, q, [p.clause, p.sentence], p.sentence)?.id).toBe(id);
  });
});

describe('lists, shares and Chinese numerals through the whole build (fixture 008)', () => {
  const { dataset } = withFixture('008_7c41e2b9.txt', '008-entry.json');
  const at = (quote: string) =>
    dataset.facts.find((f) => f.source === '008' && f.quote.endsWith(quote));

  it('gives each cap of «小学…不超过45人、初中不超过50人» its own level, layer and bound', () => {
    expect(at('45人')).toMatchObject({
      indicator: 'class-size-limit-primary',
      qualifier: 'atMost',
      status: 'target',
      scope: { levels: 'primary' },
    });
    expect(at('50人')).toMatchObject({
      indicator: 'class-size-limit-junior',
      qualifier: 'atMost',
      scope: { levels: 'junior' },
    });
  });

  it('reads a share in words, and leaves the undated value a change starts from', () => {
    expect(at('百分之三十二')).toMatchObject({ indicator: 'backbone-teacher-share', value: 32 });
    expect(dataset.facts.some((f) => f.source === '008' && f.value === 20)).toBe(false);
  });

  it('counts «逾三千人次» in person-times', () => {
    expect(at('逾三千人次')).toMatchObject({
      indicator: 'teacher-exchange-person-times',
      value: 3000,
      qualifier: 'atLeast',
    });
  });

  it('dates the rotation share by the count it is a share of', () => {
    expect(at('18.5%')).toMatchObject({ indicator: 'teacher-rotation-share', date: '2024' });
  });
});
