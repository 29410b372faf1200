/**
 * Money and works a county budgets, in words no rule covered (corpus13, written unseen): the
 * education money a county «安排» (arranges in its budget), the part of it set aside for weak
 * schools, and rural schools «改造提升» (upgraded) as the weak-school programme says it. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { drawnOn } from './reading-helpers.ts';

describe('education money a budget arranges', () => {
  const text = '今年区财政安排教育资金不少于4.2亿元，其中8000万元专门用于薄弱学校改造。';

  it('is education money invested', () => {
    expect(drawnOn(text, '4.2亿元')).toBe('education-funds-invested');
  });

  it('gives its part set aside for weak schools to weak-school money', () => {
    expect(drawnOn(text, '8000万元')).toBe('investment-weak-schools');
  });

  it('is not another fund a budget arranges', () => {
    expect(drawnOn('今年安排教师绩效工资资金1.1亿元。', '1.1亿元')).not.toBe(
      'education-funds-invested',
    );
  });
});

describe('rural schools «改造提升»', () => {
  it('are weak schools improved', () => {
    expect(drawnOn('明年计划改造提升农村学校8所。', '8所')).toBe('weak-schools-improved');
    expect(drawnOn('全年提升改造乡村学校11所。', '11所')).toBe('weak-schools-improved');
  });
});
