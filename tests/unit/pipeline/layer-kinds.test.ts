/**
 * Kinds of wording the corpus showed drawn on another scope's layer once the score checked the
 * layer (issue 21, "like with like"), each on sentences written for this test: the layer a
 * number is read onto must be the one of its own scope.
 */
import { describe, expect, it } from 'vitest';
import { readIndicator } from './reading-helpers.ts';

describe('school places, by the levels their sentence names', () => {
  it('are of no stated level when the only school word is «学校»', () => {
    expect(readIndicator('某县新增学位3600个，组建城乡教育共同体22个，覆盖学校96所', '3600')).toBe(
      'new-places-levels-unstated',
    );
    expect(readIndicator('计划新建学校6所、改扩建学校21所，新增学位1.5万个', '1.5万')).toBe(
      'new-places-levels-unstated',
    );
  });

  it('are of the compulsory stage where it, or primary or junior schools, are named', () => {
    expect(readIndicator('全县新增义务教育学位3150个', '3150')).toBe('new-school-places');
    expect(readIndicator('新建城东小学，新增学位1200个', '1200')).toBe('new-school-places');
  });

  it('are of primary and secondary schools where «中小学» is named, not compulsory ones', () => {
    expect(readIndicator('新建、改扩建中小学校27所，新增学位1.9万个', '1.9万')).toBe(
      'new-places-primary-secondary',
    );
  });
});
