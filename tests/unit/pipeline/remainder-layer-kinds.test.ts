/**
 * Kinds of count and layer wording that a county's progress report and its short-video captions
 * (written unseen) showed the reader getting wrong, each rule on sentences written for this test:
 * the rest of a count named before («其余4所»), the schools still short of a standard after its
 * share that meets it («还差5所»), and a level named before a change («城区初中平均班额，从…的
 * 52人降到…») that the change's values keep; middle managers exchanged («中层以上干部»), who are
 * not teachers; investment done («完成投资») on the projects its paragraph opens with; the schools
 * a facility is built for («为19所乡村学校新建…»).
 */
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dryRunFacts } from './dry-run-facts.ts';

const read = dryRunFacts(scratchFolders());
const indicatorOf = (facts: ReturnType<typeof read>, quote: string) =>
  facts.find((f) => f.quote.includes(quote))?.indicator;

describe('a count that is the rest of one named before', () => {
  it('reads neither «其余» nor «剩余» schools as a stock or as schools built', () => {
    const facts = read(
      '余杭区教育工作进展\n2025年，全区改扩建的9所学校中，已有5所完工，其余4所正在装修。下一步，完成剩余4所学校的验收。\n',
      '2025-10-15',
    );
    expect(facts.filter((f) => f.quote.includes('4所'))).toEqual([]);
  });
});

describe('the schools still short of a standard', () => {
  it('reads «还差5所» after the share that meets the standard as schools not up to it', () => {
    const facts = read(
      '余杭区教育短视频\n全区义务教育学校已有90%达到优质均衡标准，还差5所。\n',
      '2024-09-01',
    );
    expect(indicatorOf(facts, '还差5所')).toBe('substandard-schools');
  });
});

describe('a level named before a change', () => {
  it('keeps the level for both values of the change, the one it starts from as well', () => {
    const facts = read(
      '余杭区教育短视频\n城区初中平均班额，从2020年的52人降到今年的44人。\n',
      '2024-09-01',
    );
    expect(indicatorOf(facts, '52人')).toBe('average-class-size-urban-junior');
    expect(indicatorOf(facts, '44人')).toBe('average-class-size-urban-junior');
  });
});

describe('middle managers exchanged within groups', () => {
  it('reads the teachers exchanged and not the middle managers listed after them', () => {
    const facts = read(
      '余杭区教育问答\n今年以来，集团内互派教师215名、互派中层以上干部32名。\n',
      '2025-06-01',
    );
    expect(indicatorOf(facts, '215名')).toBe('teachers-exchanged');
    expect(facts.filter((f) => f.quote.includes('32名'))).toEqual([]);
  });
});

describe('investment done on the projects a paragraph of progress opens with', () => {
  it('draws «完成投资» on the building layer when the paragraph opens with building projects', () => {
    const facts = read(
      '余杭区创建工作进展\n正在推进：校舍建设项目。截至8月31日，全区完成投资9800万元。\n',
      '2025-09-15',
    );
    // Read as school-building investment, whose layer is funds-school-building.
    expect(indicatorOf(facts, '9800万元')).toBe('investment-school-building');
  });
});

describe('the schools a facility is built for', () => {
  it('does not read the schools given a new sports ground as schools built', () => {
    const facts = read(
      '余杭区教育短视频\n今年，全区为19所乡村学校新建塑胶跑道，面积共计5.1万平方米。\n',
      '2024-09-01',
    );
    expect(facts.filter((f) => f.quote.includes('19所'))).toEqual([]);
  });
});
