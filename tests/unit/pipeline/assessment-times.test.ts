/**
 * The times of a fund's performance self-assessment (corpus13, written unseen: what the fund did
 * in the year it assesses was dated by the spring day the report came out, and its table's column
 * of the year's targets read as done). The year its title names dates what it reports, the
 * column «年度目标值» holds that year's targets and «实际完成值» what was done.
 */
import { describe, expect, it } from 'vitest';
import { tableCellAt, cellDate } from '../../../src/pipeline/tables.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dryRunFacts } from './dry-run-facts.ts';

const factsOf = dryRunFacts(scratchFolders());

const REPORT = [
  '余杭区教育局2024年度城乡义务教育学校改造提升补助资金项目绩效自评报告',
  '',
  '一、项目概况',
  '',
  '全年共新建塑胶运动场8个、面积2.4万平方米，购置图书3.1万册。',
  '',
  '二、绩效指标完成情况',
  '',
  '指标名称　　　　年度目标值　　　实际完成值',
  '新建校舍面积　　≥9000平方米　　9600平方米',
  '新增图书　　　　3万册　　　　　3.1万册',
  '',
  '余杭区教育局',
  '2025年3月20日',
].join('\n');

describe('a fund’s self-assessment of the year its title names', () => {
  const facts = factsOf(REPORT, '2025-03-20');
  const read = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it('dates what it reports by that year, not by the day it was issued', () => {
    expect(read('2.4万平方米')?.date).toBe('2024');
    expect(read('9600平方米')).toMatchObject({ status: 'achieved', date: '2024' });
  });

  it('reads the column of the year’s targets as targets of that year', () => {
    expect(read('9000平方米')).toMatchObject({ status: 'target', date: '2024' });
    expect(read('3万册')).toMatchObject({ status: 'target', date: '2024' });
    expect(read('3.1万册')?.status).toBe('achieved');
  });
});

describe('a table’s column head without a year', () => {
  const table = [
    '指标　　年度目标值　　实际完成值　　备注',
    '图书　　2万册　　2.2万册　　3册',
  ].join('\n');
  const cell = (number: string) => {
    const at = table.indexOf(number);
    return tableCellAt(table, { start: at, end: at + number.length });
  };

  it('gives its cells a status, and the year of the period the table stands in', () => {
    expect(cell('2万册')?.time).toEqual({ status: 'target', date: null });
    expect(cell('2.2万册')?.time).toEqual({ status: 'achieved', date: null });
    expect(cellDate(cell('2万册'), { year: '2024' })).toBe('2024');
    expect(cellDate(cell('2万册'), null)).toBeNull();
  });

  it('gives no time under a head that says neither', () => {
    expect(cell('3册')?.time).toBeNull();
    expect(cellDate(cell('3册'), { year: '2024' })).toBeNull();
  });
});

describe('a review’s heading that names what is still short too', () => {
  const SPEECH = [
    '在全区教育工作会议上的讲话',
    '',
    '一、去年的成绩要肯定，差距也要看清',
    '',
    '去年，全区新建学校6所，招聘教师210名。',
    '',
    '但是，全区还有大班额14个，小学每百名学生拥有体育、艺术专任教师只有零点八一人。',
    '',
    '二、今年的任务',
    '',
    '年内新增学位三千个。',
  ].join('\n');
  const facts = factsOf(SPEECH, '2024-03-05');
  const read = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it('dates what was done by the year it reviews', () => {
    expect(read('210名')?.date).toBe('2023');
  });

  it('dates a stock or ratio of the gap by the day the text speaks', () => {
    expect(read('大班额14个')?.date).toBe('2024-03-05');
    expect(read('零点八一人')?.date).toBe('2024-03-05');
  });
});
