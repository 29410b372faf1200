/** The year of a partial ISO date ("2021-12" → 2021); partial dates always start with one. */
export function yearOf(date: string): number;
export function yearOf(date: string | null): number | null;
export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}
