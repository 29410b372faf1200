/** A small value-over-time chart's geometry, pure: one point per dated fact, targets marked. */
import { scaleLinear } from 'd3-scale';
import { fractionalYear } from '../domain/dates';
import type { Fact } from '../domain/schema';

export interface SparkPoint {
  x: number;
  y: number;
  target: boolean;
  label: string;
}

/**
 * Points for the values with a date, oldest first; null when fewer than two distinct times remain.
 * The panel passes each fact with its date by the time rule (its own, or its document's).
 */
export function sparkPoints(
  facts: readonly Pick<Fact, 'value' | 'status' | 'date'>[],
  width: number,
  height: number,
  pad = 4,
): SparkPoint[] | null {
  const dated = facts
    .filter((f): f is typeof f & { date: string } => f.date !== null)
    .sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
  const times = dated.map((f) => fractionalYear(f.date));
  if (new Set(times).size < 2) return null;
  const values = dated.map((f) => f.value);
  const x = scaleLinear()
    .domain([Math.min(...times), Math.max(...times)])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values)])
    .range([height - pad, pad]);
  return dated.map((f) => ({
    x: x(fractionalYear(f.date)),
    y: y(f.value),
    target: f.status === 'target',
    label: f.date,
  }));
}
