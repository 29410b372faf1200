/**
 * The vocabulary of quantities: an indicator's reading rule is composed from what its concept
 * counts (words, measure words) and what happened to it (verbs); the indicator adds only scope
 * words and named exceptions.
 */
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../src/lib/domain/schema.ts';
import {
  composeMatch,
  placeFigureWords,
  type Vocabulary,
} from '../../../src/pipeline/vocabulary.ts';
import { readIndicator } from './reading-helpers.ts';

const vocabulary: Vocabulary = {
  measureWords: {
    byUnit: { teachers: ['人'], schools: ['所'] },
    byCounted: { classrooms: ['间'] },
  },
  changes: { recruited: { verbs: ['招聘', '引进'] } },
  concepts: {
    'teachers-recruited': { things: ['教师'] },
    'schools-compulsory': { words: ['义务教育学校'] },
  },
};

const concept = (id: string, counts: string, change: string, unit: string) =>
  ({ id, name: { zh: id, en: id }, counts, change, unit }) as Concept;

describe('composing an indicator’s reading rule', () => {
  it('puts the change’s verbs before the concept’s words, and takes the unit’s measure words', () => {
    const recruited = concept('teachers-recruited', 'teachers', 'recruited', 'teachers');
    expect(composeMatch(vocabulary, recruited, { within: ['义务教育'] }, 'x')).toEqual({
      counters: ['人'],
      keywords: ['(?:招聘|引进)[^，,。；;、]{0,10}教师'],
      within: ['义务教育'],
    });
  });

  it('takes a concept’s words whole, and a count’s measure words from what it counts', () => {
    const stock = concept('schools-compulsory', 'classrooms', 'recruited', 'count');
    expect(composeMatch(vocabulary, stock, {}, 'x')).toEqual({
      counters: ['间'],
      keywords: ['义务教育学校'],
    });
  });

  it('lets an indicator name its own measure words and keywords, or add a wording of its own', () => {
    const recruited = concept('teachers-recruited', 'teachers', 'recruited', 'teachers');
    expect(
      composeMatch(vocabulary, recruited, { counters: ['名'], also: ['补充配备教师'] }, 'x'),
    ).toEqual({
      counters: ['名'],
      keywords: ['(?:招聘|引进)[^，,。；;、]{0,10}教师', '补充配备教师'],
    });
    expect(composeMatch(vocabulary, recruited, { keywords: ['新教师'] }, 'x').keywords).toEqual([
      '新教师',
    ]);
  });

  it('refuses an indicator the vocabulary gives no words or no measure words', () => {
    const unnamed = concept('land-area', 'land-area', 'stock', 'teachers');
    expect(() => composeMatch(vocabulary, unnamed, {}, 'indicators.7')).toThrow(
      /indicators\.7: no words for concept land-area/,
    );
    // Things with no verbs to come after name nothing.
    const verbless = concept('teachers-recruited', 'teachers', 'stock', 'teachers');
    expect(() => composeMatch(vocabulary, verbless, {}, 'indicators.9')).toThrow(
      /no words for concept teachers-recruited/,
    );
    const unmeasured = concept('schools-compulsory', 'zones', 'stock', 'count');
    expect(() => composeMatch(vocabulary, unmeasured, {}, 'indicators.8')).toThrow(
      /indicators\.8: no measure words for count/,
    );
  });
});

describe('the committed vocabulary reads like its indicators did', () => {
  it.each([
    ['今年公开招聘新教师120名。', '120名', 'teachers-added'],
    // Rotated between schools over the year, not exchanged within a school group.
    ['全年选派骨干教师到乡村学校交流85人。', '85人', 'teachers-rotated'],
    ['全县共有义务教育学校58所。', '58所', 'schools-compulsory'],
  ])('«%s» %s → %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });
});

describe('a rate per teacher is not a total of funds', () => {
  it.each([
    [
      '为山区学校教师发放乡村教师生活补助，人均每月1500元。',
      '1500元',
      'rural-living-subsidy-per-teacher',
    ],
    ['落实乡村教师生活补助每人每月300至500元。', '300', 'rural-living-subsidy-per-teacher'],
    ['累计为3972名乡村教师发放生活补助资金1890万元。', '1890万元', 'rural-teacher-living-subsidy'],
  ])('«%s» %s → %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });
});

describe('backbone teachers: a stock, those trained, and a part of those exchanged', () => {
  it.each([
    ['县级以上骨干教师达到820人', '820人', 'backbone-teachers'],
    // Not the «三级三类» scheme's layer, which is of one scheme.
    ['全区累计培养市级以上骨干教师310人。', '310人', 'backbone-teachers-trained-cumulative'],
    ['培育“三级三类”骨干教师1.2万人。', '1.2万人', 'backbone-teachers-trained'],
    ['全年交流轮岗教师638人，其中骨干教师153人。', '153人', 'backbone-teachers-exchanged'],
  ])('«%s» %s → %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });
});

describe('a share of the recruits', () => {
  it('is read by what the recruits are, and only where recruits are spoken of', () => {
    // The helper scans digits; «三成» is read as 30 % by the scanner (quantity.test.ts).
    const text = '去年公开招聘教师920名，其中研究生学历的超过30%。';
    expect(readIndicator(text, '30%')).toBe('postgraduate-recruits-share');
    expect(readIndicator('全县专任教师中研究生学历的占8%。', '8%')).toBeNull();
  });
});

describe('the words that make a count of places a figure', () => {
  it('are those of the concepts counting places, ending right before the count', () => {
    const passed = concept('places-passed', 'regions', 'recognised', 'count');
    const words = { ...vocabulary, concepts: { 'places-passed': { words: ['验收后累计达'] } } };
    const figures = placeFigureWords(words, [
      passed,
      concept('schools-compulsory', 'schools', 'stock', 'schools'),
    ]);
    expect(figures?.test('两县通过验收后累计达')).toBe(true);
    expect(figures?.test('验收后累计达到的县中有')).toBe(false);
    expect(placeFigureWords(vocabulary, [passed])).toBeNull();
  });
});
