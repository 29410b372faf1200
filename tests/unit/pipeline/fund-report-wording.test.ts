/**
 * How a fund's report names its money (corpus13, written unseen: a weak-school fund's
 * self-assessment called it by its short name «薄改资金», listed its sources «中央补助…、省级补助…»
 * and stated the sum every level allocated beside what was spent). The short name is weak-school
 * money, each source of the list a part of the whole, and the allocation no investment. Our own
 * wording.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { narrativeReason } from '../../../src/pipeline/narrative-numbers.ts';
import { sentenceAround } from '../../../src/pipeline/text.ts';
import { drawnOn, quantityAt } from './reading-helpers.ts';

describe('a fund named by its short name', () => {
  it('is weak-school money', () => {
    expect(drawnOn('明年预计安排薄改资金2600万元。', '2600万元')).toBe('investment-weak-schools');
  });
});

describe('the sources a fund’s sum lists', () => {
  it.each([
    ['其中中央补助', '1200万元'],
    ['其中中央补助1200万元、省级补助', '600万元'],
    ['其中中央补助1200万元、省级补助600万元、县级配套', '300万元'],
  ])('are parts of the sum by source: %s', (before) => {
    expect(narrativeReason(before, '', '', '元')).toMatch(/source/);
  });

  it('leave a part that names a purpose of its own a fact', () => {
    expect(narrativeReason('其中省级改薄资金', '', '', '元')).toBeNull();
    expect(narrativeReason('其中学生资助补助', '', '', '元')).toBeNull();
  });
});

describe('the sum every level allocates to a fund', () => {
  it('is an allocation, not money invested', () => {
    const text = '全年上级和区本级共安排专项资金1800万元，实际支出1650万元。';
    const q = quantityAt(text, '1800万元');
    expect(exclusionReason(text, q, sentenceAround(text, q.start, q.end))).toMatch(/allocated/);
  });
});
