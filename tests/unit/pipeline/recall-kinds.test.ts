/**
 * Kinds of wording the corpus showed missed though a layer draws them (issue 21, recall), each
 * on sentences written for this test: schools and kindergartens listed apart under one verb, a
 * count named only by the work its project item's heading names, schools short of a bar the
 * clause before states, funds «落实» in a year, principals and teachers rotated written without a
 * joining word, and an aider's schools paired with the county's; and quantities counties state
 * and compare that had no layer (a budget execution rate, the people outreach teaching reaches,
 * one level's schools short of one indicator of the standard, scoped by that indicator). Beside them, the numerals of the
 * same sentences no layer draws stay unread: the other side's schools of a pairing, the part of a
 * sum a level of government matches, schools aid money repairs.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { itemHeading, withItemHeading } from '../../../src/pipeline/item-heading.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { aidedOf } from '../../../src/pipeline/paired-aid.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { MATCHERS, drawnOn, place, quantityAt } from './reading-helpers.ts';
import { CHINA_INDEX as index } from './china-regions.ts';

describe('schools and kindergartens listed apart after one verb of building', () => {
  const plan = '计划新建、改扩建中小学校5所、幼儿园2所，新增学位1800个，总投资1.2亿元';

  it('count each its own kind: schools, then the kindergartens the «、» leads', () => {
    expect(drawnOn(plan, '5所')).toBe('primary-secondary-schools-built');
    expect(drawnOn(plan, '2所')).toBe('kindergartens-built-or-expanded');
  });

  it('add places and cost money of both together', () => {
    expect(drawnOn(plan, '1800个')).toBe('new-places-incl-kindergartens');
    expect(drawnOn(plan, '1.2亿')).toBe('investment-schools-and-kindergartens');
  });

  it('are built when the report says they are finished («竣工», «完工»)', () => {
    const done = '截至目前，已竣工中小学校3所、幼儿园1所';
    expect(drawnOn(done, '3所')).toBe('primary-secondary-schools-built');
    expect(drawnOn(done, '1所')).toBe('kindergartens-built-or-expanded');
    expect(drawnOn('全县完工率达到85%，完工学校3所', '85')).toBeNull();
  });

  it('leave a kindergarten count named before the schools off the schools’ layer', () => {
    expect(drawnOn('新建、改扩建幼儿园6所，中小学校标准化建设稳步推进', '6所')).toBe(
      'kindergartens-built-or-expanded',
    );
  });
});

describe('a count whose item names only the work done', () => {
  const text = [
    '三、城区薄弱学校改造项目',
    '计划改造城区薄弱学校10所。目前已改造8所，完成投资900万元。',
    '四、教师队伍建设',
    '目前已改造4所。',
  ].join('\n');

  it('counts what its project item’s heading names', () => {
    const at = text.indexOf('8所');
    expect(itemHeading(text, at)).toEqual({ start: 0, end: text.indexOf('\n') });
    const p = place(text, '8所');
    const windows = withItemHeading(text, quantityAt(text, '8所'), [
      p.clause,
      p.clause,
      p.sentence,
    ]);
    expect(matchIndicator(MATCHERS, text, quantityAt(text, '8所'), windows, p.sentence)?.id).toBe(
      'weak-schools-improved',
    );
  });

  it('takes nothing from a heading that names no project, nor when it names what it counts', () => {
    expect(itemHeading(text, text.lastIndexOf('4所'))).toBeNull();
    const named = '三、城区薄弱学校改造项目\n新建食堂3所。';
    const p = place(named, '3所');
    const q = quantityAt(named, '3所');
    expect(withItemHeading(named, q, [p.clause, p.clause, p.sentence])).toHaveLength(3);
  });
});

describe('schools short of a bar the clause before states', () => {
  it('are of the one level the bar is stated for', () => {
    expect(drawnOn('生均教学仪器设备值初中为2800元，尚有6所学校未达标', '6所')).toBe(
      'substandard-schools-equipment-value-per-pupil-junior',
    );
  });

  it('are of no one level when the bar is stated for two', () => {
    const text = '按生均运动场面积小学7.3平方米、初中8.6平方米的要求，全区仍有11所学校不达标';
    expect(drawnOn(text, '11所')).toBe('substandard-schools-sports-area-per-pupil');
  });

  it('but a later item of a list counted by level keeps no level of its own', () => {
    const text = '到2028年，新建小学4所、初中2所，改扩建学校7所，新增学位5000个';
    expect(drawnOn(text, '7所')).toBe('schools-expanded-levels-unstated');
  });
});

describe('schools short of one indicator of the standard, by level', () => {
  it('are the level’s schools short of that indicator, not of the whole standard', () => {
    const text = '目前仍有4所初中生均体育运动场馆面积未达到评估标准';
    expect(drawnOn(text, '4所')).toBe('substandard-schools-sports-area-per-pupil-junior');
  });

  it('lend no keyword to the next item of a «；» list', () => {
    const text = '全县仍有5所小学生均教学仪器设备值低于标准要求；城区3所初中仍有56人以上班级';
    expect(drawnOn(text, '5所')).toBe('substandard-schools-equipment-value-per-pupil-primary');
    expect(drawnOn(text, '3所')).toBeNull();
  });
});

describe('quantities counties state and compare, given layers of their own', () => {
  it('reads a budget execution rate', () => {
    const text = '全年下达教育经费3.1亿元，实际支出2.9亿元，预算执行率为93.5%';
    expect(drawnOn(text, '93.5')).toBe('education-budget-execution-rate');
  });

  it('reads the teachers and pupils outreach teaching reaches, apart from pupils aided', () => {
    expect(drawnOn('组织送教下乡活动40场，受益师生6000余人次', '6000')).toBe(
      'outreach-reach-person-times',
    );
    expect(drawnOn('举办专家讲座12场，受益师生3000人次', '3000')).toBeNull();
    expect(drawnOn('发放学生资助资金900万元，惠及学生1.2万人次', '1.2万')).toBe(
      'students-aided-person-times',
    );
  });
});

describe('money and people named by the verb before them', () => {
  it('reads funds put in place («落实…资金») as funds invested of no stated purpose', () => {
    expect(drawnOn('本年度争取并落实教育专项资金1.76亿元，比上年增加2100万元', '1.76亿')).toBe(
      'education-funds-invested',
    );
  });

  it('reads principals and teachers written together without a joining word', () => {
    expect(drawnOn('全年组织校长教师交流轮岗168人，其中骨干教师40人', '168')).toBe(
      'leaders-and-teachers-rotated',
    );
  });
});

describe('an aider’s schools paired with the county’s', () => {
  const JIADING = '310114';
  const JIUZHI = '632625';
  const text = '目前，22所本区学校与久治县全部17所中小学签订了结对帮扶协议';

  it('are read on the aider’s layer, as the aider’s own', () => {
    expect(drawnOn(text, '22所')).toBe('aider-schools-paired');
    const at = text.indexOf('22所');
    expect(aidedOf(new Set([JIUZHI]), index.names, text, clauseAround(text, at), at, JIADING)).toBe(
      JIADING,
    );
  });

  it('leave the other side’s schools unread', () => {
    const q = quantityAt(text, '17所');
    expect(exclusionReason(text, q, place(text, '17所').sentence)).toMatch(/pairing/);
  });
});

describe('numerals of these sentences no layer draws', () => {
  it('leave the part of a sum a level of government matches unread', () => {
    const text = '计划总投资2.4亿元，其中市级财政配套4000万元';
    expect(
      exclusionReason(text, quantityAt(text, '4000万'), place(text, '4000万').sentence),
    ).toMatch(/by its source/);
    expect(
      exclusionReason(text, quantityAt(text, '2.4亿'), place(text, '2.4亿').sentence),
    ).toBeNull();
  });

  it('do not count schools aid money repairs as schools supported', () => {
    const text = '投入教育帮扶资金600万元，主要用于县中学宿舍和2所村小的食堂改造';
    expect(drawnOn(text, '2所')).toBeNull();
    expect(drawnOn('对口帮扶乡村学校35所', '35所')).toBe('rural-schools-supported');
  });
});
