/** CSV text that spreadsheet programs open with its Chinese intact. */
import { csvFormat } from 'd3-dsv';

/**
 * The byte-order mark: without it Excel reads a UTF-8 file as the system's legacy code page
 * (GBK on Chinese Windows, Latin-1 elsewhere) and garbles every Chinese name and quote.
 */
export const BOM = '\uFEFF';

/** Rows as CSV with a header line of `columns`, in that order; the BOM first. */
export function toCsv<K extends string>(
  rows: readonly Record<K, string | number | null>[],
  columns: readonly K[],
): string {
  const cells = rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c, r[c] === null ? '' : String(r[c])])),
  );
  return `${BOM}${csvFormat(cells, [...columns])}\n`;
}
