/**
 * The rule of layers: a layer draws one concept at one scope (school levels, period, what money
 * is for, what a share is of), so every value on its colour scale or symbol sizes is like the
 * others. The build refuses a catalogue that breaks it, and counts what each layer draws. Pure,
 * so the pipeline and the app share it.
 */
import type { IndicatorKind, Scope, Unit } from './schema';

/** The fields of an indicator that decide which layer it belongs to (catalogue or dataset). */
export interface LayerMember {
  id: string;
  concept: string;
  layer: string;
  unit: Unit;
  kind: IndicatorKind;
  scope: Pick<Scope, 'levels' | 'period' | 'base' | 'purpose'>;
}

/**
 * What must be equal for two indicators to be drawn on one scale: the concept (what is counted,
 * what happened to it, its unit), how it is drawn, and the whole scope. A stock is never drawn
 * against a flow, nor a plan's total against one project, nor a yearly rate against a total.
 */
export function scopeDefinition(i: LayerMember): string {
  return [
    i.concept,
    i.unit,
    i.kind,
    i.scope.levels,
    i.scope.period,
    i.scope.base ?? '',
    i.scope.purpose ?? '',
  ].join('|');
}

/**
 * The first layer that joins unlike indicators, or that splits like ones from another layer
 * (one concept at one scope is one layer); null when the catalogue keeps the rule.
 */
export function layerConflicts(
  indicators: readonly LayerMember[],
): { layer: string; reason: string } | null {
  const first = new Map<string, LayerMember>();
  const layerOf = new Map<string, LayerMember>();
  for (const ind of indicators) {
    const seen = first.get(ind.layer);
    if (seen && scopeDefinition(seen) !== scopeDefinition(ind))
      return {
        layer: ind.layer,
        reason: `${seen.id} (${scopeDefinition(seen)}) and ${ind.id} (${scopeDefinition(ind)}) differ in concept, unit, kind or scope`,
      };
    first.set(ind.layer, seen ?? ind);
    const same = layerOf.get(scopeDefinition(ind));
    if (same && same.layer !== ind.layer)
      return {
        layer: ind.layer,
        reason: `${ind.id} draws what ${same.id} draws on layer ${same.layer}`,
      };
    layerOf.set(scopeDefinition(ind), same ?? ind);
  }
  return null;
}

/** One layer: its indicators and how many regions and facts it draws. */
export interface LayerCount {
  layer: string;
  concept: string;
  indicators: string[];
  /** Regions with a value on the layer at any time. */
  regions: number;
  facts: number;
}

/** Count regions and facts per layer, layers in the catalogue order of their first indicator. */
export function layerCoverage(ds: {
  indicators: readonly Pick<LayerMember, 'id' | 'concept' | 'layer'>[];
  facts: readonly { indicator: string; region: string }[];
}): LayerCount[] {
  const regionsOf = new Map<string, Set<string>>();
  const factsOf = new Map<string, number>();
  for (const f of ds.facts) {
    regionsOf.set(f.indicator, (regionsOf.get(f.indicator) ?? new Set()).add(f.region));
    factsOf.set(f.indicator, (factsOf.get(f.indicator) ?? 0) + 1);
  }
  const layers = new Map<string, LayerCount & { regionSet: Set<string> }>();
  for (const ind of ds.indicators) {
    const l = layers.get(ind.layer) ?? {
      layer: ind.layer,
      concept: ind.concept,
      indicators: [],
      regions: 0,
      facts: 0,
      regionSet: new Set<string>(),
    };
    l.indicators.push(ind.id);
    for (const r of regionsOf.get(ind.id) ?? []) l.regionSet.add(r);
    l.facts += factsOf.get(ind.id) ?? 0;
    layers.set(ind.layer, l);
  }
  return [...layers.values()].map(({ regionSet, ...l }) => ({ ...l, regions: regionSet.size }));
}
