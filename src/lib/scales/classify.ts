/**
 * Classes a reader can follow. With few distinct values the values themselves are the classes
 * (quantiles of three numbers mean nothing); with many, quantile breaks rounded to nice numbers.
 */
import { bisectRight, quantileSorted, tickStep } from 'd3-array';

export type Classification =
  /** Each distinct value is its own class, ascending. */
  | { kind: 'categories'; values: number[] }
  /** Class i holds v with breaks[i-1] <= v < breaks[i]; the first from min, the last up to max. */
  | { kind: 'breaks'; breaks: number[]; min: number; max: number };

export interface ClassifyOptions {
  /** At most this many distinct values are shown as categories. */
  maxCategories?: number;
  /** How many classes to aim for when breaking a range. */
  classes?: number;
}

export function classify(values: readonly number[], opts: ClassifyOptions = {}): Classification {
  const maxCategories = opts.maxCategories ?? 6;
  const target = opts.classes ?? 5;
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  if (distinct.length <= maxCategories) return { kind: 'categories', values: distinct };
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  // Round each quantile to a step finer than the class width, so breaks look like 20, 40, 65.
  const step = tickStep(min, max, target * 4);
  const breaks: number[] = [];
  for (let i = 1; i < target; i++) {
    const q = quantileSorted(sorted, i / target) as number;
    const nice = Math.round(q / step) * step;
    // Float noise from the division must not print as 0.30000000000000004.
    const clean = Number(nice.toPrecision(12));
    if (clean > min && clean <= max && clean > (breaks[breaks.length - 1] ?? -Infinity))
      breaks.push(clean);
  }
  return { kind: 'breaks', breaks, min, max };
}

export function classCount(c: Classification): number {
  return c.kind === 'categories' ? c.values.length : c.breaks.length + 1;
}

/** The class index of a value; values outside the classified range go to the nearest end class. */
export function classOf(c: Classification, v: number): number {
  if (c.kind === 'breaks') return bisectRight(c.breaks, v);
  const exact = c.values.indexOf(v);
  if (exact >= 0) return exact;
  return Math.max(0, Math.min(c.values.length - 1, bisectRight(c.values, v) - 1));
}

/** Each class's bounds, for legend labels: a single value, or a half-open range. */
export type ClassBounds =
  { kind: 'value'; value: number } | { kind: 'range'; from: number; to: number };

export function classBounds(c: Classification): ClassBounds[] {
  if (c.kind === 'categories') return c.values.map((value) => ({ kind: 'value', value }));
  const edges = [c.min, ...c.breaks, c.max];
  return edges.slice(0, -1).map((from, i) => ({ kind: 'range', from, to: edges[i + 1] as number }));
}
