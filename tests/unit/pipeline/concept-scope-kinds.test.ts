/**
 * Kinds of wording three documents written unseen (a province's reply to a deputy, a county's
 * statistics bulletin, a town's report) showed read as another concept or at another scope, each
 * on sentences written for this test: a named scheme's recruits, a «其中» part, money named by its
 * purpose, a kindergarten row of a list, stocks listed by level, and numerals written as words.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { narrativeReason } from '../../../src/pipeline/narrative-numbers.ts';
import { unreadReason } from '../../../src/pipeline/unread-reasons.ts';
import { scanChinese, type Quantity } from '../../../src/pipeline/quantity.ts';
import { scratchFolders } from '../../fixtures/scratch.ts';
import { dryRunFacts } from './dry-run-facts.ts';
import { drawnOn, MATCHERS, place, quantityAt } from './reading-helpers.ts';

const readFacts = dryRunFacts(scratchFolders());

/** The quantity in words the scanner reads where `written` is first written in `text`. */
function wordsAt(text: string, written: string): Quantity {
  const at = text.indexOf(written);
  const q = scanChinese(text).find((x): x is Quantity => x.start === at && x.value !== null);
  if (q === undefined) throw new Error(`no quantity at ${written} in ${text}`);
  return q;
}

/** The indicator a quantity in words is read as, its windows its clause and sentence. */
function wordsReadAs(text: string, written: string): string | null {
  const p = place(text, written);
  const q = wordsAt(text, written);
  return (
    matchIndicator(MATCHERS, text, q, [p.clause, p.clause, p.sentence], p.sentence)?.id ?? null
  );
}

describe('recruits of a named scheme', () => {
  it('are the special-post scheme’s when the scheme alone recruited them', () => {
    expect(drawnOn('某县去年通过“特岗计划”招聘教师96名，全部安排到村小', '96')).toBe(
      'special-post-teachers-recruited',
    );
    expect(drawnOn('全县依托特岗计划补充教师40名', '40')).toBe('special-post-teachers-recruited');
  });

  it('are all recruits when the scheme is one channel among others', () => {
    expect(drawnOn('三年来通过“特岗计划”和公开招聘补充教师530名', '530')).toBe('teachers-added');
    expect(drawnOn('招聘特岗教师和公费师范生共210名', '210')).toBe('teachers-added');
  });

  it('are on no recruits’ layer when a scheme with no layer of its own recruited them', () => {
    expect(drawnOn('今年引进银龄讲学教师18名，充实乡村学校', '18')).toBeNull();
    expect(drawnOn('接收公费师范生35名到农村学校任教', '35')).toBeNull();
    expect(drawnOn('通过公费师范生计划招录教师26名', '26')).toBeNull();
  });

  it('are named as a scheme’s recruits in the review when left unread', () => {
    const text = '今年引进银龄讲学教师18名';
    const { clause, sentence } = place(text, '18');
    expect(
      unreadReason(text, quantityAt(text, '18'), { clause, sentence, byAider: false }),
    ).toMatch(/named scheme/);
  });
});

describe('a part after «其中»', () => {
  it('is not named by what the clauses after its whole say of the whole', () => {
    const text = '某县2024年公开招聘教师150名，均安排到乡村学校任教，其中体育教师22名';
    expect(drawnOn(text, '150')).toBe('teachers-added');
    expect(drawnOn(text, '22')).toBeNull();
  });

  it('of a scheme’s recruits is not drawn as the scheme’s, unless its words name the scheme', () => {
    expect(drawnOn('通过“特岗计划”招聘教师90名，其中英语教师12名', '12')).toBeNull();
    expect(drawnOn('近三年共招聘教师300人，其中特岗教师75人', '75')).toBe(
      'special-post-teachers-recruited',
    );
  });

  it('keeps its own words when they name its concept', () => {
    expect(drawnOn('招聘新教师300名，均为本科以上学历，其中分配到农村学校180名', '180')).toBe(
      'recruits-placed-rural',
    );
  });

  it('is not drawn beside its whole on the whole’s layer at the whole’s date', () => {
    const facts = readFacts(
      '余杭区教育简报\n\n2024年，全区新增学位6000个，其中新建学校提供3600个；全年投入教育帮扶资金900万元，其中改薄资金300万元。2021年以来累计投入教育帮扶资金3200万元，其中2024年投入1100万元。\n',
      '2025-01-20',
    );
    const on = (quote: string) =>
      facts.filter((f) => f.quote.includes(quote)).map((f) => f.indicator);
    expect(on('6000')).toEqual(['new-places-levels-unstated']);
    expect(on('3600')).toEqual([]);
    // A part of its own purpose, or of another time, is another figure of its own.
    expect(on('300万元')).toEqual(['investment-weak-schools']);
    expect(on('3200')).toEqual(['education-funds-invested']);
    expect(facts.filter((f) => f.value === 1.1e7).map((f) => [f.indicator, f.date])).toEqual([
      ['education-funds-invested', '2024'],
    ]);
  }, 60_000);

  it('of money by the source it was won from is the whole’s part, not drawn', () => {
    expect(narrativeReason('其中争取上级资金', '', '全县累计投入教育资金8.2亿元，', '元')).toMatch(
      /by its source/,
    );
    expect(narrativeReason('其中上级转移支付', '', '', '元')).toMatch(/by its source/);
  });
});

describe('a share among one level’s teachers', () => {
  it('is not drawn on the share of all teachers', () => {
    expect(drawnOn('小学专任教师中本科及以上学历的占76.4%', '76.4')).toBeNull();
    expect(drawnOn('全县专任教师中本科及以上学历的占81.2%', '81.2')).toBe('degree-teacher-share');
  });
});

describe('a figure after «；» of a list', () => {
  it('is the quantity before it when its words only say what that became', () => {
    const text = '2021年，全县中小学专任教师5200人；2024年增至5630人';
    expect(drawnOn(text, '5630')).toBe(drawnOn(text, '5200'));
    expect(drawnOn('仍有3所小学生均运动场面积低于标准；城区2所初中存在大班额', '2')).not.toBe(
      drawnOn('仍有3所小学生均运动场面积低于标准；城区2所初中存在大班额', '3'),
    );
  });
});

describe('money named by its purpose', () => {
  it('is weak-school money when it improves the schools there are', () => {
    expect(drawnOn('省里安排某市义务教育薄弱环节改善资金2.6亿元', '2.6亿')).toBe(
      'investment-weak-schools',
    );
    expect(drawnOn('全县累计投入资金6.4亿元改善乡村学校办学条件', '6.4亿')).toBe(
      'investment-weak-schools',
    );
    expect(drawnOn('县里计划明年投入资金1800万元实施改造', '1800')).toBe('investment-weak-schools');
  });

  it('is the nutrition scheme’s when it is named for the scheme', () => {
    expect(drawnOn('全年安排营养改善计划补助资金860万元', '860')).toBe('nutrition-subsidy-funds');
    expect(drawnOn('县财政拨付营养餐补助资金420万元', '420')).toBe('nutrition-subsidy-funds');
  });

  it('is the drive’s money when it is named for quality-balanced development', () => {
    expect(drawnOn('区财政投入义务教育优质均衡专项资金2600万元', '2600')).toBe(
      'investment-quality-drive',
    );
  });

  it('is education capital construction money when named so', () => {
    expect(drawnOn('五年来全市投入教育基本建设资金38亿元', '38亿')).toBe(
      'education-construction-investment',
    );
  });

  it('is for the one deed that ends its sentence after a bare sum, or for what «用于» names', () => {
    expect(drawnOn('明年全县还将投入1.6亿元，新建寄宿制学校2所', '1.6亿')).toBe(
      'investment-school-building',
    );
    expect(drawnOn('今年县里投入了8000万元，改扩建了五所学校', '8000')).toBe(
      'investment-school-building',
    );
    expect(drawnOn('全县投入2400万元，用于校舍维修和新建教学楼', '2400')).toBe(
      'investment-school-building',
    );
  });

  it('names its fund when it says «资金» or «经费», and a later deed is then what else was done', () => {
    expect(drawnOn('某市投入资金3.1亿元，新建学校4所', '3.1亿')).toBe('education-funds-invested');
    expect(drawnOn('某县投入2亿元，新建学校3所，交流教师120名', '2亿')).toBe(
      'education-funds-invested',
    );
  });

  it('spent on a building’s renovation is not weak-school money', () => {
    expect(drawnOn('当年投入900万元，主要用于中心小学教学楼和2所村小的食堂改造', '900')).not.toBe(
      'investment-weak-schools',
    );
  });
});

describe('a stock list by level, one item to a clause', () => {
  const text =
    '全县共有各级各类学校420所。其中，小学150所（另有教学点60个），初中38所，九年一贯制学校9所，幼儿园223所。';

  it('counts all the schools and kindergartens at its head', () => {
    expect(drawnOn(text, '420')).toBe('schools-all-levels');
  });

  it('counts each level’s schools, the bracket after an item naming none of the next', () => {
    expect(drawnOn(text, '150')).toBe('primary-schools');
    expect(drawnOn(text, '38')).toBe('junior-schools');
    expect(drawnOn(text, '9')).toBe('nine-year-schools');
  });

  it('reads a kindergarten row as kindergartens, not as the kind of the row before', () => {
    expect(drawnOn(text, '223')).toBe('kindergartens');
  });

  it('reads any order of levels after «现有», «共有» or a place’s «有»', () => {
    const list = '全县现有初中12所、小学47所';
    expect(drawnOn(list, '12')).toBe('junior-schools');
    expect(drawnOn(list, '47')).toBe('primary-schools');
    expect(drawnOn('全市有初中19所，小学58所，幼儿园71所', '58')).toBe('primary-schools');
    expect(drawnOn('全市有初中19所，小学58所，幼儿园71所', '71')).toBe('kindergartens');
    expect(drawnOn('全县共有小学33所、初中9所', '9')).toBe('junior-schools');
  });

  it('reads no stock in a list of schools built', () => {
    expect(drawnOn('新建小学3所，幼儿园5所', '5')).not.toBe('kindergartens');
    expect(drawnOn('去年改扩建学校10所，其中小学6所', '6')).not.toBe('primary-schools');
  });
});

describe('numerals written as words with their qualifiers', () => {
  it('reads a magnitude in words with no measure word, bounded by the word before it', () => {
    expect(wordsAt('全市义务教育在校生超过百万，', '百万').value).toBe(1e6);
    expect(wordsAt('受益学生近百万。', '百万').value).toBe(1e6);
    expect(wordsAt('参训教师逾千，', '千').value).toBe(1000);
    expect(wordsAt('覆盖学生上万，', '万').value).toBe(1e4);
    expect(scanChinese('参评学校近十，').filter((q) => q.value !== null)).toEqual([]);
  });

  it('reads pupils over a million as a count of pupils', () => {
    expect(wordsReadAs('全市义务教育在校生超过百万，', '百万')).toBe('students-compulsory');
  });

  it('reads half written as a word as 50 %, «过半» as at least that', () => {
    expect(wordsAt('到2030年全省半数县通过国家督导评估', '半数')).toMatchObject({
      value: 50,
      counter: '%',
      qualifier: 'exact',
    });
    expect(wordsAt('通过评估的县已过半', '过半').qualifier).toBe('atLeast');
    expect(wordsAt('力争半数以上县通过评估', '半数').qualifier).toBe('atLeast');
    expect(scanChinese('上半年完成，每半年报告').filter((q) => q.value === 50)).toEqual([]);
  });

  it('reads half the counties passing as the share of counties passed', () => {
    expect(wordsReadAs('到2030年全省半数县（市、区）通过国家督导评估', '半数')).toBe(
      'counties-meeting-standard-share',
    );
    expect(wordsReadAs('力争半数以上的县通过国家督导评估', '半数')).toBe(
      'counties-meeting-standard-share',
    );
  });

  it('reads a goal quoted with its horizon, while a slogan in quotes stays out', () => {
    const goal = '各县对照“到2028年全市半数县通过国家督导评估”的目标推进';
    expect(exclusionReason(goal, wordsAt(goal, '半数'), place(goal, '半数').sentence)).toBeNull();
    const slogan = '开展“三个半数”行动';
    expect(
      exclusionReason(slogan, wordsAt(slogan, '半数'), place(slogan, '半数').sentence),
    ).toMatch(/quotation/);
  });
});
