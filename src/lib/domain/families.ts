/**
 * Families and their layers, measured: which indicators a family layer draws together, how many
 * regions each layer compares, and the share of facts that sit in a layer comparing two regions
 * or more. Pure, so the build checks the catalogue with it and a test states the figure.
 */
import type { IndicatorKind, Period, Scope, Unit } from './schema';

/** The fields of an indicator that decide whether it may share a layer (catalogue or dataset). */
export interface LayerMember {
  id: string;
  family: string;
  layer: string;
  unit: Unit;
  kind: IndicatorKind;
  scope: Pick<Scope, 'base' | 'period'>;
}

// Schools, kindergartens and both together are all counted in 所: one symbol scale, told apart by scope.
const DIMENSION: Partial<Record<Unit, string>> = {
  schools: 'institutions',
  kindergartens: 'institutions',
  'schools-and-kindergartens': 'institutions',
};

// A stock is never drawn against a flow, nor a yearly rate against a total; within a class the
// scope text says which period each value covers.
const PERIOD_CLASS: Record<Period, string> = {
  stock: 'level',
  rule: 'level',
  cumulative: 'flow',
  project: 'flow',
  year: 'change',
  'per-year': 'rate',
};

/** What must be equal for two indicators to be drawn on one layer. */
function compatibility(i: LayerMember): string {
  return [
    DIMENSION[i.unit] ?? i.unit,
    i.kind,
    i.scope.base ?? '',
    PERIOD_CLASS[i.scope.period],
  ].join('|');
}

/** The first layer that joins indicators a reader must not compare, or null when none does. */
export function layerConflicts(
  indicators: readonly LayerMember[],
): { layer: string; reason: string } | null {
  const first = new Map<string, LayerMember>();
  for (const ind of indicators) {
    const key = `${ind.family}/${ind.layer}`;
    const seen = first.get(key);
    if (seen === undefined) {
      first.set(key, ind);
      continue;
    }
    if (compatibility(seen) !== compatibility(ind))
      return {
        layer: key,
        reason: `${seen.id} (${compatibility(seen)}) and ${ind.id} (${compatibility(ind)}) differ in unit, kind, share base or period`,
      };
  }
  for (const ind of indicators) {
    const other = indicators.find((o) => o.layer === ind.layer && o.family !== ind.family);
    if (other)
      return {
        layer: `${ind.family}/${ind.layer}`,
        reason: `layer id also used by ${other.id} of family ${other.family}`,
      };
  }
  return null;
}

/** One layer of a family: its indicators and how many regions and facts it draws. */
export interface LayerCount {
  layer: string;
  indicators: string[];
  regions: number;
  facts: number;
}

/** A family with its layers and the regions any of them draws. */
export interface FamilyCount {
  family: string;
  layers: LayerCount[];
  regions: number;
  facts: number;
}

/** Per-family counts and the share of facts in a layer that compares two regions or more. */
export interface FamilyCoverage {
  families: FamilyCount[];
  facts: number;
  comparing: number;
  /** comparing / facts, 0 when there are no facts. */
  share: number;
}

/** Count regions and facts per family and layer, in catalogue order. */
export function familyCoverage(ds: {
  families: readonly { id: string }[];
  indicators: readonly Pick<LayerMember, 'id' | 'family' | 'layer'>[];
  facts: readonly { indicator: string; region: string }[];
}): FamilyCoverage {
  const byIndicator = new Map<string, { indicator: string; region: string }[]>();
  for (const f of ds.facts)
    byIndicator.set(f.indicator, [...(byIndicator.get(f.indicator) ?? []), f]);
  let comparing = 0;
  const families = ds.families.map((fam) => {
    const members = ds.indicators.filter((i) => i.family === fam.id);
    const layerIds = [...new Set(members.map((i) => i.layer))];
    const layers = layerIds.map((layer) => {
      const ids = members.filter((i) => i.layer === layer).map((i) => i.id);
      const facts = ids.flatMap((id) => byIndicator.get(id) ?? []);
      const regions = new Set(facts.map((f) => f.region)).size;
      if (regions >= 2) comparing += facts.length;
      return { layer, indicators: ids, regions, facts: facts.length };
    });
    const facts = members.flatMap((i) => byIndicator.get(i.id) ?? []);
    return {
      family: fam.id,
      layers,
      regions: new Set(facts.map((f) => f.region)).size,
      facts: facts.length,
    };
  });
  const total = ds.facts.length;
  return { families, facts: total, comparing, share: total === 0 ? 0 : comparing / total };
}
