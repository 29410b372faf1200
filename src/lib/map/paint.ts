/**
 * MapLibre paint for the indicator layers, as pure expressions over feature state (the plan of
 * which state each region gets is map-plan.ts). The map sets the states and swaps a few paint
 * properties; it never rebuilds a source, so switching layers or scrubbing the timeline costs a
 * state update.
 *
 * Region polygons (promoteId `code`) carry the choropleth and measure keys; the label points
 * carry the symbol and milestone keys. Symbol layers use a fixed pool of slots, so stacking
 * another indicator assigns a slot instead of adding a layer.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/lang';
import { NO_DATA } from '../scales/color';

/** Feature-state keys. */
export const STATE = {
  /** Choropleth class index of the region's own value; absent = none. */
  class: 'class',
  /** The shown choropleth value is a target, not an achievement. */
  target: 'target',
  /** A county without a value of its own inside a region that has one: drawn as a pale veil. */
  inherit: 'inherit',
  /** The value falls short of the threshold the choropleth is drawn against: hatched too. */
  hatch: 'hatch',
  /** A county with no value of its own or of any region containing it. */
  noData: 'nodata',
  /** The region reports the measure shown. */
  measure: 'measure',
  /** Number of milestones at or before the year, and of those still ahead. */
  milestones: 'ms',
  upcoming: 'msUp',
} as const;

export const slotRadiusKey = (slot: number): string => `r${slot}`;
export const slotTargetKey = (slot: number): string => `t${slot}`;

export type FeatureState = Record<string, number | boolean>;

const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const hasClass: ExpressionSpecification = ['>=', ['number', ['feature-state', STATE.class], -1], 0];

/** The feature-state key of a compared region's polygon (kept apart from the indicator keys, like hover). */
export const COMPARED = 'compared';

/** line-opacity of the comparison outline: only on compared regions. */
export const comparedLineOpacity: ExpressionSpecification = ['case', flag(COMPARED), 1, 0];

/** fill-color: the class colour (class i → colours[i]), white for the veil over inheriting counties, grey for no data. */
export function choroplethFillColor(colours: readonly string[]): ExpressionSpecification {
  const pairs = colours.flatMap((c, i) => [i, c]);
  const byClass: ExpressionSpecification =
    pairs.length === 0
      ? ['to-color', NO_DATA.fill]
      : ([
          'match',
          ['number', ['feature-state', STATE.class], -1],
          ...(pairs as [number, string]),
          NO_DATA.fill,
        ] as ExpressionSpecification);
  return ['case', flag(STATE.inherit), '#ffffff', byClass];
}

/** fill-opacity: solid for achievements, faint for targets, a veil or grey where the county has no value. */
export const choroplethFillOpacity: ExpressionSpecification = [
  'case',
  hasClass,
  ['case', flag(STATE.target), 0.35, 0.85],
  flag(STATE.inherit),
  0.55,
  flag(STATE.noData),
  0.8,
  0,
];

/** fill-opacity of the hatching over a value that falls short of the standard: fainter on a target, as its fill is. */
export const choroplethHatchOpacity: ExpressionSpecification = [
  'case',
  flag(STATE.hatch),
  ['case', flag(STATE.target), 0.5, 1],
  0,
];

/**
 * line-opacity for the dashed outline (line-dasharray = NO_DATA.dash): visible on counties with
 * no data and on targets. MapLibre cannot vary the dash per feature, but it can vary opacity.
 */
export const dashedOutlineOpacity: ExpressionSpecification = [
  'case',
  ['all', hasClass, flag(STATE.target)],
  1,
  flag(STATE.noData),
  1,
  0,
];

/** circle-radius for one symbol slot: the radius its feature state carries, in pixels. */
export function slotRadius(slot: number): ExpressionSpecification {
  return ['number', ['feature-state', slotRadiusKey(slot)], 0];
}

/** circle-opacity (fill) for one symbol slot: hollow for targets; the stroke stays. */
export function symbolFillOpacity(slot: number): ExpressionSpecification {
  return ['case', flag(slotTargetKey(slot)), 0, 0.7];
}

/** circle-stroke-opacity for one symbol slot: only where the slot has a symbol. */
export function symbolStrokeOpacity(slot: number): ExpressionSpecification {
  return ['case', ['>', slotRadius(slot), 0], 1, 0];
}

/** Measure outline and fill opacity: only on regions that report the measure. */
export const measureLineOpacity: ExpressionSpecification = ['case', flag(STATE.measure), 1, 0];
export const measureFillOpacity: ExpressionSpecification = ['case', flag(STATE.measure), 0.18, 0];

/** Milestone markers: shown where a region has milestones; hollow when all lie ahead. */
const milestoneCount = (key: string): ExpressionSpecification => [
  'number',
  ['feature-state', key],
  0,
];
export const milestoneRadius: ExpressionSpecification = [
  'case',
  ['>', ['+', milestoneCount(STATE.milestones), milestoneCount(STATE.upcoming)], 0],
  6,
  0,
];
export const milestoneFillOpacity: ExpressionSpecification = [
  'case',
  ['>', milestoneCount(STATE.milestones), 0],
  1,
  0,
];

/** The property of a label point that holds its name in `lang`. */
export const labelProperty = (lang: Lang): 'name_zh' | 'name_en' =>
  lang === 'zh' ? 'name_zh' : 'name_en';

/** The label text for a language: the feature's own name in it. */
export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', labelProperty(lang)];
}
