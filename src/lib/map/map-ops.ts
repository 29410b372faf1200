/**
 * The map diff: from the plan the map shows to the next one, the MapLibre calls that get it
 * there — layout and paint properties that changed, and the feature-state keys to remove or
 * set. Pure and tested; MapView.svelte applies the operations and nothing else. The first
 * style is built from `layerProperties` too (style.ts), so it starts where the first plan is.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ContextLayerId } from '../domain/layer-ref';
import type { RegionCode } from '../domain/schema';
import {
  COMPARED_LINE,
  CONTEXT_LAYER_IDS,
  INDICATOR_LAYER,
  LABEL_LAYERS,
  REGION_LEVELS,
} from './ids';
import type { MapPlan } from './map-plan';
import { choroplethFillColor, COMPARED, labelField, type FeatureState } from './paint';
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

/** One MapLibre call; `addCounties` adds the all-China county source and layer. */
export type MapOp =
  | { op: 'addCounties' }
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
      // The county layer exists only once its file has arrived.
      if (toggle !== 'counties' || plan.countiesLoaded)
        set(layer, 'layout', 'visibility', visibility(plan.context[toggle]));
  for (const layer of LABEL_LAYERS) set(layer, 'layout', 'text-field', labelField(plan.lang));
  for (const level of REGION_LEVELS) {
    // Hidden with nothing compared: at opacity 0 MapLibre would still draw every dashed edge of
    // the level in each frame. Shown once, when a comparison starts, at the cost of one re-layout.
    set(COMPARED_LINE[level], 'layout', 'visibility', visibility(plan.compared.length > 0));
    const fill = INDICATOR_LAYER.choroplethFill[level];
    set(fill, 'layout', 'visibility', visibility(plan.choropleth !== null));
    set(
      INDICATOR_LAYER.choroplethDash[level],
      'layout',
      'visibility',
      visibility(plan.choropleth !== null),
    );
    // Hidden unless values short of a standard are hatched: MapLibre draws a shown pattern layer
    // in every frame, at whatever opacity.
    set(
      INDICATOR_LAYER.choroplethHatch[level],
      'layout',
      'visibility',
      visibility(plan.choropleth?.hatched === true),
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

/** Both plans set the same layer properties: they share every part those are made from. */
function sameLayers(prev: MapPlan | null, next: MapPlan): boolean {
  return (
    prev !== null &&
    prev.lang === next.lang &&
    prev.context === next.context &&
    prev.choropleth === next.choropleth &&
    prev.symbols === next.symbols &&
    prev.measure === next.measure &&
    prev.countiesLoaded === next.countiesLoaded &&
    prev.compared.length > 0 === next.compared.length > 0
  );
}

/**
 * What a map built from `plan` by style.ts shows before any call: the plan's layers, and no
 * feature state (no values, no hover, no selection). `mapOps(asStyled(plan), plan, …)` is then
 * exactly the states still to set.
 */
export function asStyled(plan: MapPlan): MapPlan {
  return { ...plan, states: new Map(), selected: null, hovered: null, compared: [] };
}

/** Where a region's feature state lives: its polygon's source (if drawn) and the label points. */
export interface StateSources {
  polygonOf(code: RegionCode): string | null;
  labels: string;
}

/** A boolean key moved from one region's polygon to another's (hover, selection). */
function moveFlag(
  key: 'selected' | 'hovered',
  from: RegionCode | null,
  to: RegionCode | null,
  sources: StateSources,
): MapOp[] {
  if (from === to) return [];
  // The style reads `hover`; the plan's field says what it holds.
  const name = key === 'hovered' ? 'hover' : 'selected';
  const ops: MapOp[] = [];
  const was = from && sources.polygonOf(from);
  if (from && was)
    ops.push({ op: 'setState', target: { source: was, id: from }, state: { [name]: false } });
  const now = to && sources.polygonOf(to);
  if (to && now)
    ops.push({ op: 'setState', target: { source: now, id: to }, state: { [name]: true } });
  return ops;
}

/** The `compared` flag taken off the regions that left the comparison and put on those that joined. */
function moveCompared(
  from: readonly RegionCode[],
  to: readonly RegionCode[],
  sources: StateSources,
): MapOp[] {
  if (from === to) return [];
  const flag = (code: RegionCode, on: boolean): MapOp[] => {
    const source = sources.polygonOf(code);
    return source
      ? [{ op: 'setState', target: { source, id: code }, state: { [COMPARED]: on } }]
      : [];
  };
  return [
    ...from.filter((c) => !to.includes(c)).flatMap((c) => flag(c, false)),
    ...to.filter((c) => !from.includes(c)).flatMap((c) => flag(c, true)),
  ];
}

/**
 * The calls that turn the map showing `prev` into one showing `next`; with `prev` null (the
 * first style, built from `next`, has just loaded) every property and state of `next`. Indicator
 * states are diffed key by key on each region's polygon and label point; hover and selection,
 * kept under their own keys, move between polygons.
 */
export function mapOps(prev: MapPlan | null, next: MapPlan, sources: StateSources): MapOp[] {
  const ops: MapOp[] = [];
  if (next.countiesLoaded && !prev?.countiesLoaded) ops.push({ op: 'addCounties' });
  if (!sameLayers(prev, next)) {
    const before = prev ? layerProperties(prev) : new Map<string, LayerProperties>();
    for (const [layer, props] of layerProperties(next)) {
      const was = before.get(layer);
      for (const kind of ['layout', 'paint'] as const)
        for (const [name, value] of Object.entries(props[kind]))
          if (prev === null || !same(was?.[kind][name], value))
            ops.push({ op: kind, layer, name, value });
    }
  }
  const targetsOf = (code: RegionCode) => {
    const polygon = sources.polygonOf(code);
    return polygon ? [polygon, sources.labels] : [sources.labels];
  };
  // A hover or a selection keeps the states map: nothing to compare.
  const states =
    prev?.states === next.states
      ? { remove: [], set: [] }
      : stateOps(prev?.states ?? new Map(), next.states);
  for (const [id, key] of states.remove)
    for (const source of targetsOf(id))
      ops.push({ op: 'removeState', target: { source, id }, key });
  for (const [id, state] of states.set)
    for (const source of targetsOf(id)) ops.push({ op: 'setState', target: { source, id }, state });
  ops.push(...moveFlag('selected', prev?.selected ?? null, next.selected, sources));
  ops.push(...moveFlag('hovered', prev?.hovered ?? null, next.hovered, sources));
  ops.push(...moveCompared(prev?.compared ?? [], next.compared, sources));
  return ops;
}
