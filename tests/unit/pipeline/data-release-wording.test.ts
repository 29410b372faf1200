/**
 * Kinds of wording that two corpus documents written before any rule was changed for them (a
 * prefecture's year-end data release, a province's press release on counties that passed the
 * national assessment) showed the reader getting wrong, each on sentences of its kind written
 * for this test: the year a release's statistics are for, the base of a rate («每百名学生»), a
 * change against a year earlier, a ratio's whole name before a colon, the running total of
 * counties that passed, the share of counties that are to pass.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { periodAt, reportPeriods } from '../../../src/pipeline/periods.ts';
import { sentenceAround } from '../../../src/pipeline/text.ts';
import { PLACE_FIGURES, quantityAt, readIndicator } from './reading-helpers.ts';

const whole = (text: string) => ({ start: 0, end: text.length });

/** Why the number written `number` in `text` is not a fact, or null. */
function excluded(text: string, number: string): string | null {
  const q = quantityAt(text, number);
  return exclusionReason(text, q, sentenceAround(text, q.start, q.end), false, PLACE_FIGURES);
}

describe('a line that says which year its statistics are for', () => {
  it.each([
    '根据2024年全市教育事业统计，现将主要数据发布如下。\n全市共有义务教育学校312所。',
    '2024年度教育统计数据显示：\n全市共有义务教育学校312所。',
  ])('reviews that year, as a heading does: %s', (text) => {
    const periods = reportPeriods(text, whole(text), findDates(text, 0, text.length, '2025'));
    expect(periodAt(periods, text.indexOf('312所'))).toMatchObject({
      year: '2024',
      kind: 'review',
    });
  });

  it('is not a statistics office, nor a sentence dated otherwise', () => {
    for (const text of [
      '2024年市统计局数据，全市共有义务教育学校312所。',
      '2024年，据统计全市共有义务教育学校312所。',
    ]) {
      const periods = reportPeriods(text, whole(text), findDates(text, 0, text.length, '2025'));
      expect(periods).toEqual([]);
    }
  });
});

describe('numerals that are not quantities of the place', () => {
  it('leaves out the base of a rate', () => {
    expect(excluded('每100名学生拥有骨干教师1.3人', '100名')).toMatch(/base of a rate/);
    expect(excluded('每12个班配备音乐教室1间', '12个')).toMatch(/base of a rate/);
  });

  it('leaves out an amount that changes a stock against a year earlier', () => {
    expect(excluded('在校学生28.6万人，比上年减少0.9万人。', '0.9万人')).toMatch(/year earlier/);
    expect(excluded('交流教师326名，较去年增加41名。', '41名')).toMatch(/year earlier/);
  });

  it('keeps a rate of change, which is a concept, and the stock itself', () => {
    expect(excluded('投入资金12.4亿元，比上年增长6.5%。', '6.5%')).toBeNull();
    expect(excluded('在校学生28.6万人，比上年减少0.9万人。', '28.6万人')).toBeNull();
  });
});

describe('a ratio named whole before a colon', () => {
  it('is read as the ratio, not as the teachers its name ends with', () => {
    const text = '每百名学生拥有县级以上骨干教师数：小学1.3人，初中1.5人。';
    expect(readIndicator(text, '1.3人')).toBe('backbone-teachers-per-100-pupils');
    expect(readIndicator(text, '1.5人')).toBe('backbone-teachers-per-100-pupils');
  });
});

describe('the running total of counties that passed an assessment', () => {
  it.each([
    ['甲县、乙县通过国家督导评估，全市累计达到4个县（市、区）。', '4个'],
    ['至此，全省通过国家认定的县（市、区）累计达到21个。', '21个'],
  ])('is a count of counties meeting the standard: %s', (text, number) => {
    expect(excluded(text, number)).toBeNull();
    expect(readIndicator(text, number)).toBe('counties-to-meet-standard');
  });

  it('is not a count of regions that says nothing of passing', () => {
    expect(excluded('全市累计达到4个县（市、区）开展试点。', '4个')).toMatch(/count of regions/);
  });
});

describe('the share of counties that are to pass', () => {
  it('is a share of counties meeting the standard, not a count', () => {
    const text = '力争到2027年全省90%以上的县（市、区）通过国家评估。';
    expect(excluded(text, '90%')).toBeNull();
    expect(readIndicator(text, '90%')).toBe('counties-meeting-standard-share');
  });

  it('is not a share of anything else in a sentence about passing', () => {
    const text = '全县通过省级评估，义务教育巩固率达到99%以上。';
    expect(readIndicator(text, '99%')).toBe('retention-rate');
  });
});
