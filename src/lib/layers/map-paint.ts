/**
 * MapLibre paint for the indicator layers, as pure expressions over feature state. The map sets
 * each region's state (from `featureStates`) and swaps paint properties; it never rebuilds a
 * source, so switching layers or scrubbing the timeline costs a state update, not a re-upload.
 *
 * Region polygons (promoteId `code`) carry the choropleth keys; the region centroid points carry
 * one radius key per symbol layer, so several symbol layers stack on one source.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { IndicatorId, RegionCode } from '../domain/schema';
import { NO_DATA } from '../scales/color';
import type { LayerSpec } from './layer-specs';

/** Feature-state keys on region polygons for the choropleth. */
export const CHOROPLETH_STATE = {
  /** Class index; absent = no data. */
  class: 'class',
  /** The raw value, for tooltips read from the map. */
  value: 'value',
  /** true when the shown value is a target, not an achievement. */
  target: 'target',
} as const;

/** Feature-state key on centroid points for a symbol layer's radius (px); absent = no symbol. */
export const symbolRadiusKey = (id: IndicatorId): string => `r:${id}`;
/** Feature-state key on centroid points: the symbol is a target, drawn hollow. */
export const symbolTargetKey = (id: IndicatorId): string => `t:${id}`;

export type FeatureState = Record<string, number | boolean>;

const isTarget: ExpressionSpecification = [
  'boolean',
  ['feature-state', CHOROPLETH_STATE.target],
  false,
];
const hasClass: ExpressionSpecification = [
  '>=',
  ['number', ['feature-state', CHOROPLETH_STATE.class], -1],
  0,
];

/** fill-color: the class colour, or the no-data grey. */
export function choroplethFillColor(
  spec: Extract<LayerSpec, { kind: 'choropleth' }>,
): ExpressionSpecification {
  const pairs = spec.colours.flatMap((c, i) => [i, c]);
  if (pairs.length === 0) return ['to-color', NO_DATA.fill];
  return [
    'match',
    ['number', ['feature-state', CHOROPLETH_STATE.class], -1],
    ...(pairs as [number, string]),
    NO_DATA.fill,
  ] as ExpressionSpecification;
}

/** fill-opacity: targets are drawn faint (hollow-looking), achievements solid. */
export const choroplethFillOpacity: ExpressionSpecification = ['case', isTarget, 0.3, 0.85];

/**
 * line-opacity for a dashed outline layer (line-dasharray = NO_DATA.dash) over the regions:
 * visible only where there is no value or the value is a target. MapLibre cannot vary the dash
 * per feature, but it can vary opacity, so one dashed layer serves both.
 */
export const dashedOutlineOpacity: ExpressionSpecification = [
  'case',
  ['any', ['!', hasClass], isTarget],
  1,
  0,
];

/** circle-radius for one symbol layer. */
export function symbolRadius(id: IndicatorId): ExpressionSpecification {
  return ['number', ['feature-state', symbolRadiusKey(id)], 0];
}

/** circle-opacity (fill) for one symbol layer: hollow for targets; the stroke stays. */
export function symbolFillOpacity(id: IndicatorId): ExpressionSpecification {
  return ['case', ['boolean', ['feature-state', symbolTargetKey(id)], false], 0, 0.7];
}

/**
 * The feature state each region should have for the choropleth and symbol specs, merged per
 * region. The map should clear these keys on every region first, then set these.
 */
export function featureStates(specs: readonly LayerSpec[]): Map<RegionCode, FeatureState> {
  const out = new Map<RegionCode, FeatureState>();
  const put = (code: RegionCode, s: FeatureState) => out.set(code, { ...out.get(code), ...s });
  for (const spec of specs) {
    switch (spec.kind) {
      case 'choropleth':
        for (const [code, v] of spec.valuesByRegion)
          put(code, { class: v.class, value: v.fact.value, target: v.isTarget });
        break;
      case 'symbols':
        for (const [code, v] of spec.valuesByRegion)
          put(code, {
            [symbolRadiusKey(spec.indicator.id)]: v.radius,
            [symbolTargetKey(spec.indicator.id)]: v.isTarget,
          });
        break;
      case 'milestones':
      case 'measure':
      case 'context':
        break;
      default:
        spec satisfies never;
    }
  }
  return out;
}
