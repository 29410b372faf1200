/**
 * The map "as of" a year: each region shows its latest achieved value at or before that year.
 * A target shows (as a target) only while no achievement is known and its year has not passed,
 * and only once it was announced; a fact without its own date falls back to its source's date.
 */
import { yearOf } from '../domain/dates';
import type { Fact, PartialDate, Source, SourceId } from '../domain/schema';

export interface AsOf {
  fact: Fact;
  /** The date used: the fact's own, or its source's publication date. */
  date: PartialDate | null;
  /** The value is older than the year asked for (carried forward). */
  fromEarlierYear: boolean;
  isTarget: boolean;
  /** The fact had no date of its own; its source's publication date stands in. */
  fallbackDate: boolean;
}

type Sources = ReadonlyMap<SourceId, Pick<Source, 'published'>>;

function effectiveDate(f: Fact, sources: Sources): { date: PartialDate | null; fallback: boolean } {
  if (f.date !== null) return { date: f.date, fallback: false };
  return { date: sources.get(f.source)?.published ?? null, fallback: true };
}

/** Later partial dates sort after earlier ones; "2023" sorts before "2023-03" (less specific). */
const byDateThenId = (a: AsOf, b: AsOf) =>
  (a.date ?? '').localeCompare(b.date ?? '') || a.fact.id.localeCompare(b.fact.id);

/** The value to show for year (null = latest), or null when nothing applies. */
export function valueAsOf(
  facts: readonly Fact[],
  year: number | null,
  sources: Sources,
): AsOf | null {
  const achieved: AsOf[] = [];
  const targets: AsOf[] = [];
  for (const fact of facts) {
    const { date, fallback } = effectiveDate(fact, sources);
    const y = yearOf(date);
    const isTarget = fact.status === 'target';
    const entry: AsOf = {
      fact,
      date,
      fromEarlierYear: year !== null && y !== null && y < year,
      isTarget,
      fallbackDate: fallback,
    };
    if (!isTarget) {
      if (year === null || (y !== null && y <= year)) achieved.push(entry);
      continue;
    }
    const announced = yearOf(sources.get(fact.source)?.published ?? null);
    const notYetDue = year === null || y === null || y >= year;
    const known = year === null || announced === null || announced <= year;
    if (notYetDue && known) targets.push({ ...entry, fromEarlierYear: false });
  }
  achieved.sort(byDateThenId);
  // Of several targets the nearest deadline is the one a reader is waiting for.
  targets.sort(byDateThenId);
  return achieved[achieved.length - 1] ?? targets[0] ?? null;
}
