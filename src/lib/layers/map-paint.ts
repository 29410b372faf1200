/**
 * MapLibre paint for the indicator layers, as pure expressions over feature state, and the plan
 * of which state each region gets. The map sets the states and swaps a few paint properties; it
 * never rebuilds a source, so switching layers or scrubbing the timeline costs a state update.
 *
 * Region polygons (promoteId `code`) carry the choropleth and measure keys; the label points
 * carry the symbol and milestone keys. Symbol layers use a fixed pool of slots, so stacking
 * another indicator assigns a slot instead of adding a layer.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Atlas } from '../data/atlas';
import type { RegionCode } from '../domain/schema';
import { INDICATOR_LAYER } from '../map/ids';
import { NO_DATA } from '../scales/color';
import type { LayerSpec } from './layer-specs';

/** Feature-state keys. */
export const STATE = {
  /** Choropleth class index of the region's own value; absent = none. */
  class: 'class',
  /** The shown choropleth value is a target, not an achievement. */
  target: 'target',
  /** A county without a value of its own inside a region that has one: drawn as a pale veil. */
  inherit: 'inherit',
  /** A county with no value of its own or of any region containing it. */
  noData: 'nodata',
  /** The region reports the measure shown. */
  measure: 'measure',
  /** Number of milestones at or before the year, and of those still ahead. */
  milestones: 'ms',
  upcoming: 'msUp',
} as const;

/** How many symbol layers the map can stack; the topmost ones win beyond that. */
export const SYMBOL_SLOTS = INDICATOR_LAYER.symbols.length;
export const slotRadiusKey = (slot: number): string => `r${slot}`;
export const slotTargetKey = (slot: number): string => `t${slot}`;

export type FeatureState = Record<string, number | boolean>;

const flag = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const hasClass: ExpressionSpecification = ['>=', ['number', ['feature-state', STATE.class], -1], 0];

type Choropleth = Extract<LayerSpec, { kind: 'choropleth' }>;

/** fill-color: the class colour, white for the veil over inheriting counties, grey for no data. */
export function choroplethFillColor(spec: Choropleth): ExpressionSpecification {
  const pairs = spec.colours.flatMap((c, i) => [i, c]);
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

/** circle-radius for one symbol slot. */
export function symbolRadius(slot: number): ExpressionSpecification {
  return ['number', ['feature-state', slotRadiusKey(slot)], 0];
}

/** circle-opacity (fill) for one symbol slot: hollow for targets; the stroke stays. */
export function symbolFillOpacity(slot: number): ExpressionSpecification {
  return ['case', flag(slotTargetKey(slot)), 0, 0.7];
}

/** circle-stroke-opacity for one symbol slot: only where the slot has a symbol. */
export function symbolStrokeOpacity(slot: number): ExpressionSpecification {
  return ['case', ['>', symbolRadius(slot), 0], 1, 0];
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

/** What the map should show for a stack of specs. */
export interface PaintPlan {
  choropleth: Choropleth | null;
  /** Symbol specs by slot, bottom first; at most SYMBOL_SLOTS. */
  symbols: { slot: number; colour: string }[];
  measure: { colour: string } | null;
  /** Every region's state: set on its polygon and on its label point. */
  states: Map<RegionCode, FeatureState>;
}

/** The region's ancestors and the groups it belongs to: what a county's value may inherit from. */
function containers(atlas: Atlas, code: RegionCode): RegionCode[] {
  const out: RegionCode[] = [];
  for (const g of atlas.dataset.regions)
    if (g.level === 'group' && g.members.includes(code)) out.push(g.code);
  for (let r = atlas.regions.get(code); r?.parent; r = atlas.regions.get(r.parent))
    out.push(r.parent);
  return out;
}

export function paintPlan(specs: readonly LayerSpec[], atlas: Atlas): PaintPlan {
  const states = new Map<RegionCode, FeatureState>();
  const put = (code: RegionCode, s: FeatureState) =>
    states.set(code, { ...states.get(code), ...s });
  const symbolSpecs = specs.filter((s) => s.kind === 'symbols').slice(-SYMBOL_SLOTS);
  const plan: PaintPlan = {
    choropleth: null,
    symbols: [],
    measure: null,
    states,
  };
  let measure: Extract<LayerSpec, { kind: 'measure' }> | null = null;
  for (const spec of specs) {
    switch (spec.kind) {
      case 'choropleth':
        plan.choropleth = spec;
        for (const [code, v] of spec.valuesByRegion)
          put(code, { [STATE.class]: v.class, [STATE.target]: v.isTarget });
        for (const r of atlas.dataset.regions) {
          if (r.level !== 'county' || spec.valuesByRegion.has(r.code)) continue;
          const inherits = containers(atlas, r.code).some((c) => spec.valuesByRegion.has(c));
          put(r.code, inherits ? { [STATE.inherit]: true } : { [STATE.noData]: true });
        }
        break;
      case 'symbols': {
        const slot = symbolSpecs.indexOf(spec);
        if (slot < 0) break;
        plan.symbols.push({ slot, colour: spec.colour });
        for (const [code, v] of spec.valuesByRegion)
          put(code, { [slotRadiusKey(slot)]: v.radius, [slotTargetKey(slot)]: v.isTarget });
        break;
      }
      case 'measure':
        // One measure outline at a time: the topmost wins (applied below); the legend lists it.
        measure = spec;
        break;
      case 'milestones':
        for (const { event, upcoming } of spec.events) {
          const key = upcoming ? STATE.upcoming : STATE.milestones;
          const now = states.get(event.region)?.[key];
          put(event.region, { [key]: (typeof now === 'number' ? now : 0) + 1 });
        }
        break;
      case 'context':
        break;
      default:
        spec satisfies never;
    }
  }
  if (measure) {
    plan.measure = { colour: measure.colour };
    for (const code of measure.regions) put(code, { [STATE.measure]: true });
  }
  return plan;
}
