/**
 * Pure edits of the layer stack (bottom first). One choropleth at a time: turning on a share or
 * coefficient replaces the one shown, because two fills on one polygon cannot both be read.
 */
import type { Atlas } from '../data/atlas';
import type { Indicator, IndicatorKind } from '../domain/schema';
import type { LayerRef } from '../domain/layer-ref';

/** How an indicator is drawn: shares and coefficients fill regions, counts and amounts are symbols. */
export type IndicatorDraw = 'choropleth' | 'symbols';

/** The one place that decides whether an indicator is a choropleth. */
export function indicatorDraw(kind: IndicatorKind): IndicatorDraw {
  return kind === 'share' || kind === 'coefficient' ? 'choropleth' : 'symbols';
}

/**
 * The indicators a stack entry draws: one for an indicator layer, every member of a family
 * layer; none for other layers or ids the data does not know.
 */
export function drawnIndicators(ref: LayerRef, atlas: Atlas): readonly Indicator[] {
  if (ref.kind === 'indicator') {
    const ind = atlas.indicators.get(ref.id);
    return ind ? [ind] : [];
  }
  if (ref.kind === 'concept') return atlas.conceptLayers.get(ref.id)?.indicators ?? [];
  return [];
}

/**
 * How an indicator or concept layer is drawn; null for other entries. A concept layer's members
 * share their kind (the build's layerConflicts check), so the first decides for all.
 */
export function refDraw(ref: LayerRef, atlas: Atlas): IndicatorDraw | null {
  const first = drawnIndicators(ref, atlas)[0];
  return first ? indicatorDraw(first.kind) : null;
}

/** Whether two stack entries name the same layer. */
export function sameLayer(a: LayerRef, b: LayerRef): boolean {
  switch (a.kind) {
    case 'indicator':
    case 'concept':
    case 'measure':
    case 'context':
      return b.kind === a.kind && b.id === a.id;
    case 'events':
      return b.kind === 'events';
    default:
      return a satisfies never;
  }
}

/** A stable string key for a layer, for lists and map layer ids. */
export function layerKey(ref: LayerRef): string {
  return ref.kind === 'events' ? 'events' : `${ref.kind}:${ref.id}`;
}

/** A stack entry that names an indicator or concept layer the data knows and draws as a choropleth. */
export function isChoroplethRef(ref: LayerRef, atlas: Atlas): boolean {
  return refDraw(ref, atlas) === 'choropleth';
}

/** Removes the layer if present; otherwise adds it on top, replacing any other choropleth. */
export function toggleLayer(stack: readonly LayerRef[], ref: LayerRef, atlas: Atlas): LayerRef[] {
  if (stack.some((l) => sameLayer(l, ref))) return stack.filter((l) => !sameLayer(l, ref));
  const kept = isChoroplethRef(ref, atlas)
    ? stack.filter((l) => !isChoroplethRef(l, atlas))
    : stack;
  return [...kept, ref];
}

/** Moves a layer one place up (drawn later, on top) or down; unchanged at either end. */
export function moveLayer(
  stack: readonly LayerRef[],
  ref: LayerRef,
  dir: 'up' | 'down',
): LayerRef[] {
  const i = stack.findIndex((l) => sameLayer(l, ref));
  const j = dir === 'up' ? i + 1 : i - 1;
  if (i < 0 || j < 0 || j >= stack.length) return [...stack];
  const out = [...stack];
  [out[i], out[j]] = [out[j] as LayerRef, out[i] as LayerRef];
  return out;
}
