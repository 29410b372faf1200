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

/** A document of one line under its title, as a county's report or caption writes it. */
const line = (title: string, sentence: string) => `余杭区${title}\n${sentence}\n`;

describe('figures that are not the quantity their words seem to count', () => {
  it.each([
    [
      'the rest of a count named before («其余», «剩余»): neither a stock nor schools built',
      line(
        '教育工作进展',
        '2025年，全区改扩建的9所学校中，已有5所完工，其余4所正在装修。下一步，完成剩余4所学校的验收。',
      ),
      '2025-10-15',
      '4所',
    ],
    [
      'middle managers exchanged, listed after the teachers: not teachers',
      line('教育问答', '今年以来，集团内互派教师215名、互派中层以上干部32名。'),
      '2025-06-01',
      '32名',
    ],
    [
      'the schools a new sports ground is built for: not schools built',
      line('教育短视频', '今年，全区为19所乡村学校新建塑胶跑道，面积共计5.1万平方米。'),
      '2024-09-01',
      '19所',
    ],
  ])('%s', (_, text, published, quote) => {
    expect(read(text, published).filter((f) => f.quote.includes(quote))).toEqual([]);
  });
});

describe('the layer a figure is drawn on', () => {
  it.each([
    [
      '«还差5所» after the share that meets the standard: schools not up to it',
      line('教育短视频', '全区义务教育学校已有90%达到优质均衡标准，还差5所。'),
      '2024-09-01',
      { 还差5所: 'substandard-schools' },
    ],
    [
      'a level named before a change: kept by both values, the one it starts from as well',
      line('教育短视频', '城区初中平均班额，从2020年的52人降到今年的44人。'),
      '2024-09-01',
      { '52人': 'average-class-size-urban-junior', '44人': 'average-class-size-urban-junior' },
    ],
    [
      'teachers exchanged within groups, beside the middle managers left out',
      line('教育问答', '今年以来，集团内互派教师215名、互派中层以上干部32名。'),
      '2025-06-01',
      { '215名': 'teachers-exchanged' },
    ],
    [
      // Read as school-building investment, whose layer is funds-school-building.
      '«完成投资» under a paragraph that opens with building projects: school-building investment',
      line('创建工作进展', '正在推进：校舍建设项目。截至8月31日，全区完成投资9800万元。'),
      '2025-09-15',
      { '9800万元': 'investment-school-building' },
    ],
  ] as const)('%s', (_, text, published, expected) => {
    const facts = read(text, published);
    for (const [quote, indicator] of Object.entries(expected))
      expect(facts.find((f) => f.quote.includes(quote))?.indicator, quote).toBe(indicator);
  });
});
