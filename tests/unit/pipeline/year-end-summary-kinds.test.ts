/**
 * Kinds of wording a county bureau's 年终总结 showed the reader getting wrong: a consolidation
 * (撤并) counted as a stock of the schools it removes.
 */
import { describe, expect, it } from 'vitest';
import { readIndicator } from './reading-helpers.ts';

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
