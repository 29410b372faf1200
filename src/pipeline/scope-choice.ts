/**
 * The indicator a fact is drawn on, chosen by the fact's own scope: the words name a concept
 * (indicators.ts), and among that concept's indicators the fact's own scope picks the layer.
 * «小学、初中校际差异系数分别为0.38、0.31»: both numbers name the difference coefficient, and
 * 0.31 is the junior one, so it goes on the junior layer, never on the primary one; money whose
 * sentence states no purpose («全年义务教育投入资金12.4亿元») is not drawn as school building.
 */
import type { FactLevels, Purpose, Scope } from '../lib/domain/schema.ts';
import type { IndicatorEntry } from './catalogue.ts';

/** What of a fact's own scope chooses its layer. */
export interface OwnScope {
  levels: FactLevels;
  /**
   * What money is for, as its own clause or an earlier one of its sentence says
   * (fact-scope.ts#statedPurpose); null when they say nothing (or it is not money).
   */
  purpose: Purpose | null;
  /** Whether its own words make it a yearly rate (每年, 年均): fact-scope.ts's period kind. */
  rate: boolean;
  /** Whether it is a total over more than one year (fact-scope.ts#spansYears). */
  overYears: boolean;
  /**
   * Whether its own item of a list names its one level («新建小学6所、初中3所», «其中小学学位
   * 4100个»): fact-scope.ts#itemNamesOneLevel. Then it is a part of a layer of more levels.
   */
  levelOfItem: boolean;
}

// One school level, and the levels of a layer that holds more than one or says none.
const ONE_LEVEL = new Set<FactLevels>(['primary', 'junior', 'senior-high']);
const WIDER = new Set<LayerLevels>(['unstated', 'compulsory', 'primary-secondary']);
// Periods whose figure is of one school or one rule, whatever level it names.
const WHOLE_ONLY = new Set<string>(['project', 'rule']);

/** The school levels a layer's scope names. */
type LayerLevels = Scope['levels'];

/**
 * A fact's levels as the layers name them, null for levels no layer draws (vocational schools,
 * secondary schools of both stages): schools and kindergartens together («中小学校和幼儿园») are
 * basic education.
 */
const LAYER_LEVELS: Readonly<Record<FactLevels, LayerLevels | null>> = {
  preschool: 'preschool',
  primary: 'primary',
  junior: 'junior',
  'senior-high': 'senior-high',
  vocational: null,
  higher: 'higher',
  compulsory: 'compulsory',
  secondary: null,
  'primary-secondary': 'primary-secondary',
  basic: 'schools-and-kindergartens',
  all: 'all',
  unstated: 'unstated',
};

/** The indicator among `fits` at the fact's levels, else the first; undefined when none fits. */
const atLevels = (fits: readonly IndicatorEntry[], levels: LayerLevels | null) =>
  fits.find((i) => i.scope.levels === levels) ?? fits[0];

/**
 * Money goes on its concept's indicator for the purpose its words state, when the concept has one
 * («投入约3.5亿元改造薄弱学校» is weak-school money, whatever keyword named it), and money whose
 * words state none on the indicator for no stated purpose: a purpose only a later clause names
 * («投入资金4.2亿元，新建学校5所») is too weak to draw it as school building.
 */
function byPurpose(
  matched: IndicatorEntry,
  purpose: Purpose | null,
  kin: readonly IndicatorEntry[],
  levels: LayerLevels | null,
): IndicatorEntry {
  const stated = matched.scope.purpose;
  if (matched.unit !== 'yuan' || stated === undefined || stated === purpose) return matched;
  if (purpose !== null)
    return (
      atLevels(
        kin.filter((i) => i.scope.purpose === purpose),
        levels,
      ) ?? matched
    );
  if (stated === 'unstated') return matched;
  return (
    atLevels(
      kin.filter((i) => i.scope.purpose === 'unstated'),
      levels,
    ) ?? matched
  );
}

/** Whether a layer draws a part of what its concept counts: places in public schools, not all. */
const ofPart = (i: IndicatorEntry): boolean =>
  i.unit !== 'yuan' && i.scope.purpose !== undefined && i.scope.purpose !== 'unstated';

/**
 * `matched`, or the indicator of its concept whose scope is the fact's own: first its period (a
 * yearly rate is not drawn beside totals: «每年招聘教师不少于200名» goes on its concept's per-year
 * indicator, or on none; nor a total beside yearly rates: «来沪跟岗培训620人次» since 2021 goes on
 * its concept's cumulative indicator, or on none), then money's purpose, then the school levels. Base must agree. A fact
 * whose levels or purpose no indicator of its concept has, or whose own words name no level,
 * stays where its words put it (the sentence's scope words chose among levels already).
 * Null: no indicator of the concept draws a fact of its period, or the fact is of a part its
 * words state levels of («新建、改扩建公办中小学14所，新增公办学位2.3万个») and its concept's layer
 * of that part states none.
 */
export function chooseByScope(
  matched: IndicatorEntry,
  own: OwnScope,
  indicators: readonly IndicatorEntry[],
): IndicatorEntry | null {
  const levels = LAYER_LEVELS[own.levels];
  const period =
    own.rate && matched.scope.period === 'cumulative'
      ? 'per-year'
      : // A share is no total: «“十三五”期间…年均增长9.1%» stays a yearly rate.
        own.overYears && matched.unit !== 'percent' && matched.scope.period === 'per-year'
        ? 'cumulative'
        : matched.scope.period;
  const kin = indicators.filter(
    (i) =>
      i.concept === matched.concept &&
      i.scope.period === period &&
      i.scope.base === matched.scope.base,
  );
  if (period !== matched.scope.period) {
    const yearly = atLevels(kin, levels);
    if (yearly === undefined) return null;
    matched = yearly;
  }
  const chosen = byPurpose(matched, own.purpose, kin, levels);
  if (own.levels === 'unstated' || levels === chosen.scope.levels) return chosen;
  const atOwn = kin.find(
    (i) => i.scope.purpose === chosen.scope.purpose && i.scope.levels === levels,
  );
  // A part at levels its concept draws only for the whole is not drawn as the part at no level.
  const wholeAtOwn = kin.some((i) => i.scope.levels === levels);
  if (atOwn === undefined && wholeAtOwn && chosen.scope.levels === 'unstated' && ofPart(chosen))
    return null;
  // One level's item of a list («新建小学6所、初中3所», «其中小学学位4100个») is a part of a layer of
  // more levels, or of none stated: drawn only on a layer of its own level. One school's project
  // or a rule stays where its words put it.
  const part = own.levelOfItem && ONE_LEVEL.has(own.levels) && WIDER.has(chosen.scope.levels);
  if (atOwn === undefined && part && !WHOLE_ONLY.has(chosen.scope.period)) return null;
  return atOwn ?? chosen;
}
