/**
 * The map diff: from the plan the map shows to the next one, the MapLibre calls that get it
 * there — layout and paint properties that changed, and the feature-state keys to remove or
 * set. Pure and tested; MapView.svelte applies the operations and nothing else. The first
 * style is built from `layerProperties` too (style.ts), so it starts where the first plan is.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ContextLayerId } from '../domain/layer-ref';
import type { RegionCode } from '../domain/schema';
import { CONTEXT_LAYER_IDS, INDICATOR_LAYER, LABEL_LAYERS, REGION_LEVELS } from './ids';
import type { MapPlan } from './map-plan';
import { choroplethFillColor, labelField, type FeatureState } from './paint';
import { stateOps } from './state-diff';

/** A property value the plan sets: a keyword or colour, or an expression. */
export type PropertyValue = string | ExpressionSpecification;

/** The layout and paint properties a plan sets on one layer. */
export interface LayerProperties {
  layout: Record<string, PropertyValue>;
  paint: Record<string, PropertyValue>;
}

/** A feature in a MapLibre source, keyed by region code (promoteId `code`). */
export interface FeatureTarget {
  source: string;
  id: RegionCode;
}

/** One MapLibre call. */
export type MapOp =
  | { op: 'layout'; layer: string; name: string; value: PropertyValue }
  | { op: 'paint'; layer: string; name: string; value: PropertyValue }
  | { op: 'removeState'; target: FeatureTarget; key: string }
  | { op: 'setState'; target: FeatureTarget; state: FeatureState };

const visibility = (on: boolean) => (on ? 'visible' : 'none');

/** Every property the plan decides, by layer id. Layers it does not mention keep their style. */
export function layerProperties(plan: MapPlan): Map<string, LayerProperties> {
  const out = new Map<string, LayerProperties>();
  const set = (layer: string, kind: 'layout' | 'paint', name: string, value: PropertyValue) => {
    const props = out.get(layer) ?? { layout: {}, paint: {} };
    props[kind][name] = value;
    out.set(layer, props);
  };
  for (const [toggle, layers] of Object.entries(CONTEXT_LAYER_IDS) as [
    ContextLayerId,
    readonly string[],
  ][])
    for (const layer of layers)
      set(layer, 'layout', 'visibility', visibility(plan.context[toggle]));
  for (const layer of LABEL_LAYERS) set(layer, 'layout', 'text-field', labelField(plan.lang));
  for (const level of REGION_LEVELS) {
    const fill = INDICATOR_LAYER.choroplethFill[level];
    set(fill, 'layout', 'visibility', visibility(plan.choropleth !== null));
    set(
      INDICATOR_LAYER.choroplethDash[level],
      'layout',
      'visibility',
      visibility(plan.choropleth !== null),
    );
    // A hidden layer keeps its last colours: setting them would only cost a repaint.
    if (plan.choropleth)
      set(fill, 'paint', 'fill-color', choroplethFillColor(plan.choropleth.colours));
    const measureFill = INDICATOR_LAYER.measureFill[level];
    const measureLine = INDICATOR_LAYER.measureLine[level];
    set(measureFill, 'layout', 'visibility', visibility(plan.measure !== null));
    set(measureLine, 'layout', 'visibility', visibility(plan.measure !== null));
    if (plan.measure) {
      set(measureFill, 'paint', 'fill-color', plan.measure.colour);
      set(measureLine, 'paint', 'line-color', plan.measure.colour);
    }
  }
  // Symbol slots stay visible (radius 0 draws nothing): toggling their visibility would re-lay
  // out every label on the shared point source.
  for (const { slot, colour } of plan.symbols) {
    const layer = INDICATOR_LAYER.symbols[slot];
    if (layer === undefined) continue;
    set(layer, 'paint', 'circle-color', colour);
    set(layer, 'paint', 'circle-stroke-color', colour);
  }
  return out;
}

const same = (a: PropertyValue | undefined, b: PropertyValue) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The calls that turn the map showing `prev` (null: the first style, built from `next`) into one
 * showing `next`. `targetsOf` names the features that carry a region's state (its polygon and its
 * label point). Feature states are diffed key by key, so hover and selection, kept under other
 * keys, survive every change.
 */
export function mapOps(
  prev: MapPlan | null,
  next: MapPlan,
  targetsOf: (code: RegionCode) => readonly string[],
): MapOp[] {
  const ops: MapOp[] = [];
  const before = prev ? layerProperties(prev) : new Map<string, LayerProperties>();
  for (const [layer, props] of layerProperties(next)) {
    const was = before.get(layer);
    for (const kind of ['layout', 'paint'] as const)
      for (const [name, value] of Object.entries(props[kind]))
        if (prev === null || !same(was?.[kind][name], value))
          ops.push({ op: kind, layer, name, value });
  }
  const states = stateOps(prev?.states ?? new Map(), next.states);
  for (const [id, key] of states.remove)
    for (const source of targetsOf(id))
      ops.push({ op: 'removeState', target: { source, id }, key });
  for (const [id, state] of states.set)
    for (const source of targetsOf(id)) ops.push({ op: 'setState', target: { source, id }, state });
  return ops;
}
