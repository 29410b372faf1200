/**
 * A heading that names only a year's work («二、2025年主要工作», «今年重点工作»), with no word of
 * review or plan: the time decides. A 政府工作报告 given in January reviews last year's work and
 * sets out this year's under headings of the same shape, so what its sentences say of this year
 * is planned even where they carry no plan word («补充中小学教师1000名以上»).
 */
import type { PartialDate } from '../lib/domain/schema.ts';

// The year's work, ending the heading: «2025年主要工作», «2025年度重点工作», «2025年教育工作».
const YEARS_WORK = /年度?[^，,。；;、\d]{0,6}工作$/u;

/**
 * Whether a heading of a year's work plans or reviews it: a year still ahead when the report came
 * out (a later year, or its own in the first half of it) is planned, a year over or mostly over is
 * reviewed. Null for a heading of another shape, or when the year or publication date is unknown.
 */
export function yearsWorkKind(
  heading: string,
  year: PartialDate | null,
  published: PartialDate | null,
): 'plan' | 'review' | null {
  if (year === null || published === null || !YEARS_WORK.test(heading)) return null;
  const [stated, issued] = [year.slice(0, 4), published.slice(0, 4)];
  const ahead = stated > issued || (stated === issued && published.slice(5, 7) < '07');
  return ahead ? 'plan' : 'review';
}
