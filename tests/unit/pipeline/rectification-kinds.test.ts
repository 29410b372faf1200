/**
 * Kinds of wording that three documents written unseen (a city's 政府工作报告 with this year's
 * tasks, a county's 自评报告 by indicator and level, a district's dated 整改情况报告) showed the
 * reader getting wrong, each on text written for this test: a heading of this year's work whose
 * sentences carry no plan word, an inspection's findings restated months later, figures that only
 * point back to a quantity named before, counties that passed, schools below the bar by level and
 * the share meeting it, a shortfall of teachers, and a per-pupil area beside an area built.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { yearsWorkKind } from '../../../src/pipeline/year-work.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { drawnOn, place, quantityAt } from './reading-helpers.ts';

const scratch = scratchFolders();

const readFacts = dryRunFacts(scratch);

describe('a heading of a year’s work with no word of review or plan', () => {
  it('plans a year still ahead and reviews one over', () => {
    expect(yearsWorkKind('二、2026年重点工作', '2026', '2026-01-15')).toBe('plan');
    expect(yearsWorkKind('三、2027年教育工作', '2027', '2026-12-01')).toBe('plan');
    expect(yearsWorkKind('一、2025年主要工作', '2025', '2026-01-15')).toBe('review');
    expect(yearsWorkKind('二、2026年重点工作', '2026', '2026-09-30')).toBe('review');
  });

  it('says nothing of a heading of another shape', () => {
    expect(yearsWorkKind('2026年教育发展综述', '2026', '2026-01-15')).toBeNull();
  });

  const facts = readFacts(
    [
      '余杭区人民政府工作报告',
      '',
      '一、2025年工作回顾',
      '',
      '全年新建中小学校4所，招聘教师380名。',
      '',
      '二、2026年重点工作',
      '',
      '今年新建中小学校5所。招聘教师400名以上，交流轮岗教师700人。',
    ].join('\n'),
    '2026-01-15',
  );
  const fact = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it('makes targets of this year’s tasks written without a plan word', () => {
    for (const quote of ['400名', '700人']) {
      expect(fact(quote)?.status).toBe('target');
      expect(fact(quote)?.date?.slice(0, 4)).toBe('2026');
    }
  });

  it('leaves last year’s results achieved', () => {
    expect(fact('380名')).toMatchObject({ status: 'achieved', date: '2025' });
  });
});

describe('a rectification report', () => {
  const facts = readFacts(
    [
      '余杭区关于义务教育优质均衡发展督导评估反馈问题整改情况的报告',
      '',
      '2025年10月，省督导评估组对我区进行了实地督导评估，反馈问题9项。',
      '',
      '一、音体美教师不足',
      '',
      '问题：初中每百名学生拥有体育、艺术专任教师0.82人，未达到0.9人的标准。整改：招聘体育教师15名，目前初中该项指标已提高到0.93人。',
      '',
      '二、大班额',
      '',
      '问题：城区学校尚有大班额12个。整改：已于2026年2月全部消除。评估组发现，初中生均体育运动场馆面积为8.8平方米。',
      '',
      '三、教师交流轮岗',
      '',
      '问题：2025年交流轮岗教师占符合条件教师的比例为6.5%。整改：截至2026年2月，本学年已交流轮岗教师120人，占比提高到10.4%；到2027年底，这一比例将达到16%以上。',
      '',
      '四、运动场地不足',
      '',
      '问题：全区有4所小学生均体育运动场馆面积未达到标准。整改：投入资金900万元改造运动场地，新增运动场地面积8000平方米。',
      '',
      '五、其他',
      '',
      '目前全区有专任教师5200人，中小学校52所，该项指标已达到1.2人。',
    ].join('\n'),
    '2026-03-20',
  );
  const dateOf = dateIn(facts);
  const fact = (quote: string) => facts.find((f) => f.quote.includes(quote));

  it('dates the findings it restates by the inspection, not by the report', () => {
    expect(dateOf('0.82人')).toBe('2025-10');
    expect(dateOf('12个')).toBe('2025-10');
    expect(dateOf('8.8平方米')).toBe('2025-10');
  });

  it('leaves a figure that is no finding dated by the report', () => {
    expect(dateOf('5200人')).toBe('2026-03-20');
  });

  it('reads a figure that points back as the quantity named before it', () => {
    expect(fact('0.93人')).toMatchObject({
      indicator: 'pe-arts-teachers-per-100-pupils-junior',
      date: '2026-03-20',
    });
    expect(fact('10.4%')).toMatchObject({ indicator: 'teacher-rotation-share', date: '2026-02' });
  });

  it('dates a target that points back by the time its own clause sets', () => {
    expect(fact('16%')).toMatchObject({
      indicator: 'teacher-rotation-share',
      status: 'target',
      date: '2027-12',
    });
  });

  it('keeps the steps taken for the schools of one level a problem names off layers of all', () => {
    expect(fact('900万元')).toBeUndefined();
    expect(fact('8000平方米')).toBeUndefined();
    expect(fact('120人')?.indicator).toBe('teachers-rotated');
  });

  it('reads nothing when the paragraph named no quantity of the kind it points to', () => {
    expect(fact('1.2人')).toBeUndefined();
  });
});

describe('counties of a city that passed the assessment', () => {
  it('reads how many have passed and how many are to', () => {
    expect(drawnOn('全市11个区县中已有7个通过国家督导评估', '7个')).toBe(
      'counties-to-meet-standard',
    );
    expect(drawnOn('力争全市通过的区县达到10个', '10个')).toBe('counties-to-meet-standard');
    expect(drawnOn('争取通过省级评估的县（市、区）达到9个', '9个')).toBe(
      'counties-to-meet-standard',
    );
  });

  it('counts those passed so far at a bulletin’s cut-off, not on its day of issue', () => {
    const facts = readFacts(
      [
        '教育工作简报',
        '',
        '各区县优质均衡发展推进情况（截至9月底）',
        '',
        '今年以来，各区县加快补齐短板，全市已有3个区县通过省级评估。',
      ].join('\n'),
      '2025-10-15',
    );
    expect(dateIn(facts)('3个')).toBe('2025-09');
  });

  it('leaves the count of the city’s counties out', () => {
    const text = '全市11个区县中已有7个通过国家督导评估';
    const reason = exclusionReason(text, quantityAt(text, '11个'), place(text, '11个').sentence);
    expect(reason).toMatch(/count of regions/);
  });
});

describe('schools measured against the standard', () => {
  it('reads the schools below the bar, then each level’s part', () => {
    const text = '逐校核查后，未达标的9所中，小学5所、初中4所。';
    expect(drawnOn(text, '9所')).toBe('substandard-schools');
    expect(drawnOn(text, '5所')).toBe('substandard-schools-primary');
    expect(drawnOn(text, '4所')).toBe('substandard-schools-junior');
  });

  it('reads the share of schools meeting every indicator, not their count', () => {
    const text = '全县学校中各项指标全部达标的有88所，占90.7%。';
    expect(drawnOn(text, '90.7%')).toBe('standardised-schools-rate');
    expect(drawnOn(text, '88所')).toBeNull();
  });
});

describe('a shortfall of teachers', () => {
  it('is a count of teachers lacking, not the ratio per 100 pupils before it', () => {
    const text = '初中每百名学生拥有体育、艺术专任教师0.85人，全县仍缺音乐、美术教师21名。';
    expect(drawnOn(text, '21名')).toBe('teacher-shortfall-pe-arts');
    expect(drawnOn(text, '0.85人')).toBe('pe-arts-teachers-per-100-pupils-junior');
    expect(drawnOn('全县缺少体育、音乐、美术教师26名', '26名')).toBe('teacher-shortfall-pe-arts');
  });
});

describe('an area per pupil beside an area built', () => {
  it('is not read as sports-ground area built', () => {
    const text = '新建运动场地2.1万平方米，改造后各校生均面积均超过9平方米。';
    expect(drawnOn(text, '2.1万平方米')).toBe('sports-ground-area');
    expect(drawnOn(text, '9平方米')).toBeNull();
  });

  it('is not read as floor area built', () => {
    const text = '新建校舍1.5万平方米，生均校舍面积达到6.3平方米。';
    expect(drawnOn(text, '1.5万平方米')).toBe('building-area');
    expect(drawnOn(text, '6.3平方米')).toBeNull();
  });
});
