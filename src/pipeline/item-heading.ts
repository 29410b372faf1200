/**
 * The heading of the project item a figure stands under («二、农村薄弱学校改造提升项目», «（一）校舍
 * 建设工程»): what a report's list of projects says each item is about, for a figure whose own
 * words leave it out (fact-scope.ts reads money's purpose from it, scope-levels.ts its levels, and
 * a count naming only the work done the thing counted).
 */
import { paragraphStart, type Span } from './text.ts';

// A numbered heading that names a project item («二、农村薄弱学校改造提升项目», «（一）校舍建设工程»).
const ITEM_HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。；;]{2,30}(?:项目|工程)\s*$/u;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;
// How many lines up a heading is looked for, so the scan stays short.
const ITEM_LINES = 12;

/**
 * The line of the nearest numbered heading above offset `at`, if it names a project or programme
 * (项目, 工程); null when there is none within a few lines, or the nearest names neither.
 */
export function itemHeading(work: string, at: number): Span | null {
  let end = work.lastIndexOf('\n', at);
  for (let n = 0; n < ITEM_LINES && end > 0; n++) {
    const start = paragraphStart(work, end);
    const line = work.slice(start, end);
    if (NUMBERED.test(line)) return ITEM_HEADING.test(line) ? { start, end } : null;
    end = start - 1;
  }
  return null;
}

// An item that states only the work done and how many («已完成改造12所», «累计完工3所»): what was
// worked on is the project's, named by its heading.
const WORK_ONLY =
  /^(?:目前|当前|今年|全年|年内|截至目前)?[已共累计全部]{0,4}(?:完成)?(?:改造提升|改造|改扩建|新建|建成|完工|竣工|开工|维修)$/u;

/**
 * A number's windows (segment, clause, sentence), and as the widest its project item's heading
 * when its item names no thing counted, only the work done on it («已完成改造12所» under
 * «二、农村薄弱学校改造提升项目» counts weak schools improved).
 */
export function withItemHeading(work: string, q: Span, windows: [Span, Span, Span]): Span[] {
  const [, clause] = windows;
  const lead = work.slice(Math.max(clause.start, work.lastIndexOf('、', q.start) + 1), q.start);
  const heading = WORK_ONLY.test(lead) ? itemHeading(work, q.start) : null;
  return heading === null ? windows : [...windows, heading];
}
