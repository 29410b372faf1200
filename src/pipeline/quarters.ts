/**
 * The quarter a part of a progress report speaks of: a county reporting its work by quarter
 * («一、一季度：摸底测算，启动项目», «二、第二季度…», «四、四季度计划») states what each part did or
 * plans without a date of its own, and the part's quarter dates it, not the report's last «截至».
 */
import type { PartialDate } from '../lib/domain/schema.ts';
import { reachedBy } from './dates.ts';
import { PART_HEADING } from './periods.ts';
import type { Span } from './text.ts';

/** A part's heading that names a quarter: its numeral (一 to 四) after the part's own «一、». */
const QUARTER_HEADING = /^[一二三四五六七八九十]+、第?([一二三四])季度/u;
const QUARTER_END: Record<string, string> = { 一: '03', 二: '06', 三: '09', 四: '12' };

/**
 * The end of the quarter whose part holds `at` («2025-03» for a figure under «一、一季度：…»), in the
 * year of publication: for an achievement only if that quarter has ended by `published`, for a
 * target only if it has not. Null outside a quarter's part or without a publication date.
 */
export function quarterEndAt(
  work: string,
  body: Span,
  at: number,
  published: PartialDate | null,
  achieved: boolean,
): PartialDate | null {
  if (published === null) return null;
  let quarter: string | null = null;
  let start = body.start;
  for (const line of work.slice(body.start, at).split('\n')) {
    const text = line.trim();
    // Only a whole line before `at` heads its part; the line `at` sits on is not a heading of it.
    if (start + line.length < at && PART_HEADING.test(text))
      quarter = QUARTER_HEADING.exec(text)?.[1] ?? null;
    start += line.length + 1;
  }
  if (quarter === null) return null;
  const end = `${published.slice(0, 4)}-${QUARTER_END[quarter]}`;
  return reachedBy(end, published) === achieved ? end : null;
}
