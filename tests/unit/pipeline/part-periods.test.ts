/**
 * A year a line inside a numbered part names holds for that part only: an inspection's 通报 that
 * measures the indicators «按2023年统计数据» under «一、» states its findings under «二、» as of the
 * inspection, not of the statistics year.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { periodAt, reportPeriods } from '../../../src/pipeline/periods.ts';

const periodsOf = (text: string) =>
  reportPeriods(text, { start: 0, end: text.length }, findDates(text, 0, text.length, '2024'));

describe('a line naming its statistics year inside a numbered part', () => {
  const text = [
    '2024年4月，省督导组对我市两县进行了督导评估。',
    '一、指标测算情况',
    '依据2023年教育事业统计数据测算，两县情况如下：',
    '甲县小学生均教学及辅助用房面积为5.3平方米。',
    '二、评估结论',
    '甲县家长满意度为93.5%，同意推荐。',
  ].join('\n');
  const periods = periodsOf(text);

  it('dates the figures of its own part by that year', () => {
    expect(periodAt(periods, text.indexOf('5.3'))).toMatchObject({ year: '2023', kind: 'review' });
  });

  it('stops at the next part, whose findings are of the inspection', () => {
    expect(periodAt(periods, text.indexOf('93.5'))).toBeNull();
  });

  it('still dates the whole text from the opening, before any part', () => {
    const release =
      '根据2023年全县教育事业统计，现将主要数据发布如下。\n一、学校\n全县共有学校80所。\n二、教师\n专任教师4100人。';
    expect(periodAt(periodsOf(release), release.indexOf('4100'))).toMatchObject({ year: '2023' });
  });

  it('still runs on from a part’s own heading that names the year', () => {
    const summary =
      '一、2023年工作回顾\n全县新建学校3所。\n（一）办学条件\n新增学位1200个。\n二、存在问题\n大班额仍有5个。';
    expect(periodAt(periodsOf(summary), summary.indexOf('5个'))).toMatchObject({ year: '2023' });
  });
});
