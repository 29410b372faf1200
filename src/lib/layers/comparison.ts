/**
 * How much of the data a reader sees compared, measured as the map draws family layers: a fact
 * counts when, at some year of the timeline or at "the latest", its family layer draws two
 * regions or more and shows the fact for its region (the value drawn, or in its tooltip: a
 * fact of the same date or a standing target). A layer whose members differ in scope without the words telling them apart is
 * silent, and its facts never count. Pure, so a test states the figure on the built dataset.
 */
import type { Atlas, FamilyLayer } from '../data/atlas';
import { effectiveDate, indicatorValuesAsOf, type AsOfYear } from '../data/time-rule';
import { yearOf } from '../domain/dates';
import type { FactId, Indicator, LayerId, RegionCode } from '../domain/schema';

/** One family layer, measured. */
export interface LayerComparison {
  layer: LayerId;
  /** Its indicators, in catalogue order. */
  indicators: readonly Indicator[];
  /** Every region the layer draws at some year. */
  regions: RegionCode[];
  /** The most regions it draws at one year. */
  together: number;
  /** Facts of its indicators. */
  facts: number;
  /** Facts shown while two regions or more are drawn (none when the layer is silent). */
  compared: FactId[];
  /** Members differ in levels, period or base but read the same: the map would mix them silently. */
  silent: boolean;
}

/** Every family layer measured, and the share of all facts a reader sees compared. */
export interface ComparisonShare {
  layers: LayerComparison[];
  facts: number;
  compared: number;
  /** compared / facts; 0 when there are no facts. */
  share: number;
}

/** The years at which what a layer draws can change: every fact's year and the year after it, every publication year, and "the latest". */
function turningYears(atlas: Atlas): AsOfYear[] {
  const years = new Set<number>();
  for (const f of atlas.dataset.facts) {
    const y = yearOf(effectiveDate(f, atlas.sources).date);
    if (y !== null) years.add(y).add(y + 1);
  }
  for (const s of atlas.dataset.sources) {
    const y = yearOf(s.published);
    if (y !== null) years.add(y);
  }
  return [null, ...[...years].sort((a, b) => a - b)];
}

const scopeKey = (i: Indicator) => [i.scope.levels, i.scope.period, i.scope.base ?? ''].join('|');

/** Two members that differ in scope fields but whose scope texts are the same in a language. */
function isSilent(indicators: readonly Indicator[]): boolean {
  return indicators.some((a, n) =>
    indicators
      .slice(n + 1)
      .some(
        (b) =>
          scopeKey(a) !== scopeKey(b) && (a.scope.zh === b.scope.zh || a.scope.en === b.scope.en),
      ),
  );
}

function measureLayer(atlas: Atlas, layer: FamilyLayer, years: readonly AsOfYear[]) {
  const ids = layer.indicators.map((i) => i.id);
  const facts = atlas.dataset.facts.filter((f) => ids.includes(f.indicator)).length;
  const regions = new Set<RegionCode>();
  const compared = new Set<FactId>();
  let together = 0;
  for (const year of years) {
    const values = indicatorValuesAsOf(atlas, ids, year);
    together = Math.max(together, values.size);
    for (const [code, v] of values) {
      regions.add(code);
      if (values.size < 2) continue;
      compared.add(v.fact.id);
      for (const f of [...v.alongside, ...v.targets]) compared.add(f.id);
    }
  }
  const silent = isSilent(layer.indicators);
  return {
    layer: layer.id,
    indicators: layer.indicators,
    regions: [...regions].sort(),
    together,
    facts,
    compared: silent ? [] : [...compared].sort(),
    silent,
  };
}

/** Measure every family layer of the atlas as the map draws it over the timeline. */
export function comparisonShare(atlas: Atlas): ComparisonShare {
  const years = turningYears(atlas);
  const layers = [...atlas.familyLayers.values()].map((l) => measureLayer(atlas, l, years));
  const facts = atlas.dataset.facts.length;
  const compared = layers.reduce((n, l) => n + l.compared.length, 0);
  return { layers, facts, compared, share: facts === 0 ? 0 : compared / facts };
}
