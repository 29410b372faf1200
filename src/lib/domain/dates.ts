/** The year of a partial ISO date ("2021-12" → 2021); partial dates always start with one. */
export function yearOf(date: string): number;
export function yearOf(date: string | null): number | null;
export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/**
 * A partial date as a fractional year, for placing it on a time axis: "2021" → 2021 (the year's
 * start, where the axis labels it), "2021-12" → 2021 + 11/12; the day is ignored.
 */
export function fractionalYear(date: string): number {
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  return yearOf(date) + (month - 1) / 12;
}

/**
 * Partial dates compared as the intervals they name: one that contains the other ("2022" and
 * "2022-08") is neither earlier nor later (0), so a less specific date never loses to a more
 * specific one of the same time only because its string is shorter; otherwise by their start.
 * Null (unknown) comes first.
 */
export function compareDates(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n).localeCompare(b.slice(0, n));
}
