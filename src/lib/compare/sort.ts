/**
 * Sorting the table: by the region's name or by any column's value. Regions with no value sort
 * last whichever the direction, so "largest first" never opens on a run of blanks. Ties keep the
 * region list's order (the sort is stable). Pure.
 */
import type { Lang } from '../i18n/lang';
import type { TableRow } from './table';

/** The column a table is sorted by: `region`, or a column's key (table.ts#TableColumn.key). */
export type SortColumn = 'region' | (string & {});

/** A sort order, in the words `aria-sort` uses. */
export interface TableSort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

/** Region names in the reader's order: pinyin for Chinese, the alphabet for English. */
const COLLATORS: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator('zh-Hans-u-co-pinyin'),
  en: new Intl.Collator('en'),
};

/**
 * The order after a click on a column's sort button: a new column starts with names A→Z and
 * values largest first (what a reader usually asks of a column of numbers); the same column flips.
 */
export function nextSort(current: TableSort | null, column: SortColumn): TableSort {
  if (current?.column === column)
    return {
      column,
      direction: current.direction === 'ascending' ? 'descending' : 'ascending',
    };
  return { column, direction: column === 'region' ? 'ascending' : 'descending' };
}

/** `rows` in `sort`'s order (a new array); `keys` are the table's column keys, in order. */
export function sortRows(
  rows: readonly TableRow[],
  keys: readonly string[],
  sort: TableSort | null,
  lang: Lang,
): TableRow[] {
  if (sort === null) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'region') {
    const collator = COLLATORS[lang];
    return [...rows].sort(
      (a, b) => sign * collator.compare(a.region.name[lang], b.region.name[lang]),
    );
  }
  const j = keys.indexOf(sort.column);
  if (j < 0) return [...rows];
  const value = (row: TableRow) => row.cells[j]?.value.fact.value ?? null;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return sign * (x - y);
  });
}
