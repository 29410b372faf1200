/**
 * Kinds of time wording that a county's quarterly progress report (written unseen) showed the
 * reader getting wrong, each rule on sentences written for this test: a figure in a quarter's part
 * dated by its quarter's end, not by the report's last «截至»; a deadline («4月底前», «12月10日前»)
 * that dates its own clause's task, not the clause after it or the next item of a list; a Q&A's
 * answer that is its own time frame, not dated by a «截至» of the answer before it.
 */
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { documentTimes } from '../../../src/pipeline/document-times.ts';
import { quarterEndAt } from '../../../src/pipeline/quarters.ts';

const read = dryRunFacts(scratchFolders());

describe('a part of a progress report headed by its quarter', () => {
  const report = [
    '余杭区创建工作季度进展',
    '截至9月30日，全年任务完成七成。',
    '一、第一季度：摸底',
    '全区共有义务教育学校88所。',
    '二、二季度：补充师资',
    '全区招聘教师210名。',
    '三、四季度打算',
    '全区投入义务教育薄弱环节改善资金3000万元。',
  ].join('\n');
  const body = { start: 0, end: report.length };
  const at = (quote: string) => report.indexOf(quote);

  it('dates an achievement by the end of its quarter, once that quarter is over', () => {
    expect(quarterEndAt(report, body, at('88所'), '2025-10-15', true)).toBe('2025-03');
    expect(quarterEndAt(report, body, at('210名'), '2025-10-15', true)).toBe('2025-06');
    expect(quarterEndAt(report, body, at('3000万元'), '2025-10-15', true)).toBeNull();
  });

  it('dates a target by the end of a quarter still ahead, and nothing outside a quarter’s part', () => {
    expect(quarterEndAt(report, body, at('3000万元'), '2025-10-15', false)).toBe('2025-12');
    expect(quarterEndAt(report, body, at('七成'), '2025-10-15', true)).toBeNull();
    expect(quarterEndAt(report, body, at('88所'), null, true)).toBeNull();
  });

  it('reads the quarter’s figures at its end, and the coming quarter’s as planned', () => {
    const facts = read(report, '2025-10-15');
    expect(dateIn(facts)('88所')).toBe('2025-03');
    expect(dateIn(facts)('210名')).toBe('2025-06');
    expect(facts.find((f) => f.quote.includes('3000万元'))?.status).toBe('target');
    expect(dateIn(facts)('3000万元')).toBe('2025-12');
  });
});

describe('a deadline dates its own clause only', () => {
  it('does not date the recruits of the clause after a works deadline', () => {
    const facts = read(
      '余杭区教育工作进展\n2025年，全区8个项目于4月底前全部开工；公开招聘教师175名。\n',
      '2025-12-20',
    );
    expect(dateIn(facts)('175名')).toBe('2025');
  });

  it('does not give the second item of a list the first item’s deadline', () => {
    const facts = read(
      '余杭区下一步工作打算\n一是12月10日前完成5所学校的验收；二是投入义务教育薄弱环节改善资金1500万元。\n',
      '2025-10-15',
    );
    expect(dateIn(facts)('1500万元')).toBeTruthy();
    expect(dateIn(facts)('1500万元')).not.toBe('2025-12-10');
  });
});

describe('a Q&A whose answers each speak of their own time', () => {
  it('does not date the second answer by a cut-off the first answer states', () => {
    const qa = [
      '余杭区教育局政策问答',
      '问：集团化办学推进到什么程度了？',
      '答：截至2025年底，全区共组建教育集团12个。',
      '问：集团内的教师会流动吗？',
      '答：本学年以来，集团内互派教师260名。',
    ].join('\n');
    const times = documentTimes(
      qa,
      { start: 0, end: qa.length },
      findDates(qa, 0, qa.length, '2026'),
    );
    expect(times.cutoff).toBeNull();
    expect(dateIn(read(qa, '2026-04-20'))('260名')).toBe('2026-04-20');
  });
});
