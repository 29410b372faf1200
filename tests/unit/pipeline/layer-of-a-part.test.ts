/**
 * Figures drawn on a layer that is not theirs (corpus13, written unseen): a level word inside the
 * names of the schools a sentence opens («城东小学…投入使用，全年新增学位…») scoped the year's
 * places, one area's part («其中某片区新增…») stood on the district's layer, one project's budget
 * execution rate on that of all education money, and the satisfaction of teachers and pupils on
 * the public's. Our own wording.
 */
import { describe, expect, it } from 'vitest';
import { drawnOn } from './reading-helpers.ts';

describe('a school named for its side of town', () => {
  it('names one school, not the level of the places the sentence counts', () => {
    const text = '城南中学和城西小学9月前投入使用，全年新增学位2100个。';
    expect(drawnOn(text, '2100个')).toBe('new-places-levels-unstated');
  });

  it('leaves a level written apart from a name the level of what is counted', () => {
    expect(drawnOn('城区新建学校2所，新增小学学位900个。', '900个')).toBe(
      'new-primary-school-places',
    );
  });
});

describe('one area’s part of the places added', () => {
  it.each([
    '全区新增小学学位2800个，其中东湖片区新增700个。',
    '全县新增学位2800个，其中城关镇新增700个。',
    '全区新增学位2800个，其中南苑街道新增700个。',
  ])('is on no layer of the whole: %s', (text) => {
    expect(drawnOn(text, '700个')).toBeNull();
  });
});

describe('one project’s budget execution rate', () => {
  it('is not the rate of all education money', () => {
    expect(drawnOn('项目实际支出860万元，预算执行率91.2%。', '91.2%')).toBeNull();
    expect(drawnOn('全县义务教育经费实际支出3.1亿元，预算执行率为96%。', '96%')).toBe(
      'education-budget-execution-rate',
    );
  });
});

describe('the satisfaction of teachers and pupils', () => {
  it('is not the public’s', () => {
    expect(drawnOn('师生满意度达到95.5%。', '95.5%')).toBeNull();
    expect(drawnOn('学生的满意度达到93%。', '93%')).toBeNull();
    expect(drawnOn('群众对义务教育的满意度达到94.1%。', '94.1%')).toBe('public-satisfaction-rate');
  });
});
