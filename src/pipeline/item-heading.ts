/**
 * The heading of the project item a figure sits under («二、农村薄弱学校改造提升项目», «（一）校舍
 * 建设工程»): money under it whose own words say neither what it is for nor which schools it is
 * for is the item's (fact-scope.ts reads its purpose, scope-levels.ts its levels).
 */
import type { Span } from './text.ts';

// A numbered heading that names a project item («二、…项目», «（一）…工程»).
const ITEM_HEADING =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。；;]{2,30}(?:项目|工程)\s*$/u;
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/u;
// How many lines up a heading is looked for, so the scan stays short.
const ITEM_LINES = 12;

/**
 * The line of the project item's heading above `at`: the nearest numbered heading above decides,
 * and only one that names a project or programme (项目, 工程) is an item's. Null when there is none.
 */
export function itemHeading(work: string, at: number): Span | null {
  let end = work.lastIndexOf('\n', at);
  for (let n = 0; n < ITEM_LINES && end > 0; n++) {
    const start = work.lastIndexOf('\n', end - 1) + 1;
    const line = work.slice(start, end);
    if (NUMBERED.test(line)) return ITEM_HEADING.test(line) ? { start, end } : null;
    end = start - 1;
  }
  return null;
}
