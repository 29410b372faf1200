/** Years from the dataset's partial dates, shared by the timeline axis and the URL's year check. */
import { yearOf } from '../domain/dates';
import type { Dataset } from '../domain/schema';

/** Every dated item's year: fact dates and event dates. */
export function datedYears(ds: Pick<Dataset, 'facts' | 'events'>): number[] {
  const years: number[] = [];
  for (const f of ds.facts) if (f.date !== null) years.push(yearOf(f.date));
  for (const e of ds.events) years.push(yearOf(e.date));
  return years;
}

/** Inclusive [earliest, latest], or null when nothing is dated. */
export function yearSpan(years: readonly number[]): readonly [min: number, max: number] | null {
  if (years.length === 0) return null;
  return [Math.min(...years), Math.max(...years)];
}
