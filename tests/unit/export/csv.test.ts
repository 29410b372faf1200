import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../../src/lib/export/csv';

describe('toCsv', () => {
  const rows = [
    { a: '重庆市', b: 278000, c: null },
    { a: 'quote "with" commas, and\nnewline', b: 1.5, c: 'x' },
  ];

  it('starts with the byte-order mark and the header in column order', () => {
    const text = toCsv(rows, ['b', 'a', 'c']);
    expect(text.startsWith(`${BOM}b,a,c\n`)).toBe(true);
  });

  it('reads back to the same cells, empty for null', () => {
    const back = csvParse(toCsv(rows, ['a', 'b', 'c']).slice(BOM.length));
    expect(back.map((r) => ({ ...r }))).toEqual([
      { a: '重庆市', b: '278000', c: '' },
      { a: 'quote "with" commas, and\nnewline', b: '1.5', c: 'x' },
    ]);
  });
});
