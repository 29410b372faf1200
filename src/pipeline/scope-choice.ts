/**
 * The indicator a fact is drawn on, chosen by the fact's own scope: the words name a concept
 * (indicators.ts), and among that concept's indicators the fact's own scope picks the layer.
 * «小学、初中校际差异系数分别为0.38、0.31»: both numbers name the difference coefficient, and
 * 0.31 is the junior one, so it goes on the junior layer, never on the primary one; money whose
 * sentence states no purpose («全年义务教育投入资金12.4亿元») is not drawn as school building.
 */
import type { FactLevels, Purpose } from '../lib/domain/schema.ts';
import type { IndicatorEntry } from './catalogue.ts';

/** What of a fact's own scope chooses its layer. */
export interface OwnScope {
  levels: FactLevels;
  /** What money is for, as its sentence says; null when it says nothing (or is not money). */
  purpose: Purpose | null;
}

/**
 * Money whose own sentence states no purpose goes on its concept's indicator for no stated
 * purpose, when the concept has one. Only that way: the purpose a sentence states may be read from
 * a later clause («投入经费21.5亿元，新建学校6所»), too weak to move money onto a purpose's layer.
 */
function byPurpose(
  matched: IndicatorEntry,
  purpose: Purpose | null,
  kin: readonly IndicatorEntry[],
  levels: FactLevels,
): IndicatorEntry {
  const stated = matched.scope.purpose;
  if (matched.unit !== 'yuan' || purpose !== null || stated === undefined || stated === 'unstated')
    return matched;
  const fits = kin.filter((i) => i.scope.purpose === 'unstated');
  return fits.find((i) => i.scope.levels === levels) ?? fits[0] ?? matched;
}

/**
 * `matched`, or the indicator of its concept whose scope is the fact's own: first money of no
 * stated purpose, then the school levels. Period and base must agree. A fact whose scope no indicator of
 * its concept has, or that names no level, stays where its words put it.
 */
export function chooseByScope(
  matched: IndicatorEntry,
  own: OwnScope,
  indicators: readonly IndicatorEntry[],
): IndicatorEntry {
  const kin = indicators.filter(
    (i) =>
      i.concept === matched.concept &&
      i.scope.period === matched.scope.period &&
      i.scope.base === matched.scope.base,
  );
  const chosen = byPurpose(matched, own.purpose, kin, own.levels);
  if (own.levels === 'unstated' || own.levels === chosen.scope.levels) return chosen;
  return (
    kin.find((i) => i.scope.purpose === chosen.scope.purpose && i.scope.levels === own.levels) ??
    chosen
  );
}
