/**
 * Kinds of wording of the genre that the corpus (tests/fixtures/documents) showed the reader
 * getting wrong, each rule on sentences of its kind written for this test: a county's short name
 * that is an everyday word, a year that opens a sentence as its topic, a review of a five-year
 * plan, «上年» under a heading that reviews a year, a change «由A降至B», class sizes and their
 * caps, a threshold that defines what is counted, a heading of next steps, growth rates, shares
 * of those eligible and the clause of a share, «不超过», groups by their other names.
 */
import { describe, expect, it } from 'vitest';
import { findDates, saysNow } from '../../../src/pipeline/dates.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';
import { scanArabic } from '../../../src/pipeline/quantity.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { reportPeriods, withReviewedYears } from '../../../src/pipeline/periods.ts';
import { findsRegion } from '../../../src/pipeline/place-names.ts';
import { place, quantityAt, readIndicator } from './reading-helpers.ts';
import { UNIVERSE as universe } from './china-regions.ts';

const region = (code: string) => universe.byCode.get(code)!;

describe('a county’s two-character short name is a word, not the county', () => {
  it.each([
    ['360112', '新建'],
    ['450329', '资源'],
    ['623001', '合作'],
    ['350628', '平和'],
    ['640302', '利通'],
  ])('%s is not found by «%s»', (code, name) => {
    expect(findsRegion(region(code), name)).toBe(false);
  });

  it.each([
    ['360112', '新建区'],
    ['450329', '资源县'],
    ['130426', '涉县'],
    ['532900', '大理州'],
    ['610700', '汉中'],
  ])('%s is found by «%s»', (code, name) => {
    expect(findsRegion(region(code), name)).toBe(true);
  });

  it('infers the subject from the county the text names in full, not from a verb', () => {
    const text = '全年新建城区学校3所，资源配置持续优化，顺利通过省级评估。\n仁寿县教育和体育局';
    expect(inferRegion(universe, '关于第56号建议的答复', text)).toBe('511421');
  });
});

describe('a year that opens a sentence as its topic', () => {
  const text = '2023年，全县小学、初中差异系数分别为0.42和0.37，目前共有义务教育学校58所';
  const dates = findDates(text, 0, text.length, '2024');

  it('dates the stock of the clause right after it', () => {
    expect(statedDate(dates, text, place(text, '0.42'), false)).toBe('2023');
    expect(statedDate(dates, text, place(text, '0.37'), false)).toBe('2023');
  });

  it('leaves a stock of a later clause to the report’s date', () => {
    expect(statedDate(dates, text, place(text, '58所'), false)).toBeNull();
  });

  it('reads «截至2022年底，» as such a topic', () => {
    const s = '截至2022年底，城区小学平均班额46.2人';
    expect(statedDate(findDates(s, 0, s.length, '2023'), s, place(s, '46.2'), false)).toBe(
      '2022-12',
    );
  });
});

describe('«截至…，» states its whole sentence as of that date', () => {
  it('dates a stock two clauses on', () => {
    const s = '截至2020年底，全县新增学位5200个，67所义务教育学校全部达标';
    expect(statedDate(findDates(s, 0, s.length, '2021'), s, place(s, '67所'), false)).toBe(
      '2020-12',
    );
  });
});

describe('a review of a five-year plan', () => {
  const text =
    '某县“十三五”教育发展回顾与“十四五”展望\n五年来，全县新建学校4所。\n目前，全县有学生4.1万人。';
  const whole = { start: 0, end: text.length };

  it('is a review of the plan’s last year', () => {
    const [period] = reportPeriods(text, whole, findDates(text, 0, text.length, '2021'));
    expect(period).toMatchObject({ year: '2020', kind: 'review' });
  });

  it('leaves a figure counted «目前» to the report’s date', () => {
    expect(saysNow(text.slice(text.indexOf('目前'), text.indexOf('4.1')))).toBe(true);
    expect(saysNow('五年来，全县新建学校')).toBe(false);
  });
});

describe('«上年» and «由A降至B» under a heading that reviews a year', () => {
  const text = '二、2023年工作回顾\n城区学校大班额比例由上年的7.5%降至1.2%。';
  const found = findDates(text, 0, text.length, '2024');
  const dates = withReviewedYears(
    found,
    reportPeriods(text, { start: 0, end: text.length }, found),
  );

  it('dates the starting value by the year before the one reviewed', () => {
    expect(statedDate(dates, text, place(text, '7.5'), false)).toBe('2022');
  });

  it('leaves the value reached to the year reviewed, not to «上年»', () => {
    expect(statedDate(dates, text, place(text, '1.2'), false)).toBeNull();
  });

  it('keeps «由2015年的97.2%提高到2020年的101.3%» to its own dates', () => {
    const s = '毛入学率由2015年的97.2%提高到2020年的101.3%';
    const d = findDates(s, 0, s.length, '2021');
    expect(statedDate(d, s, place(s, '97.2'), false)).toBe('2015');
    expect(statedDate(d, s, place(s, '101.3'), false)).toBe('2020');
  });
});

describe('class sizes: an average, and the cap a rule sets', () => {
  it.each([
    // The urban schools' classes: a scope of their own, not the county's.
    ['城区小学平均班额由2019年的52.6人下降到46.2人', '46.2', 'average-class-size-urban'],
    ['部分小学平均班额仍达48人', '48', 'average-class-size'],
    ['城区小学班均学生52人', '52', 'average-class-size-urban'],
    ['到2024年底，小学、初中班额分别控制在不超过45人、50人', '50', 'class-size-limit'],
    ['秋季学期起每班不超过45人、初中不超过50人', '45', 'class-size-limit'],
  ])('reads «%s» (%s) as %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });

  it('reads no cap of first-year classes or urban schools as the county’s', () => {
    expect(readIndicator('起始年级每班不超过45人、初中不超过50人', '45')).toBeNull();
    expect(readIndicator('城区初中每班不超过50人', '50')).toBeNull();
  });

  it('does not read the standard’s cap quoted for comparison', () => {
    expect(readIndicator('国家标准要求初中班额不超过50人', '50')).toBeNull();
  });

  it.each([
    ['城区学校56人以上大班额已全部消除', '56'],
    ['66人以上超大班额全部消除', '66'],
    ['全县50名以上学生的学校有12所', '50'],
    ['50岁以上教师占比超过四成', '50'],
  ])('leaves the threshold of «%s» out', (text, number) => {
    const q = quantityAt(text, number);
    expect(exclusionReason(text, q, { start: 0, end: text.length })).toMatch(/threshold/);
  });

  it('keeps a condition of service (1年以上经历) a figure', () => {
    const text = '将到乡村学校任教1年以上经历作为申报高级教师职称的必要条件';
    const q = scanArabic(text)[0]!;
    expect(exclusionReason(text, q, { start: 0, end: text.length })).toBeNull();
  });

  it('dates a cap by the horizon its sentence opens with', () => {
    const s = '到2024年底，小学、初中班额分别控制在不超过45人、50人';
    expect(statedDate(findDates(s, 0, s.length, '2022'), s, place(s, '45人'), false)).toBe(
      '2024-12',
    );
  });

  it.each(['由', '从'])(
    'dates a change’s undated start by the dated start before it (%s)',
    (from) => {
      const s = `小学平均班额${from}2019年的52.6人下降到46.2人，初中${from}57.1人下降到49.8人`;
      const d = findDates(s, 0, s.length, '2023');
      expect(statedDate(d, s, place(s, '57.1'), false)).toBe('2019');
      expect(statedDate(d, s, place(s, '49.8'), false)).toBeNull();
    },
  );
});

describe('a heading of next steps without a year', () => {
  const text = '二、下一步工作打算\n一是加快学校建设，预计新增学位3600个。';
  const whole = { start: 0, end: text.length };
  const dates = findDates(text, 0, text.length, '2023');

  it('plans for the year of a report of May', () => {
    expect(reportPeriods(text, whole, dates, '2023-05-16')[0]).toMatchObject({
      year: '2023',
      kind: 'plan',
    });
  });

  it('plans for the next year in a report of December', () => {
    expect(reportPeriods(text, whole, dates, '2023-12-20')[0]?.year).toBe('2024');
  });
});

describe('growth rates and shares of spending and of enrolment, never of the economy', () => {
  it.each([
    ['全年完成教育基建投资9.3亿元，同比增长12.4%', '12.4', 'education-spending-growth'],
    ['全市教育支出增幅仅为1.2%，低于财政收入增幅', '1.2', 'education-spending-growth'],
    ['在校生由2021年的5.2万人增加到今年的5.6万人，增长7.7%', '7.7', 'enrolment-growth'],
    ['全县教育支出占一般公共预算支出的比重达到21.3%', '21.3', 'education-spending-share'],
    ['地区生产总值增长5.8%', '5.8', null],
    ['城乡居民人均可支配收入分别增长4.6%和7.2%', '4.6', null],
    // An average over five years is not the change of one year: it has a per-year layer.
    [
      '累计投入义务教育经费18.7亿元，年均增长9.1%',
      '9.1',
      'compulsory-education-spending-growth-per-year',
    ],
    ['累计投入经费18.7亿元，年均增长9.1%', '9.1', null],
  ])('reads «%s» (%s) as %s', (text, number, id) => {
    expect(readIndicator(text, number)).toBe(id);
  });
});

describe('a share of those eligible, in the clause after the count', () => {
  const text = '2023年全市交流轮岗教师287人，占应交流教师总数的16.8%';

  it('is the rotation share', () => {
    expect(readIndicator(text, '16.8')).toBe('teacher-rotation-share');
    expect(readIndicator('全年交流轮岗教师638人，占符合交流条件教师总数的14.6%', '14.6')).toBe(
      'teacher-rotation-share',
    );
  });

  it('takes the date of the clause it is a share of', () => {
    expect(
      statedDate(findDates(text, 0, text.length, '2024'), text, place(text, '16.8'), false),
    ).toBe('2023');
  });

  it('keeps the backbone share of those exchanged apart', () => {
    expect(readIndicator('交流教师210人，其中骨干教师占交流总数的20%', '20')).toBe(
      'backbone-share-among-exchanged',
    );
  });
});

describe('«不超过» and «不多于» bound from above', () => {
  it.each([
    ['每班不超过45人', 'atMost'],
    ['班额不多于45人', 'atMost'],
    ['教师超过300人', 'atLeast'],
  ] as const)('%s → %s', (text, qualifier) => {
    expect(qualifierAt(text, text.search(/\d/), 'exact')).toBe(qualifier);
  });

  it.each([
    ['小学、初中班额分别控制在不超过45人、50人', '50人', 'atMost'],
    ['差异系数分别控制在0.45、0.40以内', '0.45', 'atMost'],
    ['分别达到4.2人、5.3人以上', '4.2人', 'atLeast'],
    ['新建小学5所、初中3所', '5所', 'exact'],
  ] as const)('in «%s», %s is %s', (text, number, qualifier) => {
    const at = text.indexOf(number);
    expect(qualifierAt(text, at, 'exact', at + number.length)).toBe(qualifier);
  });
});

describe('school groups by their other names', () => {
  it('counts «城乡教育共同体22个» as groups, not school places', () => {
    expect(readIndicator('涉县新增学位3600个，组建城乡教育共同体22个', '22')).toBe(
      'education-groups',
    );
  });

  it('counts schools and kindergartens in groups apart from schools alone', () => {
    expect(readIndicator('全区近100所中小学、幼儿园全部纳入集团管理', '100')).toBe(
      'schools-and-kindergartens-in-groups',
    );
    expect(readIndicator('全区35所中小学全部纳入集团管理', '35')).toBe('schools-in-groups');
  });
});
