/**
 * The coverage report: every number in every article body and what became of it. It is how a
 * reader checks that nothing quantitative was silently dropped.
 */

/** What became of one number. */
export interface CoverageEntry {
  source: string;
  start: number;
  end: number;
  text: string;
  outcome: 'fact' | 'event' | 'date' | 'left-out';
  /** Fact or event ids the number became (or dated). */
  ids: string[];
  /** Why, for numbers that are not facts; "unmatched" marks a gap in the catalogue. */
  reason: string | null;
}

/** The report as written to disk: totals first, then every entry. */
export interface CoverageReport {
  totals: {
    numbers: number;
    facts: number;
    events: number;
    dates: number;
    leftOut: number;
    unmatched: number;
  };
  leftOutByReason: Record<string, number>;
  entries: CoverageEntry[];
}

export const UNMATCHED = 'unmatched: no indicator rule describes this quantity';

export function coverageReport(entries: CoverageEntry[]): CoverageReport {
  const count = (o: CoverageEntry['outcome']) => entries.filter((e) => e.outcome === o).length;
  const leftOutByReason: Record<string, number> = {};
  for (const e of entries)
    if (e.outcome === 'left-out' && e.reason)
      leftOutByReason[e.reason] = (leftOutByReason[e.reason] ?? 0) + 1;
  return {
    totals: {
      numbers: entries.length,
      facts: count('fact'),
      events: count('event'),
      dates: count('date'),
      leftOut: count('left-out'),
      unmatched: entries.filter((e) => e.reason === UNMATCHED).length,
    },
    leftOutByReason: Object.fromEntries(
      Object.entries(leftOutByReason).sort(([a], [b]) => a.localeCompare(b)),
    ),
    entries,
  };
}
