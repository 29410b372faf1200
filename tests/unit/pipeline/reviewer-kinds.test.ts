/**
 * Kinds of wording a reviewer's own sentences showed the merged reader getting wrong, each rule on
 * sentences of its kind written for this test: a deadline «年底前» after a year of its own, a
 * county of one character after its province's short name, a named town that has schools,
 * «下乡» before «内容», a province's letter to a county, an office a circular commends in its
 * body, findings under a review heading after a statistics line, a problem as the topic of a
 * year's work, a table's achieved column under a plan's heading,
 * a year mentioned in passing in a paragraph a year opens, a gap's stocks after «去年，» under a
 * review's heading that names gaps,
 * a scheme's recruits by any recruiting verb, the
 * verbs of a change reaching a value.
 */
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { TOWN_AREA } from '../../../src/pipeline/area-words.ts';
import { issuerOffices } from '../../../src/pipeline/issuer.ts';
import { reportPeriods } from '../../../src/pipeline/periods.ts';
import { paragraphAsOf } from '../../../src/pipeline/stated-dates.ts';
import { drawnOn, quantityAt } from './reading-helpers.ts';
import { lastSemicolon } from '../../../src/pipeline/figure-words.ts';
import { sentenceAround } from '../../../src/pipeline/text.ts';
import { withVerbs, type Vocabulary } from '../../../src/pipeline/vocabulary.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { UNIVERSE as universe } from './china-regions.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { standsAsName } from '../../../src/pipeline/place-names.ts';

describe('a deadline «年底前» written after a year', () => {
  const due = (text: string) => findDates(text, 0, text.length, '2024').map((d) => d.date);

  it('is the end of that year, not of the year the text is written in', () => {
    expect(due('力争2026年年底前新增公办学位2000个。')).toEqual(['2026-12']);
    expect(due('到2027年年底前建成智慧教室40间。')).toEqual(['2027-12']);
  });

  it('is the end of the year a relative word names («明年», «今年»)', () => {
    expect(due('计划明年年底前改扩建初中2所。')).toEqual(['2025-12']);
    expect(due('争取今年年底前完成校舍加固。')).toEqual(['2024-12']);
  });
});

describe("a county of one character after its province's short name", () => {
  const stands = (text: string, name: string) => standsAsName(text, text.indexOf(name), name);

  it('stands as the county («安徽和县», «江苏沛县»)', () => {
    expect(stands('据了解，安徽和县本学期新开办小学2所。', '和县')).toBe(true);
    expect(stands('江苏沛县去年新增学位1500个。', '沛县')).toBe(true);
  });

  it('is still no name inside other words («城东小学和县…»)', () => {
    expect(stands('城东小学和县实验中学结成共同体。', '和县')).toBe(false);
  });
});

describe('a named town that has what follows («某某镇有»)', () => {
  const town = (text: string) => [...text.matchAll(TOWN_AREA)].map((m) => m[0]);

  it('speaks of the town, as «全镇» does', () => {
    expect(town('塘栖镇有公办小学4所，初中1所。')).toEqual(['镇']);
    expect(town('黄湖乡有村小3所。')).toEqual(['乡']);
  });

  it("is not the county's towns together («乡镇有», «城镇有», «各镇有»)", () => {
    expect(town('全区乡镇有寄宿制学校12所，城镇有小学20所，各镇有中心幼儿园1所。')).toEqual([]);
  });
});

describe('going to the countryside before «内容» («送教下乡内容»)', () => {
  it('names no town', () => {
    const text = '名师送教下乡内容涵盖12个学科，惠及教师900人次；返乡内涵建设同步推进。';
    expect([...text.matchAll(TOWN_AREA)]).toEqual([]);
    expect([...'镇内学校共有教师300人。'.matchAll(TOWN_AREA)].map((m) => m[0])).toEqual(['镇内']);
  });
});

describe("a province's letter to a county", () => {
  const signed = '浙江省人民政府教育督导委员会办公室';

  it('is about the county it is addressed to and calls «你县»', () => {
    const letter = [
      '长兴县人民政府：',
      '省评估组于今年三月对你县开展了实地核查。全县共有义务教育学校48所，全县初中平均班额43人。',
      signed,
    ].join('\n');
    expect(inferRegion(universe, '关于反馈实地核查意见的函', letter)).toBe('330522');
  });

  it('is the county its text speaks of as its whole («全县»), not the signing province', () => {
    const letter = ['长兴县全县小学专任教师缺口60人，全县要补齐短板。', signed].join('\n');
    expect(inferRegion(universe, '实地核查反馈意见', letter)).toBe('330522');
  });
});

describe('an office a circular names in its body', () => {
  const circular = [
    '关于通报表扬2024年度学位建设先进单位的通知',
    '各县（市、区）教育局：',
    '全市今年新增公办学位2.8万个。现对以下单位予以通报表扬：',
    '临平区教育局',
    '富阳区教育局',
    '特此通知。',
  ];

  it('is not the office the circular speaks as', () => {
    expect(issuerOffices(circular.join('\n'))).toEqual([]);
  });

  it('is not, but its sign-off is, with the date under it', () => {
    const signed = [...circular, '杭州市教育局', '2025年1月8日'].join('\n');
    expect(issuerOffices(signed)).toEqual(['杭州市教育局']);
  });
});

describe('findings under a review heading after a line of statistics', () => {
  const facts = dryRunFacts(scratchFolders());

  it('are of the statistics year, not of the publication', () => {
    const text = [
      '某区义务教育优质均衡发展评估报告',
      '本次评估以2023年教育事业统计数据为依据。',
      '一、2023年工作成效和存在问题',
      '全区初中大班额仍有21个。',
    ].join('\n');
    expect(dateIn(facts(text, '2024-07-15'))('大班额仍有21个')).toBe('2023');
  });
});

describe("a problem as the topic of a year's work in a heading", () => {
  const findings = (heading: string) => {
    const text = `${heading}\n全县今年消除大班额15个。`;
    const dates = findDates(text, 0, text.length, '2024');
    return reportPeriods(text, { start: 0, end: text.length }, dates)[0]?.findings ?? false;
  };

  it('reviews the work, finding nothing short', () => {
    expect(findings('二、2023年解决校外培训问题工作情况')).toBe(false);
  });

  it('differs from a heading with a clause of problems of its own', () => {
    expect(findings('一、2023年工作成效和存在的不足')).toBe(true);
    expect(findings('二、2023年工作进展及主要问题')).toBe(true);
    expect(findings('三、存在问题和2025年工作打算')).toBe(true);
  });
});

describe("a table's achieved column under a plan's heading", () => {
  const facts = dryRunFacts(scratchFolders());

  it('is of the statistics the report reviews, never after its publication', () => {
    const text = [
      '某区义务教育优质均衡发展中期评估报告',
      '本次评估以2023年教育事业统计数据为依据。',
      '二、存在问题和2025年工作打算',
      '指标　实际值　目标值',
      '初中平均班额　48人　45人',
    ].join('\n');
    const read = facts(text, '2024-06-20');
    expect(read.find((f) => f.value === 48)).toMatchObject({ status: 'achieved', date: '2023' });
    expect(read.find((f) => f.value === 45)).toMatchObject({ status: 'target', date: '2025' });
  });
});

describe('a year mentioned in passing in a paragraph a year opens', () => {
  const asOf = (text: string, quote: string) =>
    paragraphAsOf(findDates(text, 0, text.length, '2024'), text, 0, text.indexOf(quote));

  it('does not date the sentences after it; the opening year still does', () => {
    const text =
      '2023年，全县新建校舍3.2万平方米。全县各校已于2018年全部完成标准化建设。初中平均班额44人。';
    expect(asOf(text, '初中平均班额')).toBe('2023');
  });

  it('gives way to a time a later sentence opens with', () => {
    const text =
      '2023年，全县新建校舍3.2万平方米。截至2024年3月，全县共有小学31所。小学巩固率100%。';
    expect(asOf(text, '小学巩固率')).toBe('2024-03');
  });
});

describe("the gaps a review's heading names, in a paragraph opened by «去年，»", () => {
  const facts = dryRunFacts(scratchFolders());
  const heading = '一、去年的成绩值得肯定，短板也要正视';

  it("are of the day the text speaks, the year's results of that year", () => {
    const text = [
      '在全县教育工作推进会上的讲话',
      heading,
      '去年，全县改扩建学校4所。全县初中仍有大班额17个，音乐教师缺口45人。',
    ].join('\n');
    const dated = dateIn(facts(text, '2025-03-05'));
    expect(dated('改扩建学校4所')).toBe('2024');
    expect(dated('大班额17个')).toBe('2025-03-05');
  });

  it('are of the time an explicit «截至…» opening names', () => {
    const text = [
      '在全县教育工作推进会上的讲话',
      heading,
      '截至2024年底，全县初中仍有大班额17个。',
    ].join('\n');
    expect(dateIn(facts(text, '2025-03-05'))('大班额17个')).toBe('2024-12');
  });
});

describe("a scheme's recruits by any recruiting verb", () => {
  it("are the scheme's, whichever verb of the one list says so", () => {
    expect(drawnOn('全县通过“特岗计划”招了教师26名。', '26')).toBe(
      'special-post-teachers-recruited',
    );
    expect(drawnOn('全县通过特岗计划新进教师26名。', '26')).toBe('special-post-teachers-recruited');
  });

  it("write a change's verbs into a pattern by name, and refuse a change there is none of", () => {
    const vocabulary = {
      changes: { recruited: { verbs: ['招聘', '新进'] } },
    } as unknown as Vocabulary;
    expect(withVerbs(vocabulary, ['特岗{verbs:recruited}教师'], 'x')).toEqual([
      '特岗(?:招聘|新进)教师',
    ]);
    expect(() => withVerbs(vocabulary, ['{verbs:moved}'], 'indicators.3')).toThrow(/moved/);
  });
});

describe('the verbs of a change reaching a value', () => {
  const carried = (text: string, number: string) => {
    const q = quantityAt(text, number);
    return lastSemicolon(text, sentenceAround(text, q.start), q);
  };

  it('carry the quantity named before past a «；», whichever verb of the one list', () => {
    expect(carried('全县专任教师3100人；2024年提升至3260人。', '3260')).toBe(0);
    expect(carried('全县专任教师3100人；2024年增至3260人。', '3260')).toBe(0);
  });

  it('do not, when the words after the «；» name a quantity of their own', () => {
    expect(carried('全县专任教师3100人；新建学校4所。', '4所')).toBeGreaterThan(0);
  });
});
