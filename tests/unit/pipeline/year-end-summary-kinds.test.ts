/**
 * Kinds of wording a county bureau's 年终总结 showed the reader getting wrong: a consolidation
 * (撤并) counted as a stock of the schools it removes; a table row whose head gives the unit with
 * its multiplier («（亿元）»); a series naming a new school and an expanded one («新建…、改扩建…等学校
 * 6所»), which counts both.
 */
import { describe, expect, it } from 'vitest';
import { scanArabic } from '../../../src/pipeline/quantity.ts';
import { cellQuantity, cellWindows, tableCellAt } from '../../../src/pipeline/tables.ts';
import { matchIndicator } from '../../../src/pipeline/indicators.ts';
import { MATCHERS, place, readIndicator } from './reading-helpers.ts';

describe('a consolidation of schools', () => {
  it.each([
    ['明年拟撤并小规模学校3所', '3所'],
    ['今年撤并在校生不足20人的教学点和村小11所', '11所'],
    ['全年撤并农村小学4所、停办初中1所', '4所'],
    ['全年停办生源枯竭的初中2所', '2所'],
  ])('is no stock of schools: %s', (text, number) => {
    expect(readIndicator(text, number)).toBeNull();
  });

  it('leaves the stock of small schools a text states', () => {
    expect(readIndicator('全县现有小规模学校27所', '27所')).toBe('small-schools');
    expect(readIndicator('全县共有义务教育学校96所', '96所')).toBe('schools-compulsory');
  });
});

describe('a table row whose head gives a unit with 万 or 亿', () => {
  const table = [
    '项目　　　　　　　　2023年　　2024年',
    '财政教育支出（亿元）　7.45　　　8.1',
    '在校学生（万人）　　　3.26　　　3.4',
  ].join('\n');
  const cellAt = (raw: string) => {
    const q = scanArabic(table).find((x) => x.raw === raw);
    if (!q) throw new Error(`no ${raw}`);
    return { q, cell: tableCellAt(table, q) };
  };

  it('reads the cell in the unit multiplied out, exactly', () => {
    const { q, cell } = cellAt('7.45');
    expect(cellQuantity(q, cell)).toMatchObject({ value: 745000000, counter: '元' });
    const pupils = cellAt('3.26');
    expect(cellQuantity(pupils.q, pupils.cell)).toMatchObject({ value: 32600, counter: '人' });
  });

  it('draws the row on the indicator its head names', () => {
    const { q, cell } = cellAt('8.1');
    const p = place(table, '8.1');
    const windows = cellWindows([p.clause, p.clause, p.sentence], cell);
    expect(
      matchIndicator(MATCHERS, table, cellQuantity(q, cell), windows, p.sentence),
    ).not.toBeNull();
    expect(cell?.time).toEqual({ status: 'achieved', date: '2024' });
  });

  it('keeps a head’s unit without a multiplier as it is', () => {
    const plain = '项目　　　　小学　　初中\n生均图书（册）　32.5　　41.0';
    const q = scanArabic(plain).find((x) => x.raw === '32.5');
    if (!q) throw new Error('no 32.5');
    expect(cellQuantity(q, tableCellAt(plain, q))).toMatchObject({ value: 32.5, counter: '册' });
  });
});

describe('a series naming new and expanded schools before their count', () => {
  it('counts built-or-expanded, of levels unstated or of the compulsory stage', () => {
    expect(readIndicator('新建城南实验小学、改扩建县第二中学等学校5所', '5所')).toBe(
      'schools-built-levels-unstated',
    );
    expect(readIndicator('改扩建红星小学、新建滨江初中等义务教育学校4所', '4所')).toBe(
      'schools-built-or-expanded',
    );
  });

  it('leaves each its own count when each has one', () => {
    const text = '新建学校3所、改扩建学校7所';
    expect(readIndicator(text, '3所')).toBe('new-schools-levels-unstated');
    expect(readIndicator(text, '7所')).toBe('schools-expanded-levels-unstated');
  });

  it('still counts expanded only when only expansion is named', () => {
    expect(readIndicator('改扩建城北小学、县第三中学等学校4所', '4所')).toBe(
      'schools-expanded-levels-unstated',
    );
  });
});
