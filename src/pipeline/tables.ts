/**
 * Text tables: statistics flashes set figures out in rows of cells apart by ideographic spaces,
 * tabs or runs of spaces, under a header row of column heads:
 *
 *     项目                          小学    初中
 *     生均教学仪器设备值（元）      2,310   3,085
 *
 * A cell that is a bare number takes its measure word from its row head's brackets («（元）»), or
 * its column head's («在校生（人）»), and its school level from its column head («小学»); what it
 * counts is named by the row head, which the reader already sees as an earlier clause of the row
 * (text.ts ends a clause at a cell gap), or else by its column head. A plan's evaluation sets a
 * year's columns side by side («2020年基期值 2025年目标值 2023年实现值»): each cell is of its
 * column head's year, and a target where the head says so; a fund's self-assessment sets the
 * year's target beside what was done («年度目标值 实际完成值»), of the year it assesses.
 */
import type { FactLevels, FactScope, PartialDate, Status } from '../lib/domain/schema.ts';
import { withUnit, type Quantity } from './quantity.ts';
import { LEVEL_WORDS } from './scope-words.ts';
import { paragraphStart, type Span } from './text.ts';

/** What a table says of one of its cells beyond the cell's own words. */
export interface TableCell {
  /** The measure word the row head gives in brackets («（平方米）» → 平方米), or null. */
  unit: string | null;
  /** The school level its column head names («小学» → primary), or null. */
  levels: FactLevels | null;
  /**
   * Its column head, where the words naming what the column counts stand, for a cell that opens
   * with its number; null if none, or if the cell names what it counts («在园幼儿6,315人» under
   * «在校生»).
   */
  columnHead: Span | null;
  /**
   * Whether the column is of targets and the year its head names (null: a head of the year the
   * document speaks of, «年度目标值»), or null when the head says neither.
   */
  time: { status: Status; date: PartialDate | null } | null;
}

/** A gap between two cells. */
const GAP = /[\t\u3000]+| {2,}/gu;
/** A row head's measure word: the last bracket of the head, if it is a measure word alone. */
const UNIT = /[（(]([^（）()\d]{1,4})[)）]\s*$/u;

/** A column head's year: «2025年目标值» → 2025. */
const HEAD_YEAR = /((?:19|20)\d{2})年/u;
/** A column head of what a plan sets, not of what was so: «目标值», «规划值», «预期值». */
const TARGET_HEAD = /目标|规划|预期/u;

/** A column head of what was done, beside one of targets: «实际完成值», «实际值», «完成值». */
const ACTUAL_HEAD = /实际|完成|实现/u;

/**
 * The time a column head gives its cells: its year, a target's under «目标值»; a head with no year
 * («年度目标值» beside «实际完成值» in a fund's self-assessment) gives only the status, a target's
 * or what was done, the year being the one the document speaks of.
 */
function timeOf(head: string): TableCell['time'] {
  const year = HEAD_YEAR.exec(head)?.[1];
  const status = TARGET_HEAD.test(head) ? 'target' : 'achieved';
  if (year !== undefined) return { status, date: year };
  return status === 'target' || ACTUAL_HEAD.test(head) ? { status, date: null } : null;
}

/** The cells of the line [start, end) of `work`, in order; blank cells are dropped. */
function cellsOf(work: string, line: Span): Span[] {
  const text = work.slice(line.start, line.end);
  const out: Span[] = [];
  let from = 0;
  for (const gap of text.matchAll(GAP)) {
    if (gap.index > from) out.push({ start: line.start + from, end: line.start + gap.index });
    from = gap.index + gap[0].length;
  }
  if (from < text.length) out.push({ start: line.start + from, end: line.end });
  return out.filter((c) => work.slice(c.start, c.end).trim() !== '');
}

/** The line of `work` around an offset. */
function lineAround(work: string, at: number): Span {
  const end = work.indexOf('\n', at);
  return { start: paragraphStart(work, at), end: end < 0 ? work.length : end };
}

/** A header cell: words, maybe with a year («2023年实现值»), never a bare figure. */
const isHead = (cell: string): boolean => !/\d/u.test(cell.replace(HEAD_YEAR, ''));

/**
 * The header row of the table whose row is `row`: the nearest line above, within the table's run
 * of rows, with as many cells and no digit in any but a column's year. Null when there is none.
 */
function headerOf(work: string, row: Span, width: number): Span[] | null {
  for (let line = row; line.start > 0;) {
    line = lineAround(work, line.start - 1);
    const cells = cellsOf(work, line);
    if (cells.length < 2) return null;
    if (cells.length === width && cells.every((c) => isHead(work.slice(c.start, c.end))))
      return cells;
  }
  return null;
}

/** The level a column head names alone («小学», «初中»), or null. */
function levelOf(head: string): FactLevels | null {
  return LEVEL_WORDS.find(([re]) => re.test(head))?.[1] ?? null;
}

/**
 * What the table around `q` says of its cell: null when `q` is not in a row of three cells or
 * more (prose, or a line with one gap).
 */
export function tableCellAt(work: string, q: Span): TableCell | null {
  const row = lineAround(work, q.start);
  const cells = cellsOf(work, row);
  if (cells.length < 3) return null;
  const k = cells.findIndex((c) => c.start <= q.start && q.end <= c.end);
  const head = cells[0];
  if (k < 1 || head === undefined) return null;
  const column = headerOf(work, row, cells.length)?.[k] ?? null;
  const columnText = column === null ? '' : work.slice(column.start, column.end);
  return {
    unit: (UNIT.exec(work.slice(head.start, head.end)) ?? UNIT.exec(columnText))?.[1] ?? null,
    levels: column === null ? null : levelOf(columnText),
    columnHead: cells[k]?.start === q.start ? column : null,
    time: timeOf(columnText),
  };
}

/**
 * The windows a cell's indicator is looked for in, narrow to wide: its own segment, clause and
 * row, then its column head («在校生（人）» over a column of bare numbers).
 */
export function cellWindows(windows: Span[], cell: TableCell | null): Span[] {
  return cell?.columnHead ? [...windows, cell.columnHead] : windows;
}

/**
 * A bare number of a table cell with the measure word its row head gives («（元）» → 元), its
 * value multiplied out when the head's unit carries 万 or 亿 («（亿元）9.6» is 9.6亿元).
 */
export function cellQuantity(q: Quantity, cell: TableCell | null): Quantity {
  return cell?.unit && q.counter === '' ? withUnit(q, cell.unit) : q;
}

/**
 * A cell's date: the year its column head names, else, under a head that gives only the status
 * («年度目标值»), the year of the period its table stands in (periods.ts: the year the document
 * assesses). What a cell says was achieved is never of a time after `published`, so under a plan's
 * heading («二、存在问题和2025年打算») its «实际值» is of the statistics the report reviews (the
 * period's foundIn), not of the planned year. Null when the table says none, so the cell is dated
 * as prose is.
 */
export function cellDate(
  cell: TableCell | null,
  period: { year: PartialDate; kind?: 'review' | 'plan'; foundIn?: PartialDate } | null,
  published: PartialDate | null = null,
): PartialDate | null {
  if (!cell?.time) return null;
  if (cell.time.status !== 'achieved') return cell.time.date ?? period?.year ?? null;
  const date =
    cell.time.date ?? (period?.kind === 'plan' ? (period.foundIn ?? null) : (period?.year ?? null));
  const after = date !== null && published !== null && date.slice(0, 4) > published.slice(0, 4);
  return after ? null : date;
}

/** A cell's scope: the level its column head names when its row's words name none. */
export function cellScope(scope: FactScope, cell: TableCell | null): FactScope {
  return cell?.levels && scope.levels === 'unstated' ? { ...scope, levels: cell.levels } : scope;
}
