/**
 * Kinds of place and time wording that three documents written unseen (a province's reply to a
 * deputy on one city's counties, a county's statistics bulletin, a town's report) showed the
 * reader getting wrong, each rule on sentences of its kind written for this test: a text that
 * speaks of «全省» as its whole, a clause of the whole province in a city's text, a town's
 * figures, a paragraph's opening year over its later sentences, a value a change reaches, and
 * three wordings of the vocabulary (the special-post scheme's recruits, the share of counties
 * passed written before its number, the weak-link fund), a deadline «年底前», a range of years,
 * findings after the statistics a report reviews, a statistics bulletin's list of schools, money
 * named by its purpose or its source.
 */
import { describe, expect, it } from 'vitest';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dateIn, dryRunFacts } from './dry-run-facts.ts';
import { findDates } from '../../../src/pipeline/dates.ts';
import { narrativeReason } from '../../../src/pipeline/narrative-numbers.ts';
import { openingDate, periodAt, reportPeriods } from '../../../src/pipeline/periods.ts';
import {
  attributeCarried,
  unplacedReason,
  type UnplacedFigure,
} from '../../../src/pipeline/regions.ts';
import { paragraphAsOf, statedDate } from '../../../src/pipeline/stated-dates.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { clauseAround, sentenceAround } from '../../../src/pipeline/text.ts';
import { drawnOn, place } from './reading-helpers.ts';
import { UNIVERSE as universe, CHINA_INDEX as index } from './china-regions.ts';

const HUNAN = '430000';
const HUAIHUA = '431200';
const YUANLING = '431222';

/** The region the reader gives the figure written `quote` in `text`, its section's region `context`. */
function regionOf(text: string, quote: string, context: string): string | UnplacedFigure {
  const at = text.indexOf(quote);
  const paragraph = text.lastIndexOf('\n', at) + 1;
  return attributeCarried(index, text, clauseAround(text, at), context, paragraph);
}

describe('a text that speaks of the whole province', () => {
  const reply = [
    '关于加快怀化市教育发展建议的答复',
    '一、全省情况。去年全省新增学位9.2万个，全省巩固率达到97.1%。',
    '二、怀化市情况。怀化市新建学校14所；怀化市所辖沅陵县新增学位1200个，辰溪县招聘教师210名。怀化市城区学位依然紧张。',
    '湖南省教育厅',
  ].join('\n');

  it('writes for the province it names, not for the city it names most', () => {
    expect(inferRegion(universe, '关于加快教育发展建议的答复', reply)).toBe(HUNAN);
  });

  it('still writes for the area it calls its own when it says «我县» as well', () => {
    const text =
      '我县今年新增学位800个，全省排名靠前，全省表彰3所学校。沅陵县教育局。沅陵县、怀化市、怀化市、怀化市。';
    expect(inferRegion(universe, '工作总结', text)).toBe(YUANLING);
  });

  it('gives a clause opening with «全省» in a city’s text to the province', () => {
    const text = '2024年全省计划招聘教师3500名，向怀化市倾斜不少于400名。';
    expect(regionOf(text, '3500名', HUAIHUA)).toBe(HUNAN);
    expect(regionOf('到2030年，全省通过评估的县占比达到60%。', '60%', HUAIHUA)).toBe(HUNAN);
  });

  it('leaves a clause comparing with the province to the place it is about', () => {
    const text = '沅陵县是全省面积最大的县，目前在校生超过8万人。';
    expect(regionOf(text, '8万人', HUAIHUA)).toBe(YUANLING);
    expect(regionOf('全县巩固率居全省第二，达到98.2%。', '98.2%', YUANLING)).toBe(YUANLING);
  });
});

describe('a town’s figures in a county', () => {
  const text =
    '全镇现有小学9所，在校学生3100人。全县现有小学86所，在校学生5.2万人。镇内学校投入资金500万元；全县投入资金2.1亿元。';

  it('gives the figures a town speaks of as its whole to no region, and says why', () => {
    for (const quote of ['9所', '3100人', '500万元']) {
      const place = regionOf(text, quote, YUANLING);
      expect(typeof place).toBe('object');
      expect(unplacedReason(index, place as UnplacedFigure)).toMatch(/town.*(全镇|镇内)/u);
    }
  });

  it('gives the county’s figures after them to the county', () => {
    for (const quote of ['86所', '5.2万人', '2.1亿元'])
      expect(regionOf(text, quote, YUANLING)).toBe(YUANLING);
  });

  it('reads no town in «乡镇», «城镇» or a town school’s name', () => {
    expect(regionOf('全县乡镇学校新增学位800个。', '800个', YUANLING)).toBe(YUANLING);
    expect(regionOf('城镇学校大班额减少到12个。', '12个', YUANLING)).toBe(YUANLING);
    expect(regionOf('黄溪镇中心小学新增学位360个。', '360个', YUANLING)).toBe(YUANLING);
  });
});

const read = dryRunFacts(scratchFolders());

describe('a town’s report read whole', () => {
  it('reads the county’s figures and none of the town’s', () => {
    const facts = read(
      '某镇教育工作汇报\n全镇现有义务教育学校8所，在校学生4200人。全区现有义务教育学校96所。\n',
      '2024-12-01',
    );
    expect(facts.map((f) => f.value)).toEqual([96]);
    expect(dateIn(facts)('96所')).toBe('2024-12-01');
  });
});

describe('a paragraph’s opening year over its later sentences', () => {
  /** The date paragraphAsOf gives the number written `number` in the one-paragraph `text`. */
  function asOf(text: string, number: string): string | null {
    const dates = findDates(text, 0, text.length, '2024-07-10');
    return paragraphAsOf(dates, text, 0, sentenceAround(text, text.indexOf(number)).start);
  }

  it('dates a later sentence’s stock by the year, or by a time named after it', () => {
    expect(asOf('2023年，全市新建学校12所。全市巩固率达到97.3%。', '97.3%')).toBe('2023');
    const later =
      '2023年，全市投入经费8亿元。截至2023年底，已有5个县通过评估。全市巩固率达到97.3%。';
    expect(asOf(later, '97.3%')).toBe('2023-12');
  });

  it('reads the year past a run-in heading', () => {
    const text = '（一）改善办学条件。2024年，全县新建学校3所。全县生均校舍面积达到7.2平方米。';
    expect(asOf(text, '7.2平方米')).toBe('2024');
    const dates = findDates(text, 0, text.length, '2024-12-20');
    const whole = { start: 0, end: text.length };
    expect(openingDate(text, dates, whole, text.indexOf('3所'))).toBe('2024');
  });

  it('leaves its own sentence to the clause rules, and direct speech to the time it is said', () => {
    expect(asOf('2023年，全市出台方案，创建特色学校72所。', '72所')).toBeNull();
    const spoken = '2024年，全县交流教师600人。“每百名学生拥有骨干教师0.9人，”局长说。';
    expect(asOf(spoken, '0.9人')).toBeNull();
  });
});

describe('a value a change reaches', () => {
  const dated = (text: string, number: string) =>
    statedDate(findDates(text, 0, text.length, '2024-07-10'), text, place(text, number), false);

  it('is of the year its sentence states for its results', () => {
    expect(dated('某县2023年新建小学2所，城区小学平均班额降至44.1人。', '44.1人')).toBe('2023');
  });

  it('is of now when its clause says so', () => {
    expect(dated('2025年1月招聘教师28名，目前该项指标已提高到0.95人。', '0.95人')).toBeNull();
  });
});

describe('the special-post scheme, the share of counties passed and the weak-link fund', () => {
  it('reads teachers recruited «通过“特岗计划”» as special-post recruits, not all recruits', () => {
    const text = '沅陵县去年通过“特岗计划”招聘教师126名，全部分到村小。';
    expect(drawnOn(text, '126名')).toBe('special-post-teachers-recruited');
    const joint = '通过“特岗计划”和公开招聘补充教师126名。';
    expect(drawnOn(joint, '126名')).not.toBe('special-post-teachers-recruited');
  });

  it('draws a subject’s teachers among the recruits («其中音体美教师») on no recruits’ layer', () => {
    const text = '沅陵县去年通过“特岗计划”招聘教师126名，全部分到村小，其中音乐教师18名。';
    expect(drawnOn(text, '18名')).toBeNull();
    const part = '2021年以来共招聘教师390人，其中特岗教师126人。';
    expect(drawnOn(part, '126人')).toBe('special-post-teachers-recruited');
  });

  it('reads the share of counties that passed written before it («通过评估的县…占比»)', () => {
    const text = '到2030年，全省通过国家督导评估的县（市、区）占比达到75%。';
    expect(drawnOn(text, '75%')).toBe('counties-meeting-standard-share');
    expect(regionOf(text, '75%', HUAIHUA)).toBe(HUNAN);
  });

  it('draws money spent «改善农村学校办学条件» as weak-school money, not a bare «改善办学条件»', () => {
    const text = '全县累计投入资金6.4亿元改善农村学校办学条件。';
    expect(drawnOn(text, '6.4亿元')).toBe('investment-weak-schools');
    expect(drawnOn('改善办学条件，投入校舍建设资金9000万元。', '9000万元')).not.toBe(
      'investment-weak-schools',
    );
  });

  it('draws money of the «薄弱环节改善» fund as weak-school money', () => {
    const text = '今年安排沅陵县义务教育薄弱环节改善资金1.6亿元，支持改扩建学校12所。';
    expect(drawnOn(text, '1.6亿元')).toBe('investment-weak-schools');
  });
});

describe('a deadline «年底前» with no year of its own', () => {
  const due = (text: string) => findDates(text, 0, text.length, '2024').map((d) => d.date);

  it('is the end of the year the text is written in', () => {
    expect(due('确保年底前完成全年新增学位1.2万个的目标。')).toEqual(['2024-12']);
  });

  it('is no date in a yearly rule, nor twice a year written before it', () => {
    expect(due('每年年底前公布交流轮岗名单。')).toEqual([]);
    expect(due('2025年底前建成同步课堂20间。')).toEqual(['2025-12']);
  });
});

describe('a range of years a sentence opens with', () => {
  const dated = (text: string, number: string, flow: boolean) =>
    statedDate(findDates(text, 0, text.length, '2025'), text, place(text, number), flow);

  it('dates the total it frames by its last year', () => {
    const text = '县教育局介绍，2021年至2024年，全县累计投入资金9.6亿元改善农村学校办学条件。';
    expect(dated(text, '9.6亿元', true)).toBe('2024');
  });

  it('dates the stock of the clause right after it by its last year', () => {
    const text = '2021年至2024年，全县义务教育巩固率保持在98%以上。';
    expect(dated(text, '98%', false)).toBe('2024');
  });
});

describe('a heading of findings after the statistics a report reviews', () => {
  const periodsOf = (text: string) =>
    reportPeriods(
      text,
      { start: 0, end: text.length },
      findDates(text, 0, text.length, '2024'),
      '2024-05-15',
    );

  it('finds its shortfalls in the statistics’ year', () => {
    const text =
      '本次评估以2023年教育事业统计数据为准，现报告如下。\n一、主要成效\n新增学位900个。\n三、存在的问题和下一步打算\n全县大班额尚有20个。';
    const at = text.indexOf('20个');
    expect(periodAt(periodsOf(text), at)?.foundIn).toBe('2023');
  });

  it('finds them at the report after a year’s work reported', () => {
    const text =
      '2023年，本人带领班子开展工作，现将一年来履职情况报告如下。\n一、履职情况\n新增学位900个。\n三、存在问题和2024年打算\n全县大班额尚有20个。';
    expect(periodAt(periodsOf(text), text.indexOf('20个'))?.foundIn).toBeUndefined();
  });
});

describe('a statistics bulletin’s list of schools', () => {
  const text =
    '全县共有各级各类学校410所。其中，小学150所，初中36所，九年一贯制学校9所，幼儿园188所。';

  it('reads schools of all levels with kindergartens as such', () => {
    expect(drawnOn(text, '410所')).toBe('schools-all-levels');
  });

  it('names no kindergartens by the kind of school an earlier item of its «，» list names', () => {
    expect(drawnOn(text, '9所')).toBe('nine-year-schools');
    expect(drawnOn(text, '188所')).not.toBe('nine-year-schools');
  });
});

describe('money named by what it is for or where it comes from', () => {
  it('draws a fund for the quality-balanced drive («优质均衡专项资金») as the drive’s money', () => {
    const text = '区政府计划明年投入义务教育优质均衡专项资金2800万元，巩固整改成效。';
    expect(drawnOn(text, '2800万元')).toBe('investment-quality-drive');
  });

  it('draws money for capital construction in education («教育基本建设资金») on its own layer', () => {
    const text = '“十四五”以来，全市累计投入教育基本建设资金88亿元。';
    expect(drawnOn(text, '88亿元')).toBe('education-construction-investment');
  });

  it('leaves out the part of a sum won from higher levels («其中争取上级资金»)', () => {
    expect(narrativeReason('其中争取上级资金', '', '', '元')).toMatch(/by its source/u);
    expect(narrativeReason('其中改薄资金', '', '', '元')).toBeNull();
  });
});
