/**
 * Kinds of wording a reviewer's own sentences showed the merged reader getting wrong, each rule on
 * sentences of its kind written for this test: a deadline «年底前» after a year of its own.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/pipeline/dates.ts';

describe('a deadline «年底前» written after a year', () => {
  const due = (text: string) => findDates(text, 0, text.length, '2024').map((d) => d.date);

  it('is the end of that year, not of the year the text is written in', () => {
    expect(due('力争2026年年底前新增公办学位2000个。')).toEqual(['2026-12']);
    expect(due('到2027年年底前建成智慧教室40间。')).toEqual(['2027-12']);
  });

  it('keeps the year a relative word names («明年», «今年»)', () => {
    expect(due('计划明年年底前改扩建初中2所。')).toEqual(['2025']);
    expect(due('争取今年年底前完成校舍加固。')).toEqual(['2024']);
  });
});
