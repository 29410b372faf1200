/**
 * What the tooltip says about one region: the value the time rule draws on the active layer at
 * the year, with its indicator and document, the facts that stand beside it undrawn, and the
 * region's figures of the same concept at other scopes (listed, never on the layer's scale), the
 * national thresholds that govern the value; and which drawn layer is the active one. Pure; the view model derives both.
 */
import type { Atlas } from '../data/atlas';
import { judgeFact, type Judgement } from '../data/standards';
import { regionValueAsOf, type AsOf, type AsOfYear } from '../data/time-rule';
import type { Fact, Indicator, IndicatorId, Region, RegionCode, Source } from '../domain/schema';
import type { DrawnLayer, LayerSpec } from './layer-specs';

/** What the tooltip says about the region under the pointer or keyboard focus. */
export interface TooltipModel {
  region: Region;
  /** The layer tooltips speak of (AtlasView.activeLayer); null when none is drawn. */
  layer: DrawnLayer | null;
  value: AsOf | null;
  /** The indicator the value is of: on a concept layer, the member the time rule picked. */
  indicator: Indicator | null;
  source: Source | null;
  /** The region's other facts on the layer for the value's date (AsOf.alongside), each with its indicator. */
  alongside: { fact: Fact; indicator: Indicator }[];
  /** The region's standing targets on the layer that are not drawn (AsOf.targets), each with its indicator. */
  targets: { fact: Fact; indicator: Indicator }[];
  /**
   * The region's value at year Y on each other layer of the layer's concept (another school
   * level, period or purpose), each with its indicator, in catalogue order: said beside the
   * value, as it is not like it.
   */
  otherScopes: { fact: Fact; indicator: Indicator }[];
  /** The value against each national threshold that governs it. */
  judgements: Judgement[];
}

/** The values at year Y of `code` on the other concept layers of `layer`'s concept. */
function otherScopes(
  atlas: Atlas,
  code: RegionCode,
  layer: DrawnLayer,
  year: AsOfYear,
): { fact: Fact; indicator: Indicator }[] {
  const concepts = new Set<string>(layer.indicators.map((i) => i.concept));
  const own = new Set<string>(layer.indicators.map((i) => i.id));
  return [...atlas.conceptLayers.values()]
    .filter((l) => concepts.has(l.concept.id) && !l.indicators.some((i) => own.has(i.id)))
    .flatMap((l) => {
      const value = regionValueAsOf(
        atlas,
        code,
        l.indicators.map((i) => i.id),
        year,
      );
      const indicator = value && atlas.indicators.get(value.fact.indicator);
      return value && indicator ? [{ fact: value.fact, indicator }] : [];
    });
}

/**
 * The layer the tooltip (and the table) speaks of: the indicator the user chose if the map draws
 * it, else the topmost drawn indicator or concept layer (a link may name an indicator whose layer
 * it hides or that lost its slot); null when none is drawn. `specs` run bottom to top.
 */
export function activeLayer(
  specs: readonly LayerSpec[],
  chosen: IndicatorId | null,
): DrawnLayer | null {
  const drawn = specs.flatMap((s) =>
    s.kind === 'choropleth' || s.kind === 'symbols' ? [s.layer] : [],
  );
  const picked = drawn.find((l) => l.ref.kind === 'indicator' && l.ref.id === chosen);
  return picked ?? drawn.at(-1) ?? null;
}

/**
 * The tooltip of region `code` on `layer` (null: no layer drawn, so no value) as of `year` (null:
 * the latest); null for no region or one the atlas does not know. Facts whose indicator the atlas
 * does not know are left out.
 */
export function tooltipModel(
  atlas: Atlas,
  code: RegionCode | null,
  layer: DrawnLayer | null,
  year: AsOfYear,
): TooltipModel | null {
  const region = code && atlas.regions.get(code);
  if (!region) return null;
  const ids = layer ? layer.indicators.map((i) => i.id) : [];
  const value = layer ? regionValueAsOf(atlas, region.code, ids, year) : null;
  const indicator = (value && atlas.indicators.get(value.fact.indicator)) || null;
  const source = (value && atlas.sources.get(value.fact.source)) || null;
  const withIndicators = (facts: readonly Fact[]) =>
    facts.flatMap((fact) => {
      const of = atlas.indicators.get(fact.indicator);
      return of ? [{ fact, indicator: of }] : [];
    });
  const alongside = withIndicators(value?.alongside ?? []);
  const targets = withIndicators(value?.targets ?? []);
  const others = layer ? otherScopes(atlas, region.code, layer, year) : [];
  const judgements =
    value && indicator ? judgeFact(atlas.standards, value.fact, indicator.scope.levels) : [];
  return {
    region,
    layer,
    value,
    indicator,
    source,
    alongside,
    targets,
    otherScopes: others,
    judgements,
  };
}
