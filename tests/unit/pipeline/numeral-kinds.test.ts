/**
 * Kinds of numerals that documents written unseen (a county's statistics flash in text tables, a
 * bureau's WeChat post, a district's reply to a CPPCC proposal) showed the reader misreading:
 * thousands separators, «or more» written with a plus sign or with 超 alone, the standard's bars
 * quoted after the place's figures, text tables and their row of changes against a year earlier,
 * a named scheme spelt out in brackets, full-width digits, indefinite numbers (数十所, 上百所),
 * statistics bulletins' footnote marks. Wording of our own, one behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { exclusionReason } from '../../../src/pipeline/exclusions.ts';
import { detectScript } from '../../../src/pipeline/intake.ts';
import { qualifierAt } from '../../../src/pipeline/qualifiers.ts';
import { simplifiedView } from '../../../src/pipeline/script.ts';
import { cellQuantity, cellWindows, tableCellAt } from '../../../src/pipeline/tables.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { parseQuantity, scanArabic, scanChinese } from '../../../src/pipeline/quantity.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';
import { MATCHERS, place, quantityAt, readIndicator } from './reading-helpers.ts';

describe('thousands separators', () => {
  it('reads «4,372名» as 4372, in money and with 万 too', () => {
    expect(parseQuantity('4,372名')?.value).toBe(4372);
    expect(parseQuantity('12,580.5万元')?.value).toBe(125805000);
    expect(parseQuantity('1,250,000元')?.value).toBe(1250000);
  });

  it('keeps numbers a comma separates apart when the group after it is not three digits', () => {
    const text = '差异系数为0.41,0.37;学校2,15所';
    expect(scanArabic(text).map((q) => q.raw)).toEqual(['0.41', '0.37', '2', '15所']);
  });

  it('does not end a clause at a separator', () => {
    const text = '全县新增学位4,372个,小学2所';
    const at = text.indexOf('372');
    expect(text.slice(clauseAround(text, at).start, clauseAround(text, at).end)).toBe(
      '全县新增学位4,372个',
    );
  });
});

describe('«or more» written with a plus sign', () => {
  it('reads «2.6万+» as at least 26000', () => {
    expect(parseQuantity('2.6万+')).toMatchObject({ value: 26000, qualifier: 'atLeast' });
  });

  it('leaves the plus sign of a scheme’s name («1+N», «2+X») to the name', () => {
    expect(scanArabic('推行“1+N”集团')).toMatchObject([{ raw: '1', qualifier: 'exact' }]);
    expect(scanArabic('“2+1”模式').map((q) => q.raw)).toEqual(['2', '1']);
  });

  it('reads a magnitude with no measure word as a count of what its keyword names', () => {
    expect(readIndicator('两年来全县新增学位2.6万+，', '2.6万+')).toMatch(/places/);
    expect(readIndicator('全县新增学位2.6，', '2.6')).toBeNull();
  });
});

describe('«more than» written with 超 alone or a sign', () => {
  const qualifier = (text: string, number: string) =>
    qualifierAt(text, text.indexOf(number), 'exact', text.indexOf(number) + number.length);

  it('reads «超七成», «超5000人» as at least', () => {
    expect(qualifier('学生体质达标率超七成', '七成')).toBe('atLeast');
    expect(qualifier('参训教师超5000人', '5000人')).toBe('atLeast');
  });

  it('reads the signs «≥» and «≤» as at least and at most', () => {
    expect(qualifier('生均运动场馆面积≥10.2平方米', '10.2')).toBe('atLeast');
    expect(qualifier('综合差异系数≤0.45', '0.45')).toBe('atMost');
  });

  it('reads «上百», «上千» as at least', () => {
    expect(qualifier('上百所学校加入集团', '百所')).toBe('atLeast');
    expect(qualifier('以上百分比', '百')).not.toBe('atLeast');
  });

  it('reads «不超» as at most', () => {
    expect(qualifier('每班不超45人', '45人')).toBe('atMost');
  });
});

describe('the standard’s bars quoted after the place’s figures', () => {
  const reason = (text: string, number: string) =>
    exclusionReason(text, quantityAt(text, number), place(text, number).sentence);

  it('leaves bars in brackets right after the standard’s name', () => {
    const text = '全县生均体育运动场馆面积均达到省定标准（7.5平方米、10.2平方米），小学为8.1平方米';
    expect(reason(text, '7.5')).toMatch(/brackets/);
    expect(reason(text, '10.2')).toMatch(/brackets/);
    expect(reason(text, '8.1')).toBeNull();
    expect(reason('每百名学生骨干教师1.4人，高于国家要求（1人）', '1人')).toMatch(/brackets/);
  });

  it('leaves a list of bars a named requirement sets after them', () => {
    const text = '差异系数分别为0.38、0.31，均低于0.50、0.45的督导评估要求';
    expect(reason(text, '0.38')).toBeNull();
    expect(reason(text, '0.50')).toMatch(/bar of a standard/);
    expect(reason(text, '0.45')).toMatch(/bar of a standard/);
  });

  it('leaves a bar named with its standard, or a bound in brackets', () => {
    expect(reason('初中综合差异系数0.39，省定标准为0.45', '0.45')).toMatch(/named with it/);
    expect(reason('初中综合差异系数0.39（≤0.45）', '0.45')).toMatch(/named with it/);
    expect(reason('初中综合差异系数0.39（≤0.45）', '0.39')).toBeNull();
    expect(reason('营养膳食补助标准为每生每天5元', '5元')).toBeNull();
    expect(reason('按照评估要求为12所学校配齐功能室', '12所')).toBeNull();
  });

  it('leaves how far a figure is below the standard', () => {
    expect(reason('初中综合差异系数0.39，比国家标准低0.06', '0.06')).toMatch(/fall below/);
  });

  it('leaves a change in percentage points', () => {
    expect(reason('新增学位2800个，学位供给率提高2.5个百分点', '2.5个')).toMatch(/percentage/);
  });

  it('leaves a bar the figure is still short of (距离国家标准)', () => {
    const text = '初中校际差异系数为0.49，距离国家标准0.45尚有差距';
    expect(reason(text, '0.49')).toBeNull();
    expect(reason(text, '0.45')).toMatch(/bar of a standard/);
  });
});

describe('text tables', () => {
  const table = [
    '指标　　　　　　　　　　小学　　初中',
    '生均图书（册）　　　　　32.5　　41.0',
    '每百名学生拥有计算机台数　15.2　　18.7',
  ].join('\n');

  it('ends a clause at a cell gap, so a number does not take the next column’s label', () => {
    const row = '初中　　9所　　在校生8,120人　　专任教师702人';
    const at = row.indexOf('8,120');
    const clause = clauseAround(row, at);
    expect(row.slice(clause.start, clause.end)).toBe('在校生8,120人');
  });

  it('gives a bare cell its row head’s measure word and its column head’s level', () => {
    const at = table.indexOf('41.0');
    expect(tableCellAt(table, { start: at, end: at + 4 })).toMatchObject({
      unit: '册',
      levels: 'junior',
    });
    const q = scanArabic(table).find((x) => x.raw === '32.5');
    expect(q && cellQuantity(q, tableCellAt(table, q)).counter).toBe('册');
  });

  it('says nothing of a number in prose or of a row head without brackets', () => {
    const prose = '全县小学生均图书32.5册，初中41.0册。';
    expect(tableCellAt(prose, { start: 7, end: 11 })).toBeNull();
    const at = table.indexOf('15.2');
    expect(tableCellAt(table, { start: at, end: at + 4 })).toMatchObject({
      unit: null,
      levels: 'primary',
    });
  });

  it('reads a column of bare numbers by its head’s words and measure word', () => {
    const byColumn = [
      '学段　　　　学校数（所）　　在校生（人）',
      '义务教育　　58　　　　　　41205',
    ].join('\n');
    const q = scanArabic(byColumn).find((x) => x.raw === '41205');
    if (!q) throw new Error('no 41205');
    const cell = tableCellAt(byColumn, q);
    const p = place(byColumn, '41205');
    const windows = cellWindows([p.clause, p.clause, p.sentence], cell);
    const read = cellQuantity(q, cell);
    expect(read.counter).toBe('人');
    expect(matchIndicator(MATCHERS, byColumn, read, windows, p.sentence)?.concept).toBe('pupils');
  });

  it('reads a cell that names what it counts by its own words, not its column head', () => {
    const rows = ['学段　　学校数　　在校生', '幼儿园　　31所　　在园幼儿4,410人'].join('\n');
    const at = rows.indexOf('4,410');
    expect(tableCellAt(rows, { start: at, end: at + 6 })?.columnHead).toBeNull();
  });

  it('leaves the pupils and teachers of a row headed by a kind of school', () => {
    const row = '九年一贯制　　5所　　在校生3,064人　　专任教师251人';
    const reason = (n: string) => exclusionReason(row, quantityAt(row, n), place(row, n).sentence);
    expect(reason('3,064人')).toMatch(/kind of school/);
    expect(reason('251人')).toMatch(/kind of school/);
    expect(reason('5所')).toBeNull();
    const level = '初中　　5所　　在校生3,064人　　专任教师251人';
    expect(
      exclusionReason(level, quantityAt(level, '251人'), place(level, '251人').sentence),
    ).toBeNull();
  });

  it('leaves a row of changes written with their signs', () => {
    const row = '比上年增减　　-3所　　在校生-1,204人　　专任教师+27人';
    const reason = (n: string) => exclusionReason(row, quantityAt(row, n), place(row, n).sentence);
    expect(reason('3所')).toMatch(/sign/);
    expect(reason('1,204人')).toMatch(/sign/);
    expect(reason('27人')).toMatch(/sign/);
    const stock = '小学　　42所　　在校生9,815人';
    expect(
      exclusionReason(stock, quantityAt(stock, '9,815'), place(stock, '9,815').sentence),
    ).toBeNull();
  });
});

describe('a named scheme spelt out in brackets', () => {
  it('leaves the numerals of its parts', () => {
    const text = '推行“两个一”结对（一名骨干教师、一个教研课题）';
    const at = text.indexOf('一名');
    const q = scanChinese(text).find((x) => x.start === at);
    expect(q && q.value !== null && exclusionReason(text, q, place(text, '一名').sentence)).toMatch(
      /named scheme/,
    );
  });

  it('keeps the figures in brackets after a name without numerals', () => {
    const text = '推进“强校”工程（新建学校3所）';
    expect(exclusionReason(text, quantityAt(text, '3所'), place(text, '3所').sentence)).toBeNull();
  });
});

describe('full-width digits', () => {
  it('reads them as the digits they are, keeping the text’s length', () => {
    const text = '全县新建学校１２所，投入资金３．５亿元，小学１．';
    const work = simplifiedView(text);
    expect(work).toHaveLength(text.length);
    expect(scanArabic(work).map((q) => q.value)).toEqual([12, 350000000, 1]);
  });

  it('does not take a simplified text with them for a traditional one', () => {
    expect(detectScript('全县新建学校１２所，新增学位３２００个，交流教师１５６名。')).toBe('Hans');
  });
});

describe('indefinite numbers', () => {
  it('leaves «数十所», «几百名» and «数千万元» as no figure', () => {
    for (const [text, n] of [
      ['全县数十所学校参与', '十所'],
      ['培训教师几百名', '百名'],
      ['投入数千万元', '千万元'],
    ] as const) {
      const q = scanChinese(text).find((x) => x.raw === n);
      expect(q && q.value !== null && exclusionReason(text, q, place(text, n).sentence)).toMatch(
        /indefinite number/,
      );
    }
  });
});

describe('footnote marks', () => {
  it('leaves the mark and reads the figure after it', () => {
    const text = '全县共有义务教育阶段学校[3]58所，小学学龄儿童净入学率[4]100%';
    const reason = (n: string) =>
      exclusionReason(text, quantityAt(text, n), place(text, n).sentence);
    expect(reason('3]')).toMatch(/footnote/);
    expect(reason('4]')).toMatch(/footnote/);
    expect(reason('58所')).toBeNull();
  });
});
