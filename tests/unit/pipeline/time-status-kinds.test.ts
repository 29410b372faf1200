/**
 * Kinds of time and status wording that six documents written unseen (an audit announcement, a
 * WeChat post, a reply to a CPPCC proposal, a layout plan and others) showed the reader getting
 * wrong, each rule on sentences of its kind written for this test: a plan word inside a scheme's
 * name, a plan measured against or drafted, a promise within a year not yet over, a passed horizon
 * quoted, progress so far, a later horizon's running total, a running total since an event of a
 * year, a share of a figure dated by its sentence, a horizon stated after a task, a paragraph
 * opened «截至…底».
 */
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { place, statusOf } from './reading-helpers.ts';

describe('a plan word inside a scheme’s name', () => {
  it('leaves the sums and pupils of a named scheme achieved', () => {
    const text =
      '全县落实学生营养改善计划，膳食补助资金2180万元，惠及学生2.6万人；乡村教师支持计划覆盖教师1400名。';
    expect(statusOf(text, '2180万元')).toBe('achieved');
    expect(statusOf(text, '2.6万人')).toBe('achieved');
    expect(statusOf(text, '1400名')).toBe('achieved');
    expect(statusOf('该计划去年惠及学生9000人。', '9000人')).toBe('achieved');
  });

  it('reads no plan in a plan drafted (拟定), but one in 拟 before a verb', () => {
    expect(statusOf('区教育局已拟定补助方案，去年发放补助资金300万元。', '300万元')).toBe(
      'achieved',
    );
    expect(statusOf('区教育局拟发放补助资金300万元。', '300万元')).toBe('target');
  });

  it('reads no plan in the plan a result is measured against', () => {
    const text = '全区累计完成投资3.2亿元，占计划总投资的80%；完成年度计划的96%。';
    expect(statusOf(text, '80%')).toBe('achieved');
    expect(statusOf(text, '96%')).toBe('achieved');
  });

  it('still reads 计划 as a plan when a subject or a time plans', () => {
    expect(statusOf('营养改善计划稳步实施，全县计划新增学位1200个。', '1200个')).toBe('target');
    expect(statusOf('今年计划投入改善资金600万元。', '600万元')).toBe('target');
  });
});

describe('a promise within a year not yet over', () => {
  it('is a target while the year runs, an achievement once it has ended', () => {
    const text = '区教育局已制定方案，2025年内通过定向培养补充乡村教师90名。';
    expect(statusOf(text, '90名', '2025-08-20', '2025')).toBe('target');
    expect(statusOf(text, '90名', '2026-02-01', '2025')).toBe('achieved');
  });

  it('leaves the year so far of a report from the year’s second half achieved', () => {
    expect(statusOf('2025年，全区补充乡村教师90名。', '90名', '2025-08-20', '2025')).toBe(
      'achieved',
    );
  });
});

describe('a passed horizon quoted', () => {
  it('is the target the plan set, though the report says it was met', () => {
    const text = '《全县学位建设两年攻坚方案（2023—2024年）》定下的新增学位3000个目标已全部实现。';
    expect(statusOf(text, '3000个', '2025-04-01', '2024')).toBe('target');
    expect(statusOf('县里确立了新增学位3000个的目标。', '3000个', '2025-04-01')).toBe('target');
  });
});

describe('progress so far against a quoted plan', () => {
  it('is an achievement, while the plan’s own figure stays its target', () => {
    const text = '县“十四五”规划提出到2025年新建学校12所，目前已建成9所，目前开工3所。';
    expect(statusOf(text, '12所', '2024-06-30')).toBe('target');
    expect(statusOf(text, '9所', '2024-06-30')).toBe('achieved');
    expect(statusOf(text, '3所', '2024-06-30')).toBe('achieved');
  });
});

describe('a running total after a later horizon', () => {
  const text = '到2026年，新建幼儿园4所；到2028年，累计新建中小学校11所，新增学位2.2万个。';
  const dates = findDates(text, 0, text.length, '2025');
  const dateOf = (number: string) => statedDate(dates, text, place(text, number), true);

  it('runs to the horizon of the clause right before it, not the sentence’s first', () => {
    expect(dateOf('11所')).toBe('2028');
    expect(dateOf('2.2万个')).toBe('2028');
  });

  it('runs to the report’s date when no clause before it sets a time', () => {
    const alone = '全县累计新建中小学校11所。';
    expect(
      statedDate(findDates(alone, 0, alone.length, '2025'), alone, place(alone, '11所'), true),
    ).toBeNull();
  });
});

describe('a running total since an event of a year (自…以来)', () => {
  const text =
    '从2020年与丹寨县结成帮扶对子以来，全区累计投入帮扶资金3200万元，其中2024年投入600万元。';
  const dates = findDates(text, 0, text.length, '2025');
  const dateOf = (number: string) => statedDate(dates, text, place(text, number), true);

  it('opens the total, which is then as of the report, not of that year', () => {
    expect(dates[0]?.role).toBe('since');
    expect(dateOf('3200万元')).toBeNull();
    expect(dateOf('600万元')).toBe('2024');
  });

  it('leaves a year that begins no 以来 clause a date of its clause', () => {
    const plain = '从2020年起步，全区投入帮扶资金3200万元。';
    expect(findDates(plain, 0, plain.length, '2025')[0]?.role).toBe('point');
  });
});

const scratch = scratchFolders();

const readFacts = dryRunFacts(scratch);

describe('a share or a part of the figure the clause before it gives', () => {
  const facts = readFacts(
    '余杭区教育局关于义务教育情况的报告\n\n2024年，全区新增义务教育学位3200个；交流轮岗教师860人，占符合交流条件教师的17.2%。2023年，全区共有义务教育学校96所，其中小学71所、初中25所。\n',
    '2025-05-10',
  );
  const dateOf = dateIn(facts);

  it('takes that figure’s date, which its sentence gives it', () => {
    expect(dateOf('860人')).toBe('2024');
    expect(dateOf('17.2%')).toBe('2024');
  });

  it('takes the topic year of a stock it is part of', () => {
    expect(dateOf('96所')).toBe('2023');
    expect(dateOf('71所')).toBe('2023');
    expect(dateOf('25所')).toBe('2023');
  });
});

describe('a horizon stated after a task', () => {
  const facts = readFacts(
    '余杭区教育局2025年工作报告\n\n一、工作成效\n全区新增学位4100个。\n\n二、下一步工作打算\n一是每年公开招聘乡村教师不少于60名。\n二是到2027年全区新增义务教育学位6000个。\n',
    '2025-06-10',
  );
  const dateOf = dateIn(facts);

  it('does not date the task before it, which its heading plans for', () => {
    expect(dateOf('60名')).toBe('2025');
    expect(dateOf('6000个')).toBe('2027');
  });
});

describe('a paragraph opened «截至…底»', () => {
  const facts = readFacts(
    '余杭区义务教育基本情况\n\n截至2024年底，全区共有义务教育学校58所。2024年，全区交流轮岗教师300人。小学、初中生均教学仪器设备值分别为2600元、3100元。目前，全区共有专任教师4100人。\n',
    '2025-06-01',
  );
  const dateOf = dateIn(facts);

  it('states the stocks and ratios of its later sentences as of then', () => {
    expect(dateOf('58所')).toBe('2024-12');
    expect(dateOf('2600元')).toBe('2024-12');
    expect(dateOf('3100元')).toBe('2024-12');
  });

  it('leaves a figure its words say is of now as of the report', () => {
    expect(dateOf('4100人')).toBe('2025-06-01');
  });
});

describe('stocks a plan lists after one its clause dates', () => {
  const facts = readFacts(
    '某区中小学布局规划\n\n到2026年，新建小学2所；到2033年，全区中小学校达到88所，义务教育学位达到6.5万个。\n\n全区现有义务教育学位4.9万个。\n',
    '2024-04-01',
  );
  const dateOf = dateIn(facts);

  it('are of the horizon the stock before them in the sentence is of', () => {
    expect(dateOf('88所')).toBe('2033');
    expect(dateOf('6.5万个')).toBe('2033');
  });

  it('do not carry that horizon into the next sentence', () => {
    expect(dateOf('4.9万个')).not.toBe('2033');
  });
});

describe('a running total since a season of a year', () => {
  const facts = readFacts(
    '某市教育局\n\n2023年秋季以来，312名城区教师到乡村学校交流轮岗。2023年，全市新增学位2600个。\n',
    '2025-03-01',
  );
  const dateOf = dateIn(facts);

  it('is as of the report, not of the year the season is in', () => {
    expect(dateOf('312名')).toBe('2025-03-01');
    expect(dateOf('2600个')).toBe('2023');
  });
});
