/**
 * A figure read against the national standard that governs it: which thresholds apply (by the
 * figure's indicator and school levels) and whether the figure meets each, and by how much it
 * falls short. Pure; the words are layers/standard-words.ts's.
 */
import type { Comparator, Fact, IndicatorId, Standard } from '../domain/schema';

/** Meets the threshold, falls short of it, or cannot tell (the figure is a bound or a range across it). */
export type Verdict = 'meets' | 'short' | 'undetermined';

/** What a judgement reads of a fact: its value or range, how it is qualified, and whether it is a target. */
export type Figure = Pick<Fact, 'value' | 'upper' | 'qualifier' | 'status'>;

/** One figure against one threshold. */
export interface Judgement {
  standard: Standard;
  verdict: Verdict;
  /** How far short, in the indicator's unit; 0 unless `verdict` is "short" (and 0 then for a strict bar just missed). */
  shortBy: number;
  /** The figure is a target: it is read as a target against the standard. */
  target: boolean;
}

/**
 * The thresholds of `standards` that govern a figure of `indicator` counting `levels` (the
 * fact's own levels where known, else its indicator's): a primary or junior figure is read
 * against its own level's thresholds and those for both; any other figure against all of its
 * indicator's, each named by its level.
 */
export function governing(
  standards: readonly Standard[],
  indicator: IndicatorId,
  levels: string,
): Standard[] {
  const own = standards.filter((s) => s.indicator === indicator);
  if (levels !== 'primary' && levels !== 'junior') return own;
  return own.filter((s) => s.levels === levels || s.levels === 'compulsory');
}

/** The values a figure may stand for: a range's two ends, a bound's open side, else the value. */
function interval(fact: Figure): [number, number] {
  if (fact.upper !== undefined && fact.upper !== null) return [fact.value, fact.upper];
  if (fact.qualifier === 'atLeast') return [fact.value, Infinity];
  if (fact.qualifier === 'atMost') return [-Infinity, fact.value];
  return [fact.value, fact.value];
}

/** Does every value of [lo, hi] pass, does none, and how far is the nearest from the bar. */
function compare(
  [lo, hi]: [number, number],
  comparator: Comparator,
  bar: number,
): { all: boolean; none: boolean; gap: number } {
  switch (comparator) {
    case '>=':
      return { all: lo >= bar, none: hi < bar, gap: bar - hi };
    case '>':
      return { all: lo > bar, none: hi <= bar, gap: bar - hi };
    case '<=':
      return { all: hi <= bar, none: lo > bar, gap: lo - bar };
    case '<':
      return { all: hi < bar, none: lo >= bar, gap: lo - bar };
    case '=':
      return {
        all: lo === bar && hi === bar,
        none: bar < lo || bar > hi,
        gap: Math.min(Math.abs(lo - bar), Math.abs(hi - bar)),
      };
    default:
      return comparator satisfies never;
  }
}

/** 0.45 − 0.415 is 0.03500000000000003 in floating point; the shortfall is said as the figures are written. */
const tidy = (x: number) => Number(x.toPrecision(12));

/** `fact` against `standard` (its value in the standard's unit, as the build checks). */
export function judge(fact: Figure, standard: Standard): Judgement {
  const { all, none, gap } = compare(interval(fact), standard.comparator, standard.value);
  const verdict: Verdict = all ? 'meets' : none ? 'short' : 'undetermined';
  return {
    standard,
    verdict,
    shortBy: verdict === 'short' ? tidy(gap) : 0,
    target: fact.status === 'target',
  };
}

/** `fact` against every threshold that governs it, for a figure counting `levels`. */
export function judgeFact(standards: readonly Standard[], fact: Fact, levels: string): Judgement[] {
  return governing(standards, fact.indicator, levels).map((s) => judge(fact, s));
}
