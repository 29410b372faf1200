/**
 * Schools a report singles out by their late works (corpus13, written unseen: «2所学校的厕所改造
 * 延至次年3月才完工» in a list of problems was read as two schools built). The words after the
 * count say the works were late, so the schools are not a count of what was done. Our own wording.
 */
import { describe, expect, it } from 'vitest';
import { narrativeReason } from '../../../src/pipeline/narrative-numbers.ts';

/** Why the count between `before` and `after` (its measure word `counter`) is left out, or null. */
const reason = (before: string, after: string, counter: string) =>
  narrativeReason(before, after, '', counter);

describe('schools whose works are singled out as late', () => {
  it.each([
    ['一是', '学校的食堂改造推迟到明年春季完工', '所'],
    ['另有', '学校的运动场建设延期', '所'],
    ['', '的教学楼工程逾期未交付', '所'],
    ['全县仍有', '项目延至年底才完工', '个'],
  ])('are left out: %s…%s', (before, after, counter) => {
    expect(reason(before, after, counter)).toMatch(/late/);
  });

  it('say schools for schools, projects for projects', () => {
    expect(reason('', '学校的宿舍改造延期至秋季', '所')).toMatch(/^schools/);
    expect(reason('全县仍有', '项目延至年底才完工', '个')).toMatch(/^projects/);
  });

  it('leaves schools whose works were finished a count', () => {
    expect(reason('全年改造', '学校的厕所，均已完工', '所')).toBeNull();
    expect(reason('新建', '学校，秋季全部投用', '所')).toBeNull();
  });
});
