import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { openingDate, periodAt, reportPeriods } from '../../../src/pipeline/periods.ts';

const whole = (text: string) => ({ start: 0, end: text.length });

describe('report periods', () => {
  const text =
    '某县人民政府工作报告\n二、2023年工作回顾\n新增学位800个。\n三、2024年工作安排\n新建学校3所。\n2023年，全县新建学校5所，新增学位900个，内容较长的一句话不是标题。';
  const dates = findDates(text, 0, text.length, '2024');
  const periods = reportPeriods(text, whole(text), dates);

  it('reads a heading that names the year it reviews or plans, up to the next one', () => {
    expect(periods.map(({ year, kind }) => ({ year, kind }))).toEqual([
      { year: '2023', kind: 'review' },
      { year: '2024', kind: 'plan' },
    ]);
    expect(periodAt(periods, text.indexOf('800个'))?.kind).toBe('review');
    expect(periodAt(periods, text.indexOf('3所'))?.kind).toBe('plan');
    expect(periodAt(periods, 0)).toBeNull();
  });

  it('takes no sentence for a heading', () => {
    expect(periods).toHaveLength(2);
  });
});

describe('an interviewer’s question', () => {
  it('heads the answers after it as a heading does', () => {
    const text =
      '记者：某县去年有哪些成效？\n局长：全县招聘教师300名。\n记者：今年有什么打算？\n局长：再新建学校2所。';
    const dates = findDates(text, 0, text.length, '2024');
    const periods = reportPeriods(text, whole(text), dates);
    expect(periods.map(({ year, kind }) => ({ year, kind }))).toEqual([
      { year: '2023', kind: 'review' },
      { year: '2024', kind: 'plan' },
    ]);
    expect(periodAt(periods, text.indexOf('300名'))?.year).toBe('2023');
  });
});

describe('the date a paragraph opens with', () => {
  it('is a year in its first sentence before its first quantity', () => {
    const text = '去年，全县新建学校5所。投入资金3亿元。';
    const dates = findDates(text, 0, text.length, '2024');
    expect(openingDate(text, dates, whole(text), text.indexOf('5所'))).toBe('2023');
  });

  it('is none when the first sentence names no year, or names it after a quantity', () => {
    const plain = '全县新建学校5所。2023年投入资金3亿元。';
    const late = '全县新建学校5所，2023年投入资金3亿元。';
    for (const text of [plain, late]) {
      const dates = findDates(text, 0, text.length, '2024');
      expect(openingDate(text, dates, whole(text), text.indexOf('5所'))).toBeNull();
    }
  });
});
