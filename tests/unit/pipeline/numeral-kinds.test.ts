/**
 * Kinds of numerals that documents written unseen (a county's statistics flash in text tables, a
 * bureau's WeChat post, a district's reply to a CPPCC proposal) showed the reader misreading:
 * thousands separators. Wording of our own, one behaviour per test.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantity, scanArabic } from '../../../src/pipeline/quantity.ts';
import { clauseAround } from '../../../src/pipeline/text.ts';

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
