/**
 * Kinds of time wording that three documents written unseen (a 民生实事 progress notice, a
 * congress inspection, a 繁體 news story) showed the reader dating wrong, each on text written
 * for this test: a year's targets under «年度目标：», a progress report's figures dated by its
 * cut-off rather than its publication day, an assessment's results dated by the assessment's
 * year, and a year written in Chinese numerals; a prefecture's 年度考核 of its counties (one
 * more unseen document) dated by the year it scores; with the notice's items, the target a result is
 * measured against («完成年度目标的…») and money whose purpose only its item's heading names.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { documentTimes } from '../../../src/pipeline/document-times.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';

const scratch = scratchFolders();

const readFacts = dryRunFacts(scratch);

/** The times the opening of `text` states, published in 2025. */
function timesOf(text: string) {
  return documentTimes(
    text,
    { start: 0, end: text.length },
    findDates(text, 0, text.length, '2025'),
  );
}

describe('a year written in Chinese numerals', () => {
  it('is a date, in either form of zero', () => {
    const text = '二〇二三年全市新建学校5所，二零二四年交流教师三百人。';
    expect(findDates(text, 0, text.length, '2025').map((d) => d.date)).toEqual(['2023', '2024']);
  });

  it('is not read inside a larger numeral', () => {
    const text = '共有教师三千一二三四年';
    expect(findDates(text, 0, text.length, '2025')).toEqual([]);
  });
});

describe('what a document’s opening says of its own time', () => {
  it('reads the cut-off of a progress report, not of any other text', () => {
    const progress =
      '关于2025年重点项目上半年进展情况的通报\n截至6月30日，已完成两件。\n一、学校建设\n';
    expect(timesOf(progress)).toMatchObject({ year: '2025', cutoff: '2025-06-30' });
    const other = '关于2025年教育工作的报告\n截至6月30日，已完成两件。\n一、学校建设\n';
    expect(timesOf(other).cutoff).toBeNull();
  });

  it('reads the year of the assessment whose results it reports', () => {
    const news = '省教育厅公布2023年度县域义务教育优质均衡发展评估名单，本县位列其中。';
    expect(timesOf(news).assessed).toBe('2023');
    expect(timesOf('本县2023年新建学校3所。').assessed).toBeNull();
  });
});

describe('a progress notice’s targets and progress', () => {
  const facts = readFacts(
    [
      '余杭区2025年民生实事项目三季度进展情况的通报',
      '',
      '今年市政府承诺办理民生实事8件。截至9月底，已完成5件。现将教育项目进展情况通报如下。',
      '',
      '一、学校建设项目',
      '',
      '年度目标：新建小学3所，新增学位1800个。',
      '',
      '进展情况：已新增学位1350个，招聘教师96名。',
      '',
    ].join('\n'),
    '2025-10-20',
  );
  const dateOf = dateIn(facts);

  it('dates the year’s targets by the year the notice speaks of', () => {
    expect(dateOf('1800个')).toBe('2025');
    expect(facts.find((f) => f.quote.includes('1800个'))?.status).toBe('target');
  });

  it('dates progress by the notice’s cut-off, not the day it was published', () => {
    expect(dateOf('1350个')).toBe('2025-09');
    expect(dateOf('96名')).toBe('2025-09');
  });
});

describe('an assessment’s results', () => {
  const facts = readFacts(
    '省教育厅日前公布二〇二四年度县域义务教育优质均衡发展评估名单，余杭区名列其中。评估结果显示，全市小学校际综合差异系数为0.318，社会认可度达95.2%。全市现有义务教育学校112所。',
    '2025-02-14',
  );
  const dateOf = dateIn(facts);

  it('are of the assessment’s year', () => {
    expect(dateOf('0.318')).toBe('2024');
    expect(dateOf('95.2%')).toBe('2024');
  });

  it('leave a figure of another sentence dated by the publication', () => {
    expect(dateOf('112所')).toBe('2025-02-14');
  });
});

describe('a year’s work assessment issued the next January', () => {
  const facts = readFacts(
    [
      '杭州市教育局关于2024年度各区县教育均衡工作考核结果的通报',
      '',
      '市考核组已于1月上旬完成实地考核，现将结果通报如下。',
      '',
      '余杭区得95分。全年招聘教师240名，城区小学平均班额41.5人；全区现有专任教师3200人；小学每百名学生拥有体育、艺术专任教师0.92人。',
      '',
    ].join('\n'),
    '2025-01-20',
  );
  const dateOf = dateIn(facts);

  it('dates the scored figures by the year assessed, not the day of issue', () => {
    expect(dateOf('240名')).toBe('2024');
    expect(dateOf('41.5人')).toBe('2024');
  });

  it('leaves a stock said to be there now dated by the day of issue', () => {
    expect(dateOf('3200人')).toBe('2025-01-20');
  });

  it('dates by the year assessed a ratio after a «；» that closed the stock said to be there now', () => {
    expect(dateOf('0.92人')).toBe('2024');
  });
});

describe('a progress notice’s items', () => {
  const facts = readFacts(
    [
      '余杭区2025年民生实事项目进展情况的通报',
      '',
      '截至8月31日，各项目有序推进。',
      '',
      '一、义务教育薄弱学校改造项目',
      '',
      '进展情况：已完成改造9所，完成年度目标的75%，完成投资1840万元。',
      '',
      '二、教师队伍建设',
      '',
      '进展情况：累计投入资金600万元。',
      '',
    ].join('\n'),
    '2025-09-12',
  );
  const fact = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it('reads a result measured against the year’s target as achieved', () => {
    expect(fact('1840万元')?.status).toBe('achieved');
    expect(fact('1840万元')?.date).toBe('2025-08-31');
  });

  it('gives money the purpose its project item’s heading names, and no other heading’s', () => {
    expect(fact('1840万元')?.indicator).toMatch(/weak-schools$/);
    expect(fact('600万元')?.indicator).not.toBe('funds-school-building');
  });
});
