/**
 * Everything the region panel shows for one region, gathered and ordered, with where each item
 * stands at the timeline's year by the one time rule (time-rule.ts); pure.
 */
import type {
  DatasetEvent,
  Fact,
  Family,
  Indicator,
  Measure,
  MeasureKind,
  PartialDate,
  Region,
  RegionCode,
} from '../domain/schema';
import type { Atlas } from './atlas';
import { judgeFact, type Judgement } from './standards';
import {
  effectiveDate,
  eventStanding,
  factStanding,
  measureShown,
  regionValueAsOf,
  valueAsOf,
  type AsOfYear,
  type FactStanding,
} from './time-rule';

/** One fact as the panel lists it at year Y. */
export interface PanelFact {
  fact: Fact;
  standing: FactStanding;
  /** The value shown for the region and indicator at Y (on the map when its layer is drawn). */
  current: boolean;
  /** The date by the time rule: the fact's own, or its document's publication date. */
  date: PartialDate | null;
  /** The fact had no date of its own: its document's publication date stands in. */
  fallbackDate: boolean;
  /** The fact against each national threshold that governs it (none for most indicators). */
  judgements: Judgement[];
}

export interface IndicatorFacts {
  indicator: Indicator;
  /** The family the indicator belongs to, so the panel names it beside the scope. */
  family: Family | null;
  /** Oldest first by the rule's date; unknown dates last. */
  facts: PanelFact[];
}

export interface MeasureItems {
  kind: MeasureKind;
  /** Each with whether it stands at Y (its document was out by then). */
  items: { measure: Measure; shown: boolean }[];
}

export interface RegionDetail {
  region: Region;
  parent: Region | null;
  indicators: IndicatorFacts[];
  measures: MeasureItems[];
  /** Oldest first; `ahead` ones are not yet known at Y. */
  events: { event: DatasetEvent; standing: ReturnType<typeof eventStanding> }[];
  /** Children (by parent) or, for a group, its members; each with its values at Y, one per indicator. */
  children: { region: Region; facts: Fact[] }[];
}

/** Oldest first by the rule's date; unknown dates last. */
const byDate = (a: PanelFact, b: PanelFact) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.fact.id.localeCompare(b.fact.id);

/** A region's value of each indicator at Y (the map's values), in catalogue order. */
function valuesAt(atlas: Atlas, code: RegionCode, year: AsOfYear): Fact[] {
  return atlas.dataset.indicators.flatMap(
    (ind) => regionValueAsOf(atlas, code, ind.id, year)?.fact ?? [],
  );
}

/** The region's panel at year Y (null: the latest); null for an unknown code. */
export function regionDetail(atlas: Atlas, code: RegionCode, year: AsOfYear): RegionDetail | null {
  const region = atlas.regions.get(code);
  if (!region) return null;
  const facts = atlas.factsByRegion.get(code) ?? [];
  const indicators = atlas.dataset.indicators
    .map((indicator) => {
      const own = facts.filter((f) => f.indicator === indicator.id);
      const shown = valueAsOf(own, year, atlas.sources)?.fact ?? null;
      return {
        indicator,
        family: atlas.dataset.families.find((f) => f.id === indicator.family) ?? null,
        facts: own
          .map((fact) => ({
            fact,
            standing: factStanding(fact, year, atlas.sources),
            current: fact === shown,
            ...effectiveDate(fact, atlas.sources),
            judgements: judgeFact(atlas.standards, fact, indicator.scope.levels),
          }))
          .sort(byDate),
      };
    })
    .filter((g) => g.facts.length > 0);
  const own = atlas.measuresByRegion.get(code) ?? [];
  const measures = atlas.dataset.measureKinds
    .map((kind) => ({
      kind,
      items: own
        .filter((m) => m.measure === kind.id)
        .map((measure) => ({ measure, shown: measureShown(measure, year, atlas.sources) })),
    }))
    .filter((g) => g.items.length > 0);
  const events = [...(atlas.eventsByRegion.get(code) ?? [])]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((event) => ({ event, standing: eventStanding(event, year, atlas.sources) }));
  const childCodes =
    region.level === 'group'
      ? region.members
      : atlas.dataset.regions.filter((r) => r.parent === code).map((r) => r.code);
  const children = childCodes
    .map((c) => atlas.regions.get(c))
    .filter((r): r is Region => r !== undefined)
    .map((r) => ({ region: r, facts: valuesAt(atlas, r.code, year) }));
  const parent = region.parent === null ? null : (atlas.regions.get(region.parent) ?? null);
  return { region, parent, indicators, measures, events, children };
}
