/**
 * A fact's own scope (issue 21): levels, period, purpose of money and base of a share, each read
 * from the fact's own words. The sentences are written for this test in the genre's manner; the
 * last block checks what the build makes of the seeds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FactScope, PartialDate, Status, Unit } from '../../../src/lib/domain/schema.ts';
import { buildDataset } from '../../../src/pipeline/build.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { readScope, statedPurpose } from '../../../src/pipeline/fact-scope.ts';
import { coveringLevel } from '../../../src/pipeline/scope-levels.ts';
import { scanArabic } from '../../../src/pipeline/quantity.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';

interface Known {
  unit?: Unit;
  status?: Status;
  date?: PartialDate | null;
  published?: PartialDate;
  /** Which occurrence of the number (1-based) when the text has it more than once. */
  nth?: number;
}

/**
 * The scope of the quantity written `number` in `text`. The quantity's segment is its clause
 * here (facts.ts cuts a clause at the numbers in it; these sentences do not need it).
 */
function scopeOf(text: string, number: string, known: Known = {}): FactScope {
  const { unit = 'count', status = 'achieved', published = '2024-05-20', nth = 1 } = known;
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(number, at + 1);
  const q = scanArabic(text).find((x) => x.start === at);
  if (!q) throw new Error(`no quantity at ${number} in ${text}`);
  const clause = clauseAround(text, q.start, q.end);
  const dates = findDates(text, 0, text.length, published.slice(0, 4));
  return readScope(text, dates, {
    q,
    segment: clause,
    clause,
    sentence: sentenceAround(text, q.start, q.end),
    unit,
    status,
    date: known.date === undefined ? published : known.date,
    published,
  });
}

describe('school levels, from the fact’s own words', () => {
  it.each([
    ['全县现有小学42所', '42所', 'primary'],
    ['新建初中3所', '3所', 'junior'],
    ['全县义务教育学校在校生3.2万人', '3.2万人', 'compulsory'],
    ['改造中小学校舍1.5万平方米', '1.5万平方米', 'primary-secondary'],
    ['新建公办幼儿园6所', '6所', 'preschool'],
    ['普通高中在校生8000人', '8000人', 'senior-high'],
    ['全县各类中小学、幼儿园共210所', '210所', 'basic'],
    ['新建小学和初中9所', '9所', 'compulsory'],
    ['招聘教师120名', '120名', 'unstated'],
  ] as const)('%s → %s', (text, number, levels) => {
    expect(scopeOf(text, number).levels).toBe(levels);
  });

  it('takes the level nearest the number: each figure of «小学…所、初中…所» its own', () => {
    const text = '全县有小学31所、初中12所';
    expect(scopeOf(text, '31所').levels).toBe('primary');
    expect(scopeOf(text, '12所').levels).toBe('junior');
  });

  it('reads a level named after the number in its own clause', () => {
    expect(scopeOf('改扩建12所乡镇初中', '12所').levels).toBe('junior');
  });

  it('carries the level of an earlier clause to the figures listed after it', () => {
    const text = '全县有义务教育阶段学校40所，在校学生2.1万人，专任教师1800人';
    expect(scopeOf(text, '2.1万人').levels).toBe('compulsory');
    expect(scopeOf(text, '1800人').levels).toBe('compulsory');
  });

  it('carries the level into «其中…», a part of what the clause before counts', () => {
    const text = '全县有义务教育阶段学校40所，其中农村学校28所';
    expect(scopeOf(text, '28所').levels).toBe('compulsory');
  });

  it('does not carry a level into a clause with its own subject or time, nor past a semicolon', () => {
    expect(
      scopeOf('不足50人的小学按50人拨付经费，寄宿制学校每生每年另补300元', '300元').levels,
    ).toBe('unstated');
    expect(scopeOf('推进幼儿园教师编制改革，两年来补充教师600名', '600名').levels).toBe('unstated');
    expect(scopeOf('全县小学实现标准化；新招聘教师90名', '90名').levels).toBe('unstated');
  });

  it('reads nothing from a level after the number in another clause', () => {
    expect(scopeOf('每年安排300万元奖励教师，改善中小学班主任待遇', '300万元').levels).toBe(
      'unstated',
    );
  });

  it('gives money the level of the clause that says what it bought', () => {
    const text = '两年投入资金5.6亿元，新建改扩建中小学幼儿园40所';
    expect(scopeOf(text, '5.6亿元', { unit: 'yuan' }).levels).toBe('basic');
  });

  it('reads no level from schools named as examples before «等»', () => {
    expect(scopeOf('建成东湖小学、西山小学、北城学校等8所学校', '8所').levels).toBe('unstated');
    expect(scopeOf('新建县第二初级中学等学校4所', '4所').levels).toBe('unstated');
  });

  it('gives each number after «分别» the level named in its place', () => {
    const text =
      '小学、初中生均教学用房面积应分别达到4.5平方米、5.8平方米，该县分别为5.2平方米、6.1平方米';
    expect(scopeOf(text, '5.2平方米').levels).toBe('primary');
    expect(scopeOf(text, '6.1平方米').levels).toBe('junior');
    const coefficients = '综合差异系数小学为0.38、初中为0.33，两项分别为0.38和0.33';
    expect(scopeOf(coefficients, '0.33', { nth: 2 }).levels).toBe('junior');
  });

  it('names the smallest level covering a list', () => {
    expect(coveringLevel(['primary', 'junior'])).toBe('compulsory');
    expect(coveringLevel(['junior', 'senior-high'])).toBe('secondary');
    expect(coveringLevel(['primary-secondary', 'preschool'])).toBe('basic');
    expect(coveringLevel(['preschool', 'higher'])).toBe('all');
    expect(coveringLevel([])).toBe('unstated');
  });
});

describe('period: stock, flow or rate, with its bounds', () => {
  it('reads a standing count as a stock at the fact’s date', () => {
    expect(scopeOf('全县现有中小学86所', '86所').period).toEqual({
      kind: 'stock',
      from: null,
      to: '2024-05-20',
    });
  });

  it('reads «截至…底» as a stock at that date', () => {
    const text = '截至2023年底，全县共有专任教师3100人';
    expect(scopeOf(text, '3100人', { date: '2023-12' }).period).toEqual({
      kind: 'stock',
      from: null,
      to: '2023-12',
    });
  });

  it.each([
    ['2019年以来，全县累计新增学位9000个', '9000个', '2019'],
    ['“十三五”以来，新建学校11所', '11所', '2016'],
    ['近三年，全县补充教师480人', '480人', '2021'],
    ['三年来，招聘教师350名', '350名', '2021'],
    ['自2020年实施集团化办学以来，全县培养骨干教师260人', '260人', '2020'],
  ] as const)('%s: a flow from %s to the fact’s date', (text, number, from) => {
    expect(scopeOf(text, number).period).toEqual({ kind: 'flow', from, to: '2024-05-20' });
  });

  it('reads a plan period and a span of years as the flow’s bounds', () => {
    expect(scopeOf('“十三五”期间，全县新建学校7所', '7所', { date: '2020' }).period).toEqual({
      kind: 'flow',
      from: '2016',
      to: '2020',
    });
    expect(scopeOf('2021—2023年累计投入资金4.2亿元', '4.2亿元', { date: '2023' }).period).toEqual({
      kind: 'flow',
      from: '2021',
      to: '2023',
    });
  });

  it('reads a flow dated by one year as that year', () => {
    const text = '去年，全县新建改扩建学校6所';
    expect(scopeOf(text, '6所', { date: '2023' }).period).toEqual({
      kind: 'flow',
      from: '2023',
      to: '2023',
    });
  });

  it('reads «截至…» and «…年底» as the end of a flow, not its whole time', () => {
    for (const text of ['截至2023年6月，全县累计新建学校9所', '2023年底，全县累计新建学校9所'])
      expect(scopeOf(text, '9所', { date: '2023-06' }).period).toEqual({
        kind: 'flow',
        from: null,
        to: text.startsWith('截至') ? '2023-06' : '2023-12',
      });
  });

  it('reads a flow with no start stated as running to the fact’s date', () => {
    expect(scopeOf('全县累计投入资金3亿元', '3亿元', { unit: 'yuan' }).period).toEqual({
      kind: 'flow',
      from: null,
      to: '2024-05-20',
    });
  });

  it('reads a change against an earlier time as a flow from then', () => {
    const text = '全县教师人均工资比五年前增加1.8万元';
    expect(scopeOf(text, '1.8万元', { unit: 'yuan' }).period).toEqual({
      kind: 'flow',
      from: '2019',
      to: '2024-05-20',
    });
  });

  it('reads items described by their making as a flow', () => {
    expect(scopeOf('今年全县共有5所新建学校投入使用', '5所').period.kind).toBe('flow');
  });

  it('reads «连续三年每年» as a yearly rate over those years', () => {
    const text = '全县已连续三年每年新增学位超过6000个';
    expect(scopeOf(text, '6000个').period).toEqual({
      kind: 'rate',
      from: '2021',
      to: null,
      per: 'year',
    });
  });

  it('reads «增加到» as the level reached, a stock', () => {
    const text = '在校生由2021年的4.1万人增加到今年的4.6万人';
    expect(scopeOf(text, '4.6万人', { date: '2024' }).period.kind).toBe('stock');
  });

  it.each([
    ['县财政每年安排600万元用于教师培训', '600万元', 'yuan', 'year'],
    ['年均培训教师5000人次', '5000人次', 'person-times', 'year'],
    ['乡村教师生活补助每人每月400元', '400元', 'yuan', 'month'],
  ] as const)('%s: a rate per %s', (text, number, unit, per) => {
    expect(scopeOf(text, number, { unit }).period).toMatchObject({ kind: 'rate', per });
  });

  it('lets a planned rate run to its horizon', () => {
    const text = '到2026年，年均培训校长100人';
    expect(
      scopeOf(text, '100人', { status: 'target', date: '2026', published: '2024-03-01' }).period,
    ).toEqual({ kind: 'rate', from: null, to: '2026', per: 'year' });
  });

  it('reads a share as a stock even after a time span', () => {
    const text = '2020年以来，全县骨干教师占比达到24%';
    expect(scopeOf(text, '24%', { unit: 'percent' }).period.kind).toBe('stock');
  });
});

describe('purpose of money', () => {
  it.each([
    ['投资2.3亿元新建城东小学', '2.3亿元', 'school-building'],
    ['累计投入“改薄”资金1.1亿元', '1.1亿元', 'weak-school-improvement'],
    ['投入薄弱学校改造资金8000万元', '8000万元', 'weak-school-improvement'],
    ['新增奖励性绩效工资9000万元', '9000万元', 'pay'],
    ['发放乡村教师生活补助2600万元', '2600万元', 'subsidy'],
    ['偿还教育基建欠款1.2亿元', '1.2亿元', 'arrears'],
    ['化债资金3000万元', '3000万元', 'arrears'],
    ['投入1500万元购置实验室设备', '1500万元', 'equipment'],
    ['每年安排200万元用于教师培训', '200万元', 'training'],
    ['按每生每年650元拨付公用经费', '650元', 'operating-funds'],
    ['安排专项资金500万元表彰优秀教师', '500万元', 'awards'],
    ['累计投入资金6亿元', '6亿元', null],
  ] as const)('%s → %s', (text, number, purpose) => {
    expect(scopeOf(text, number, { unit: 'yuan' }).purpose).toBe(purpose);
  });

  it('is null for anything but money', () => {
    expect(scopeOf('新建学校5所', '5所', { unit: 'schools' }).purpose).toBeNull();
  });
});

describe('the purpose money’s own words state (the one that chooses its layer)', () => {
  /** statedPurpose of the money written `number` in `text`, its clause as its segment. */
  function stated(text: string, number: string) {
    const at = text.indexOf(number);
    const q = scanArabic(text).find((x) => x.start === at);
    if (!q) throw new Error(`no quantity at ${number} in ${text}`);
    const clause = clauseAround(text, q.start, q.end);
    const sentence = sentenceAround(text, q.start, q.end);
    return statedPurpose(text, {
      q,
      segment: clause,
      clause,
      sentence,
      unit: 'yuan',
      status: 'achieved',
      date: '2024',
      published: '2024-05-20',
    });
  }

  it.each([
    [
      '我们还投入约3.5亿元改造薄弱学校，全区学校标准化率达到100%',
      '3.5亿元',
      'weak-school-improvement',
    ],
    ['实施农村薄弱学校能力提升工程，投入资金不少于1.5亿元', '1.5亿元', 'weak-school-improvement'],
    ['今年计划开工建设4所学校，总投资约6.2亿元', '6.2亿元', 'school-building'],
    // What a later clause says was done is not what the money was for.
    ['武安市投入资金4.2亿元，新建学校5所', '4.2亿元', null],
    ['全县累计投入教育资金3.2亿元，新建、改扩建校舍4.6万平方米', '3.2亿元', null],
  ] as const)('%s → %s', (text, number, purpose) => {
    expect(stated(text, number)).toBe(purpose);
  });
});

describe('base of a share', () => {
  it.each([
    ['全县骨干教师占比达到31%', '31%', 'teachers'],
    ['公办幼儿园占比92%', '92%', 'kindergartens'],
    ['民办学校在校学生占比降至6.5%', '6.5%', 'pupils'],
    ['全县中小学配备心理教室的学校达到100%', '100%', 'schools'],
    ['力争80%的学校纳入集团化办学', '80%', 'schools'],
    ['大班额比例降至1.5%', '1.5%', 'classes'],
    ['校舍安全达标率达到98%', '98%', 'school-buildings'],
    ['安全事故同比下降15%', '15%', 'earlier-value'],
    ['覆盖率达到85%', '85%', 'unstated'],
    ['其中城区学校交流到乡村学校的比例达到30%', '30%', 'teachers'],
  ] as const)('%s → %s', (text, number, base) => {
    expect(scopeOf(text, number, { unit: 'percent' }).base).toBe(base);
  });

  it('is null for anything but a share', () => {
    expect(scopeOf('新建学校5所', '5所', { unit: 'schools' }).base).toBeNull();
  });
});

describe('the seeds', () => {
  const { dataset } = buildDataset(join(import.meta.dirname, '../../../seeds'));
  const scope = (source: string, quote: string) =>
    dataset.facts.find((f) => f.source === source && f.quote.includes(quote))?.scope;

  it('give every fact a scope, a purpose only to money and a base only to shares', () => {
    const units = new Map(dataset.indicators.map((i) => [i.id, i.unit]));
    for (const f of dataset.facts) {
      expect(f.scope, f.id).toBeDefined();
      if (units.get(f.indicator) !== 'yuan') expect(f.scope?.purpose, f.id).toBeNull();
      if (units.get(f.indicator) !== 'percent') expect(f.scope?.base, f.id).toBeNull();
    }
  });

  it('set apart the kinds of money a region reports', () => {
    expect(scope('003', '绩效工资4.48亿元')?.purpose).toBe('pay');
    expect(scope('003', '生活补助1.67亿元')?.purpose).toBe('subsidy');
    expect(scope('003', '补拨经费2.64亿元')?.purpose).toBe('arrears');
    expect(scope('003', '总投资79.36亿元')).toMatchObject({
      levels: 'basic',
      purpose: 'school-building',
      period: { kind: 'flow', from: '2021', to: '2022' },
    });
  });

  it('read the junior-school coefficient as junior, whatever its indicator counts', () => {
    expect(scope('000', '综合差异系数降至0.415')?.levels).toBe('junior');
  });

  it('read monthly bonuses as monthly rates and a running total since 2019 as a flow', () => {
    expect(scope('003', '每人每月200元')?.period).toMatchObject({ kind: 'rate', per: 'month' });
    expect(scope('003', '绩效工资4.48亿元')?.period).toEqual({
      kind: 'flow',
      from: '2019',
      to: '2023-03-21',
    });
  });
});
