/**
 * A choropleth drawn against the national standard: the one threshold a layer's values are read
 * against, and each value's class by its verdict — meets, falls short, cannot tell — in the order
 * the legend lists them. A region with no value is "no figure", as on any choropleth. Pure; the
 * judgement is data/standards.ts's, the same the panels say in words.
 */
import { governing, judge, type Figure, type Verdict } from '../data/standards';
import type { Indicator, Standard, Unit } from '../domain/schema';
import { VERDICT_COLOURS } from '../scales/color';

/** The verdicts as the drawing's classes, in legend order: class i is VERDICT_CLASSES[i]. */
export const VERDICT_CLASSES = [
  'meets',
  'short',
  'undetermined',
] as const satisfies readonly Verdict[];

/** The class colours, class i in VERDICT_CLASSES[i]'s colour. */
export const VERDICT_CLASS_COLOURS: readonly string[] = VERDICT_CLASSES.map(
  (v) => VERDICT_COLOURS[v],
);

/** The verdict drawn hatched as well as coloured, so that it is told apart without colour. */
export const HATCHED_VERDICT: Verdict = 'short';

/**
 * The one threshold every value of a layer is read against: the thresholds that govern its
 * `indicators` (each at its own school levels) must be exactly one, written in the layer's `unit`.
 * Null when none governs the layer, when several do (figures for primary and junior together
 * are read against two bars, so no one colour says "meets"), or when the units differ: the
 * layer is then drawn on its scale of values only.
 */
export function layerStandard(
  standards: readonly Standard[],
  indicators: readonly Pick<Indicator, 'id' | 'scope'>[],
  unit: Unit,
): Standard | null {
  const found = new Set(indicators.flatMap((i) => governing(standards, i.id, i.scope.levels)));
  const [only] = found;
  return found.size === 1 && only?.unit === unit ? only : null;
}

/** A value's class on the drawing: the index in VERDICT_CLASSES of its verdict against `standard`. */
export function verdictClass(figure: Figure, standard: Standard): number {
  return VERDICT_CLASSES.indexOf(judge(figure, standard).verdict);
}
