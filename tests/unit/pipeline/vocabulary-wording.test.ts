/**
 * The reader on wording the seeds do not use (fixture 007, written for these rules): people
 * counted in 人 or 名 alike, person-times of exchange and training, money by what it is for,
 * «个班» as classes, keywords of a later clause kept to that clause, «今年» in a report of the
 * year's second half as the year so far, and a region's short name that is an everyday word.
 */
import { describe, expect, it } from 'vitest';
import { scanArabic } from '../../../src/pipeline/quantity.ts';
import { withFixture } from '../../fixtures/seeds-copy.ts';

describe('the vocabulary on new wording (fixture 007)', () => {
  const { dataset } = withFixture('007_5d1c8e40.txt', '007-entry.json');
  const facts = dataset.facts.filter((f) => f.source === '007');
  const at = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it.each([
    ['招聘教师86人', 'teachers-added', 86],
    ['交流轮岗教师210人次', 'teacher-exchange-person-times', 210],
    ['骨干教师占交流总数的20%', 'backbone-share-among-exchanged', 20],
    ['教师培训1.5万人次', 'teacher-training-person-times', 15000],
    ['教育经费9.6亿元', 'education-funds-invested', 960000000],
    ['生活补助资金500万元', 'rural-teacher-living-subsidy', 5000000],
    // «小学生均公用经费…»: the primary rate, on a layer of its own.
    ['每生每年720元', 'per-pupil-public-funds-primary', 720],
    // Satisfaction surveys measure what the 2017 standard calls 社会认可度.
    ['满意度达到93.5%', 'public-satisfaction-rate', 93.5],
  ] as const)('reads «%s» as %s', (quote, indicator, value) => {
    expect(at(quote)).toMatchObject({ indicator, value, region: '360730' });
  });

  it('leaves the places one school is designed for: they are not the county’s places added', () => {
    expect(at('学位1620个')).toBeUndefined();
  });

  it('reads what happened this year, in a September report, as achieved so far', () => {
    expect(at('招聘教师86人')).toMatchObject({ status: 'achieved', date: '2024' });
  });

  it('does not give a share the words of a later clause', () => {
    // «其中硕士研究生学历的超过四成» is a share of the recruits before it, not of the backbone
    // teachers the next clause counts.
    expect(facts.filter((f) => f.value === 40)).toEqual([
      expect.objectContaining({ indicator: 'postgraduate-recruits-share', qualifier: 'atLeast' }),
    ]);
  });

  it('reads «新建的» as newly built, not as 南昌市新建区 of the same province', () => {
    expect(facts.every((f) => f.region === '360730')).toBe(true);
  });

  it('counts «个班» as classes, never as school places', () => {
    const [classes] = scanArabic('设计规模为36个班');
    expect(classes?.counter).toBe('个班');
    expect(facts.find((f) => f.value === 36)).toBeUndefined();
  });
});
