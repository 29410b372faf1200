/**
 * Kinds of wrong reading two documents written unseen (a director's year debriefing, a province's
 * recognition notice) showed, each on text written for this test: a report of one year's work
 * dates that year's results by the year, not by the day it was given; a heading of problems and
 * plans makes no target of the shortfalls found; a change against an earlier year listed after
 * «分别» is no figure; the backbone share among rotated teachers is not the rotation share; the
 * places one named school adds are not the place's; levels named for a «分别» list, or inside a
 * school's name, scope no other figure; money for schools and kindergartens together, a sum's
 * parts by source or for one school, schools money is spent on, a layout plan's money and a total
 * run up since a paragraph's start each keep their own scope.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { reportPeriods } from '../../../src/pipeline/periods.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { drawnOn, place, quantityAt } from './reading-helpers.ts';

const readFacts = dryRunFacts(scratchFolders());

/** Why the number written `number` in `text` is left out, or null when it may be a fact. */
const reason = (text: string, number: string) =>
  exclusionReason(text, quantityAt(text, number), place(text, number).sentence);

describe('a report of one year’s work', () => {
  const facts = readFacts(
    [
      '余杭区教育局局长2023年度述职报告',
      '',
      '（2024年1月15日）',
      '',
      '2023年，本人带领局班子抓好教育工作，现将一年来的履职情况报告如下。',
      '',
      '一、主要工作',
      '',
      '全年新建学校4所，招聘教师120名。小学平均班额为40.5人。全区现有义务教育学校61所。',
      '',
      '二、存在问题和2024年打算',
      '',
      '全区初中生均体育运动场馆面积为7.2平方米，尚未达到标准。2024年，我局将新增学位900个。',
      '',
    ].join('\n'),
    '2024-01-15',
  );
  const dateOf = dateIn(facts);
  const statusOf = (quote: string) => facts.find((f) => f.quote.includes(quote))?.status;

  it('dates the year’s results by the year it reports on', () => {
    expect(dateOf('4所')).toBe('2023');
    expect(dateOf('120名')).toBe('2023');
    expect(dateOf('40.5人')).toBe('2023');
  });

  it('keeps the day for a stock stated as it is now', () => {
    expect(dateOf('61所')).toBe('2024-01-15');
  });

  it('reads a shortfall under a heading of problems and plans as found, and a plan as planned', () => {
    expect(statusOf('7.2平方米')).toBe('achieved');
    expect(dateOf('7.2平方米')).toBe('2024-01-15');
    expect(statusOf('900个')).toBe('target');
    expect(dateOf('900个')).toBe('2024');
  });
});

describe('the year a report says it covers', () => {
  const periodsOf = (text: string) =>
    reportPeriods(text, { start: 0, end: text.length }, findDates(text, 0, text.length, '2024'));

  it('is a debriefing’s year, or the one year a sentence reports a year of work for', () => {
    expect(periodsOf('某局局长2023年度述职报告\n新建学校4所。')[0]).toMatchObject({
      year: '2023',
      kind: 'review',
    });
    expect(periodsOf('2023年，我局推进各项工作，一年来成效明显。\n新建学校4所。')[0]).toMatchObject(
      {
        year: '2023',
        kind: 'review',
      },
    );
  });

  it('is a bureau’s year named with its report, in its title or its opening', () => {
    expect(periodsOf('某县教育局2023年工作报告\n新建学校4所。')[0]).toMatchObject({
      year: '2023',
      kind: 'review',
    });
    expect(periodsOf('现将我局2023年工作情况报告如下。\n新建学校4所。')[0]).toMatchObject({
      year: '2023',
      kind: 'review',
    });
    expect(periodsOf('现将我局2023年工作情况和2024年工作打算报告如下。\n')).toEqual([]);
    // A government's work report is named for the year it is given in, which it plans.
    expect(periodsOf('某市2025年政府工作报告\n新建学校4所。')).toEqual([]);
  });

  it('is none when the sentence names two years, or names none', () => {
    expect(periodsOf('一年来，对照2022年和2023年的目标推进工作。\n新建学校4所。')).toEqual([]);
    expect(periodsOf('过去的一年，我局推进各项工作。\n新建学校4所。')).toEqual([]);
  });

  it('marks a plan’s heading that names the problems found too, and no other', () => {
    expect(periodsOf('二、问题与2024年工作计划\n')[0]?.findings).toBe(true);
    expect(periodsOf('二、2024年工作计划\n')[0]?.findings).toBeUndefined();
  });
});

describe('a change against an earlier year listed after «分别»', () => {
  it('is no figure, any item of the list, while the figures it changes are', () => {
    const text = '小学、初中差异系数分别为0.41和0.30，比2022年分别下降0.06和0.03。';
    expect(reason(text, '0.06')).toMatch(/change against a year earlier/);
    expect(reason(text, '0.03')).toMatch(/change against a year earlier/);
    expect(reason(text, '0.30')).toBeNull();
  });
});

describe('shares among rotated teachers', () => {
  it('reads the backbone share among them as that, not as the rotation share', () => {
    expect(drawnOn('全县交流轮岗教师中骨干教师占比为21.5%', '21.5')).toBe(
      'backbone-share-among-exchanged',
    );
    expect(drawnOn('全县教师交流轮岗比例为18.5%', '18.5')).toBe('teacher-rotation-share');
  });
});

describe('places one named school adds', () => {
  it('are that school’s, not the place’s places added', () => {
    expect(reason('明年将新建第二实验小学，新增学位1800个。', '1800')).toMatch(/one named school/);
  });

  it('are the place’s when the clause before counts its schools', () => {
    expect(reason('新建学校3所，新增学位1800个。', '1800')).toBeNull();
    expect(reason('新建第二小学等学校3所，新增学位1800个。', '1800')).toBeNull();
  });
});

describe('levels a sentence names for something else', () => {
  const sentence =
    '甲县小学、初中校际综合差异系数分别为0.41、0.33，近三年新建、改扩建学校9所，新增学位5200个。';

  it('given out to a «分别» list, scope none of the later figures', () => {
    expect(drawnOn(sentence, '9所')).toBe('schools-built-levels-unstated');
    expect(drawnOn(sentence, '5200')).toBe('new-places-levels-unstated');
    expect(drawnOn(sentence, '0.33')).toBe('difference-coefficient');
  });

  it('still scope a later list that gives them out again', () => {
    const again =
      '小学、初中生均体育运动场馆面积应分别达到7.5平方米、10.2平方米，该县分别为8.1平方米、11.4平方米。';
    expect(drawnOn(again, '11.4')).toBe('sports-area-per-pupil-junior');
  });

  it('given to schools a «分别» list counts, scope what those schools hold', () => {
    expect(drawnOn('全县小学、初中分别有42所、15所，在校生3.2万人', '3.2万')).toBe(
      'students-compulsory',
    );
  });

  it('inside a school’s name, name the school, not the level of what is counted', () => {
    expect(drawnOn('某市第一实验小学新校区投入使用，新增学位2400个', '2400')).toBe(
      'new-places-levels-unstated',
    );
    expect(drawnOn('某市城区小学新增学位2400个', '2400')).toBe('new-primary-school-places');
  });
});

describe('what money is for, and which schools', () => {
  it('is all that an earlier clause lists with counts, schools and kindergartens together', () => {
    expect(
      drawnOn('新建、改扩建中小学校5所、幼儿园2所，新增学位1800个，计划总投资1.2亿元', '1.2亿'),
    ).toBe('investment-schools-and-kindergartens');
    expect(drawnOn('新建小学4所、初中2所，改扩建学校7所', '7所')).toBe(
      'schools-expanded-levels-unstated',
    );
  });

  it('leaves out a part of a sum by its source, but not a yearly part', () => {
    expect(reason('计划总投资1.2亿元，其中县级财政配套2600万元', '2600')).toMatch(/source/);
    expect(
      reason('三年累计投入不低于10亿元，其中区级财政每年安排专项资金6000万元', '6000'),
    ).toBeNull();
    expect(reason('投入资金1.2亿元，其中省级改薄资金2600万元', '2600')).toBeNull();
  });

  it('leaves out a part of a sum for one named school’s building', () => {
    const one = '计划投入帮扶资金900万元，其中500万元用于某县中学教学楼建设';
    expect(reason(one, '500')).toMatch(/one named school/);
    expect(reason('计划投入资金900万元，其中500万元用于全县中学实验室建设', '500')).toBeNull();
  });

  it('leaves out schools named as what money is spent on', () => {
    expect(reason('投入资金300万元，主要用于2所乡镇小学的宿舍改造', '2所')).toMatch(/spent on/);
    expect(reason('投入资金2亿元，用于新建学校3所', '3所')).toBeNull();
  });
});

describe('money and totals a document’s own frame scopes', () => {
  const indicatorOf = (facts: ReturnType<typeof readFacts>, quote: string) =>
    facts.find((f) => f.quote.includes(quote))?.indicator;

  it('takes the levels of its project item’s heading when its words name none', () => {
    const facts = readFacts(
      '余杭区教育项目进展\n\n一、中小学校和幼儿园建设项目\n\n已完工中小学校3所、幼儿园2所；累计完成投资9800万元。\n',
      '2025-10-20',
    );
    expect(indicatorOf(facts, '9800万元')).toBe('investment-schools-and-kindergartens');
  });

  it('is for school building in a plan titled for the layout of schools', () => {
    const plan = (title: string) =>
      readFacts(
        `${title}\n\n一、实施安排\n\n近期（2025—2028年）计划总投资约30亿元，其中区级财政资金不低于50%。\n`,
        '2025-03-01',
      );
    expect(indicatorOf(plan('余杭区中小学布局规划（2025—2035年）'), '30亿元')).toBe(
      'investment-school-building',
    );
    expect(indicatorOf(plan('余杭区教育发展规划（2025—2035年）'), '30亿元')).toBe(
      'education-funds-invested',
    );
  });

  it('counts a total run up since the paragraph’s start as no year’s amount', () => {
    const since = readFacts(
      '自2020年两地结对以来，我区累计投入帮扶资金3000万元。我区先后组织受援县教师来本地跟岗培训500人次。\n',
      '2025-06-20',
    );
    expect(indicatorOf(since, '500人次')).toBeUndefined();
    const year = readFacts('今年，我区组织教师来本地跟岗培训500人次。\n', '2025-12-20');
    expect(indicatorOf(year, '500人次')).toBe('teacher-training-person-times');
  });
});
