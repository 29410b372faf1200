/**
 * Kinds three unseen documents showed (a national paper's feature on counties of three provinces
 * under bracketed headings, a county plan's mid-term evaluation table, a city bureau's bulletin
 * county by county): whom a text speaks for when its headings list places, the places a heading
 * names by a short name, a table's columns of base, target and value years, and numerals that are
 * a bar said aloud, a threshold or the country's own count.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { placeHeadingAt, placeHeadings } from '../../../src/pipeline/place-headings.ts';
import { statedDate } from '../../../src/pipeline/stated-dates.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';
import { attributeCarried } from '../../../src/pipeline/regions.ts';
import { inferRegion } from '../../../src/pipeline/subject.ts';
import { tableCellAt } from '../../../src/pipeline/tables.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { place, quantityAt, readIndicator } from './reading-helpers.ts';
import { UNIVERSE as universe, CHINA_INDEX as index } from './china-regions.ts';

const COUNTRY = '100000';

describe('whom a text speaks for when its headings list places', () => {
  it('is the city whose districts a bureau’s bulletin lists one by one', () => {
    const text =
      '工作简报\n全市新增学位8000个。\n涪城区：新增学位2100个。\n游仙区：交流轮岗教师120人。\n三台县：新建学校2所。\n绵阳市教育和体育局';
    expect(inferRegion(universe, '工作简报', text)).toBe('510700');
  });

  it('is the country when the places headed lie in several provinces', () => {
    const text =
      '记者走访三个县。\n【兰考：新校舍】\n全县新增学位3000个。\n【洪雅：好老师】\n全县补充教师200名。\n【松桃：同步课堂】\n全县建成录播教室40间。';
    expect(inferRegion(universe, '三个县的故事', text)).toBe(COUNTRY);
  });

  it('is still the place named most when only one heading names a place', () => {
    const text = '【兰考：新校舍】\n兰考县新增学位3000个，兰考县补充教师200名。';
    expect(inferRegion(universe, '一个县的故事', text)).toBe('410225');
  });
});

describe('a place a heading names', () => {
  const text =
    '全国的答卷。\n【兰考：新校舍】\n全县新增学位3000个。\n\n全县补充教师200名。\n【洪雅：好老师】\n全县建成录播教室40间。';
  const body = { start: 0, end: text.length };
  const headings = placeHeadings(index, text, body, () => COUNTRY);
  const under = (n: string) => placeHeadingAt(headings, text.indexOf(n))?.region ?? null;

  it('by its short name in a bracketed line, holding to the next heading', () => {
    expect(under('3000')).toBe('410225');
    expect(under('200名')).toBe('410225');
    expect(under('40间')).toBe('511423');
    expect(under('全国')).toBeNull();
  });

  it('is no heading by a short name a running sentence holds', () => {
    const prose = '兰考新增学位3000个，全县补充教师200名。';
    expect(placeHeadings(index, prose, { start: 0, end: prose.length }, () => COUNTRY)).toEqual([]);
  });

  it('of any province takes its clause’s figures in a text for the whole country', () => {
    const said = '据介绍，华容县今年新增学位1200个，全县补充教师80名。';
    const clause = clauseAround(said, said.indexOf('80'));
    expect(attributeCarried(index, said, clause, COUNTRY, 0)).toBe('430623');
    expect(attributeCarried(index, said, clause, '110000', 0)).toBe('110000');
  });

  it('opening a sentence («在某县，…») takes the figures after it', () => {
    const said = '在华容县，全县新增学位1200个，补充教师80名。';
    const clause = clauseAround(said, said.indexOf('80'));
    expect(attributeCarried(index, said, clause, COUNTRY, 0)).toBe('430623');
    expect(attributeCarried(index, said, clause, '430600', 0)).toBe('430623');
  });
});

describe('a table with a column per year of a plan', () => {
  const table =
    '指标　　　　　　　　　2021年基期值　　2026年目标值　　2024年实现值\n初中平均班额（人）　　53.1　　　　　　48　　　　　　　50.6';
  const cell = (n: string) =>
    tableCellAt(table, { start: table.indexOf(n), end: table.indexOf(n) + n.length });

  it('dates the base column by its year and the value column by its own', () => {
    expect(cell('53.1')?.time).toEqual({ status: 'achieved', date: '2021' });
    expect(cell('50.6')?.time).toEqual({ status: 'achieved', date: '2024' });
  });

  it('makes the target column a target for its year', () => {
    expect(cell('48')?.time).toEqual({ status: 'target', date: '2026' });
  });

  it('gives no time under column heads that name no year', () => {
    const plain = '项目　　小学　　初中\n平均班额（人）　　44.2　　47.9';
    const at = plain.indexOf('44.2');
    expect(tableCellAt(plain, { start: at, end: at + 4 })?.time).toBeNull();
  });
});

/** Why the number written `number` in `text` is left out, or null when it may be a fact. */
const reason = (text: string, number: string, national = false) =>
  exclusionReason(text, quantityAt(text, number), place(text, number).sentence, national);

describe('numerals that are no figure of the place, and those that are', () => {
  it('leaves a standard’s bar said aloud (离…标准的)', () => {
    const text = '初中每百名学生拥有骨干教师0.7人，离督导评估标准的1人还有距离';
    expect(reason(text, '0.7')).toBeNull();
    expect(reason(text, '1人')).toMatch(/bar of a standard/);
  });

  it('reads the counties the whole country passed only in a text for the country', () => {
    const text = '截至去年底，全国已有600个县（市、区）通过优质均衡国家督导评估认定';
    expect(reason(text, '600', true)).toBeNull();
    expect(reason(text, '600')).toMatch(/count of regions/);
  });

  it('leaves a threshold of what a clause counts, and reads a figure bounded from above', () => {
    expect(reason('有7所村小在校生不足50人', '50')).toMatch(/threshold/);
    expect(reason('对不足50人的教学点按50人拨付', '50')).toMatch(/threshold/);
    const bounded = '某县：新增学位不足300个。';
    expect(reason(bounded, '300')).toBeNull();
    expect(qualifierAt(bounded, bounded.indexOf('300'), 'exact')).toBe('atMost');
  });

  it('reads recruits placed in rural schools after «分到»', () => {
    expect(readIndicator('新招聘教师900名，其中600名分到乡村学校任教', '600')).toBe(
      'recruits-placed-rural',
    );
  });
});

describe('a change from a year’s value', () => {
  const text = '全县初中平均班额从2020年的55.4人降到了47.2人。';
  const dated = (n: string) =>
    statedDate(
      findDates(text, 0, text.length, '2025'),
      text,
      { ...place(text, n), previous: null },
      false,
    );

  it('dates the value it starts from by that year, not the value it reaches', () => {
    expect(dated('55.4')).toBe('2020');
    expect(dated('47.2')).toBeNull();
  });

  it('leaves a difference against a base year listed for two levels', () => {
    const diff = '小学、初中生均图书分别为32册、41册，较2021年分别增加4册、6册';
    expect(reason(diff, '41册')).toBeNull();
    expect(reason(diff, '4册')).toMatch(/change against a year earlier/);
    expect(reason(diff, '6册')).toMatch(/change against a year earlier/);
  });
});
