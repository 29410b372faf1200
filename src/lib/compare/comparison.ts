/**
 * The comparison: 1 to 4 regions side by side, family by family. Each row is a concept layer
 * (its indicators drawn together on the map); each cell is a region's value of that layer as of
 * the timeline's year by the one time rule (regionValueAsOf, the same call as the map's tooltip),
 * or an explicit "no value". Pure, so the panel, the table and the tests read the same model.
 */
import type { Atlas, ConceptLayer } from '../data/atlas';
import { regionValueAsOf, type AsOf, type AsOfYear } from '../data/time-rule';
import { regionsOf } from '../data/select';
import { judgeFact, type Judgement } from '../data/standards';
import type { Family, Indicator, Region, RegionCode } from '../domain/schema';

/** One region's value of one layer: the time rule's pick and the indicator it is of; null when none stands. */
export interface ComparedValue {
  value: AsOf;
  indicator: Indicator;
  /** The value against each national threshold that governs it. */
  judgements: Judgement[];
}

/** One concept layer across the compared regions. */
export interface ComparisonRow {
  layer: ConceptLayer;
  /** One per compared region, in the comparison's order; null says "no value". */
  cells: (ComparedValue | null)[];
}

/** One family: the layers where at least one compared region has a value. */
export interface ComparisonFamily {
  family: Family;
  rows: ComparisonRow[];
}

/** The whole comparison; see the module comment. */
export interface Comparison {
  /** The compared regions the data or the region base knows, in the order chosen. */
  regions: Region[];
  /** Those of them the documents give no figure for (a region of China beyond them among them). */
  withoutFigures: RegionCode[];
  year: AsOfYear;
  /** Families with a value for at least one region, in catalogue order. */
  families: ComparisonFamily[];
  /** Families with no value for any compared region: named, so their absence is not a gap. */
  empty: Family[];
}

/**
 * One region's value of a layer (or of one indicator) at year Y, with the indicator it is of;
 * null when no fact stands.
 */
export function comparedValue(
  atlas: Atlas,
  code: RegionCode,
  of: { indicators: readonly Indicator[] },
  year: AsOfYear,
): ComparedValue | null {
  const value = regionValueAsOf(
    atlas,
    code,
    of.indicators.map((i) => i.id),
    year,
  );
  const indicator = value && atlas.indicators.get(value.fact.indicator);
  if (!value || !indicator) return null;
  const judgements = judgeFact(atlas.standards, value.fact, indicator.scope.levels);
  return { value, indicator, judgements };
}

/**
 * The comparison of `codes` at year Y: regions of the dataset, or of China (`places`, the region
 * base once fetched) with no figures; codes neither knows are left out.
 */
export function comparisonModel(
  atlas: Atlas,
  codes: readonly RegionCode[],
  year: AsOfYear,
  places: ReadonlyMap<string, Region> | null = null,
): Comparison {
  const regions = regionsOf(atlas, codes, places);
  const withoutFigures = regions
    .filter((r) => (atlas.factsByRegion.get(r.code) ?? []).length === 0)
    .map((r) => r.code);
  const layers = [...atlas.conceptLayers.values()];
  const families: ComparisonFamily[] = [];
  const empty: Family[] = [];
  for (const family of atlas.dataset.families) {
    const rows = layers
      .filter((l) => l.family.id === family.id)
      .map((layer) => {
        const cells = regions.map((r) => comparedValue(atlas, r.code, layer, year));
        return { layer, cells };
      })
      .filter((row) => row.cells.some((c) => c !== null));
    if (rows.length > 0) families.push({ family, rows });
    else empty.push(family);
  }
  return { regions, withoutFigures, year, families, empty };
}
