/**
 * Kinds of wording that four documents written unseen (a province's pre-assessment notice, a
 * city's press conference, a county's budget report, a paired-aid feature) showed the reader
 * getting wrong, each rule on sentences of its kind written for this test.
 */
import { describe, expect, it } from 'vitest';
import { placeHeadingAt, placeHeadings } from '../../../src/pipeline/place-headings.ts';
import { attributeCarried, type UnplacedFigure } from '../../../src/pipeline/regions.ts';
import { aiderOf } from '../../../src/pipeline/paired-aid.ts';
import { unknownPlaces } from '../../../src/pipeline/review.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { sentenceTopic } from '../../../src/pipeline/stated-dates.ts';
import { reportPeriods } from '../../../src/pipeline/periods.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';
import { scanArabic, scanChinese, type Quantity } from '../../../src/pipeline/quantity.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { MATCHERS, place, quantityAt, statusOf } from './reading-helpers.ts';
import { UNIVERSE as universe, CHINA_INDEX as index } from './china-regions.ts';

describe('a place named as a heading takes the figures under it', () => {
  /** The region the reader gives the figure written `quote` in `text`, the subject being `subject`. */
  function regionOf(text: string, quote: string, subject: string): string | UnplacedFigure {
    const headings = placeHeadings(index, text, { start: 0, end: text.length }, () => subject);
    const at = text.indexOf(quote);
    const paragraph = text.lastIndexOf('\n', at) + 1;
    const context = placeHeadingAt(headings, at)?.region ?? subject;
    return attributeCarried(index, text, clauseAround(text, at), context, paragraph);
  }

  it('reads «全市» under «二、樟树市。» as that city, not the province', () => {
    const text =
      '一、南昌县。差异系数为0.36。\n二、樟树市。差异系数为0.41。全市小学平均班额为41.2人，教师交流比例达到17.3%。\n公示期为7天。';
    expect(regionOf(text, '41.2人', '360000')).toBe('360982');
    expect(regionOf(text, '17.3%', '360000')).toBe('360982');
    expect(regionOf(text, '0.36', '360000')).toBe('360121');
  });

  it('holds a heading on a line of its own to the next heading, not past it', () => {
    const text =
      '（一）婺源县\n全县乡村教师生活补助人均每月800元。\n村小120所。\n（二）全省情况\n全省新增学位5万个。';
    expect(regionOf(text, '800元', '360000')).toBe('361130');
    expect(regionOf(text, '120所', '360000')).toBe('361130');
    expect(regionOf(text, '5万个', '360000')).toBe('360000');
  });

  it('takes no heading that is more than the place’s name', () => {
    const text = '樟树市教育局工作总结\n全市新增学位1200个。';
    expect(placeHeadings(index, text, { start: 0, end: text.length }, () => '360000')).toEqual([]);
  });
});

/** Why the reader leaves out the number written `number` in `text` (null: it reads it). */
function leftOut(text: string, number: string): string | null {
  const chinese = scanChinese(text).find(
    (x) => x.value !== null && text.slice(x.start).startsWith(number),
  );
  const q = chinese?.value == null ? quantityAt(text, number) : (chinese as Quantity);
  return exclusionReason(text, q, sentenceAround(text, q.start, q.end));
}

describe('a bar quoted from a standard is not the place’s figure', () => {
  it.each([
    ['小学、初中差异系数分别为0.36、0.28，低于评估办法规定的0.50和0.45。', '0.50'],
    ['小学、初中差异系数分别为0.36、0.28，低于评估办法规定的0.50和0.45。', '0.45'],
    ['差异系数为0.44，其中小学接近0.50的上限。', '0.50'],
    ['生均公用经费小学720元、初中940元，高于国家基准定额小学650元、初中850元。', '650元'],
    ['生均公用经费小学720元、初中940元，高于国家基准定额小学650元、初中850元。', '850元'],
    ['生均校舍面积均达到省定标准8.2平方米。', '8.2平方米'],
  ])('%s: %s', (text, number) => {
    expect(leftOut(text, number)).toMatch(/bar of a standard/);
  });

  it.each([
    ['差异系数为0.44，其中小学接近0.50的上限。', '0.44'],
    ['生均公用经费小学720元、初中940元，高于国家基准定额小学650元、初中850元。', '940元'],
    ['县财政按小学720元、初中940元的标准拨付生均公用经费。', '940元'],
  ])('%s: %s is the place’s own', (text, number) => {
    expect(leftOut(text, number)).toBeNull();
  });
});

/** The indicator read for `number` in `text`, its windows as facts.ts gives them (segment, clause, sentence). */
function readIndicator(text: string, number: string, at = text.indexOf(number)): string | null {
  const q = scanArabic(text).find((x) => x.start === at);
  if (q === undefined) throw new Error(`no quantity at ${at} in ${text}`);
  const sentence = sentenceAround(text, at);
  const clause = clauseAround(text, at);
  return matchIndicator(MATCHERS, text, q, [clause, clause, sentence], sentence)?.id ?? null;
}

/** The years and kinds (review, plan) of the periods `text`'s headings open, published on `published`. */
function periodsOf(text: string, published: string) {
  const dates = findDates(text, 0, text.length, published);
  return reportPeriods(text, { start: 0, end: text.length }, dates).map(({ year, kind }) => ({
    year,
    kind,
  }));
}

describe('a budget report: what was spent, what is budgeted, and for what', () => {
  it('plans the year of «预算草案» and reviews the year of «预算执行情况»', () => {
    const text =
      '一、2024年预算执行情况\n全县教育支出完成5.86亿元。\n二、2025年预算草案\n其中：安排营养改善计划资金1300万元。';
    expect(periodsOf(text, '2025-01-16')).toEqual([
      { year: '2024', kind: 'review' },
      { year: '2025', kind: 'plan' },
    ]);
  });

  it('takes no period from a title naming both the year reviewed and the year planned', () => {
    const text =
      '关于2024年预算执行情况和2025年预算草案的报告\n县财政局\n一、2024年预算执行情况\n教育支出完成5.86亿元。';
    expect(periodsOf(text, '2025')).toEqual([{ year: '2024', kind: 'review' }]);
  });

  it.each([
    ['2024年全县教育支出完成5.86亿元，增长6.3%。', '5.86亿元', 'education-funds-invested'],
    [
      '2025年全县教育支出安排6.1亿元，比上年执行数增长4.1%。',
      '6.1亿元',
      'education-funds-invested',
    ],
    ['今年市县两级财政安排教师绩效工资增量资金2.1亿元。', '2.1亿元', 'performance-pay-added'],
    // A part of a total with no purpose of the catalogue's is the total's kind of money.
    [
      '全县教育经费投入28.7亿元，其中义务教育学校建设资金4.35亿元。',
      '4.35亿元',
      'education-funds-invested',
    ],
  ])('%s: %s is %s', (text, number, indicator) => {
    expect(readIndicator(text, number)).toBe(indicator);
  });

  it('reads a fund’s purpose from its own clause, not from another sum’s', () => {
    const text = '其中：安排校舍建设及改薄资金1.2亿元；安排营养改善计划资金1300万元。';
    expect(readIndicator(text, '1.2亿元')).toBe('investment-weak-schools');
    // The nutrition scheme's funds: a concept of their own, not weak-school money.
    expect(readIndicator(text, '1300万元')).toBe('nutrition-subsidy-funds');
  });
});

describe('a range is one fact with an upper bound', () => {
  it.each([
    ['乡村教师生活补助按每人每月400元至1000元分档发放', 400, 1000, '元'],
    ['专项资金1万至2万元', 10000, 20000, '元'],
    ['交流期限为5至8年', 5, 8, '年'],
    ['骨干教师占比20%至30%', 20, 30, '%'],
  ])('%s', (text, value, upper, counter) => {
    expect(scanArabic(text)).toEqual([
      expect.objectContaining({ value, upper, counter, qualifier: 'atLeast' }),
    ]);
  });

  it('reads two quantities when the ends are written in different units', () => {
    expect(scanArabic('总投资5000万元至1.2亿元').map((q) => [q.value, q.upper])).toEqual([
      [50000000, null],
      [120000000, null],
    ]);
  });
});

describe('a rise against a base is not the rate', () => {
  it.each([
    ['生均公用经费基准定额提高到小学720元、初中920元，比上年各提高20元。', '20元'],
    ['生均公用经费基准定额在自治区标准基础上提高了100元。', '100元'],
    ['生均公用经费比国家基准定额高出50元。', '50元'],
  ])('%s: %s', (text, number) => {
    expect(leftOut(text, number)).toMatch(/change against a year earlier|rise over a base/);
  });

  it.each([
    ['生均公用经费基准定额提高到小学720元、初中920元，比上年各提高20元。', '920元'],
    ['教育支出在上年基础上增长6.3%。', '6.3%'],
  ])('%s: %s is read', (text, number) => {
    expect(leftOut(text, number)).toBeNull();
  });
});

describe('a plan’s target quoted in a later report', () => {
  /** The status of the number written `number` in `text`, published 2025-08-15, dated the end of 2024. */
  const quoted = (text: string, number: string) => statusOf(text, number, '2025-08-15', '2024-12');

  it('is a target of that plan though its horizon has passed', () => {
    const text = '《江孜县“十四五”教育发展规划》提出到2024年底巩固率达到97%，这一目标已经实现。';
    expect(quoted(text, '97%')).toBe('target');
    expect(quoted('县政府明确，到2024年底全县新增学位800个。', '800个')).toBe('target');
  });

  it('leaves a horizon reached, with no plan quoted, an achievement', () => {
    expect(quoted('到2024年底，全县巩固率达到97%。', '97%')).toBe('achieved');
  });
});

describe('numerals that are not quantities of the place', () => {
  it.each([
    ['对口支援咨询电话：0892-8172345。', '0892-8172345', /phone number/],
    ['一、2024年预算执行情况\n1．改善办学条件。投入资金9860万元。', '1', /list number/],
    ['九年义务教育巩固率达到97.6%。', '九年', /stage/],
    ['时间：2024年12月18日上午10时', '10', /time of day/],
    ['对申报的县开展了省级督导评估，实地查看学校214所。', '214所', /sample of an inspection/],
  ])('%s: %s', (text, number, reason) => {
    expect(leftOut(text, number)).toMatch(reason);
  });
});

describe('counts in Chinese numerals: of places, of schools, of those that pass', () => {
  it('leaves out a count of places («两个主城区»)', () => {
    expect(leftOut('请问两个主城区在扩充学位方面有哪些具体举措？', '两个')).toMatch(
      /count of regions/,
    );
  });

  it.each([
    ['帮助江孜县新建1所幼儿园、改扩建3所乡镇中小学。', '1所', 'kindergartens-built-or-expanded'],
    // Schools expanded, not built or expanded; its own «中小学» then draws it on that level's layer.
    ['帮助江孜县新建1所幼儿园、改扩建3所乡镇中小学。', '3所', 'schools-expanded-levels-unstated'],
    ['近三年，援藏资金还为全县28所农牧区学校配齐了录播教室。', '28所', 'rural-schools-supported'],
    ['不足100人的村小和教学点按100人核定。', '100人', 'min-funded-enrolment'],
  ])('%s: %s is %s', (text, number, indicator) => {
    expect(readIndicator(text, number, text.lastIndexOf(number))).toBe(indicator);
  });

  it('reads districts to pass an assessment named at length', () => {
    const text = '明年，力争3个区通过国家义务教育优质均衡发展督导评估。';
    expect(leftOut(text, '3个')).toBeNull();
    expect(readIndicator(text, '3个')).toBe('counties-to-meet-standard');
  });
});

describe('a transcript’s speaker before the sentence’s topic', () => {
  it('dates every clause by «明年» after «王建国：»', () => {
    const text = '王建国：明年，全市计划新建中小学校8所，力争3个区通过国家督导评估。';
    const dates = findDates(text, 0, text.length, '2024');
    expect(sentenceTopic(dates, text, place(text, '3个'))).toBe('2025');
  });
});

describe('paired aid: the aider’s figures stay with the aider', () => {
  /** The aider the number written `number` in `text` is given to, the report being 江孜县's. */
  function aider(text: string, number: string): string | null {
    const p = place(text, number);
    return aiderOf(index.aiders, text, p.clause, p.sentence, p.at, '540222');
  }

  it.each([
    ['上海市每年选派援藏教师不少于40名，以“组团式”方式支援江孜县。', '40名', '310000'],
    ['上海15个区的63所中小学与江孜县学校建立了“一对一”结对关系。', '63所', '310000'],
  ])('%s: %s is the aider’s', (text, number, code) => {
    expect(aider(text, number)).toBe(code);
  });

  it.each([
    ['上海市把教育援藏作为重点，累计投入教育援藏资金3.6亿元。', '3.6亿元'],
    ['上海市将到2026年再投入教育援藏资金8000万元。', '8000万元'],
    ['由上海援建的28所农牧区学校配齐了录播教室。', '28所'],
    ['江孜县上海实验学校选派骨干教师12名赴沪跟岗。', '12名'],
    ['江孜县选送本地骨干教师1100余人次赴沪跟岗研修。', '1100余人次'],
  ])('%s: %s is the aided county’s', (text, number) => {
    expect(aider(text, number)).toBeNull();
  });

  it('reports no unknown place in «上海市对口支援江孜县», and still one the base lacks', () => {
    const text = '上海市对口支援江孜县教育工作纪实。日喀则市新设立某某县。';
    const whole = { start: 0, end: text.length };
    expect(unknownPlaces(universe, text, whole).map((p) => p.text)).toEqual(['新设立某某县']);
  });

  it('takes nothing for a place elsewhere in a sentence not about aid', () => {
    expect(aider('上海市选派教师40名参加全国比赛。', '40名')).toBeNull();
  });
});
