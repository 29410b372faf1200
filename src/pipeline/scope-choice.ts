/**
 * The indicator a fact is drawn on, chosen by the fact's own scope: the words name a concept
 * (indicators.ts), and among that concept's indicators the fact's own school levels pick the
 * layer. «小学、初中校际差异系数分别为0.38、0.31»: both numbers name the difference coefficient,
 * and 0.31 is the junior one, so it goes on the junior layer, never on the primary one.
 */
import type { FactLevels } from '../lib/domain/schema.ts';
import type { IndicatorEntry } from './catalogue.ts';

/**
 * `matched`, or the indicator of its concept whose school levels are the fact's own when
 * `matched`'s are not; everything else of the scope (period, purpose, base) must agree. A fact
 * whose levels no indicator of its concept has, or that names none, stays on `matched`.
 */
export function chooseByLevels(
  matched: IndicatorEntry,
  levels: FactLevels,
  indicators: readonly IndicatorEntry[],
): IndicatorEntry {
  if (levels === 'unstated' || levels === matched.scope.levels) return matched;
  const same = (i: IndicatorEntry) =>
    i.concept === matched.concept &&
    i.scope.period === matched.scope.period &&
    i.scope.purpose === matched.scope.purpose &&
    i.scope.base === matched.scope.base;
  return indicators.find((i) => same(i) && i.scope.levels === levels) ?? matched;
}
