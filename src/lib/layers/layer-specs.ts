/**
 * What each visible layer draws, derived from the layer stack, the data and the year. Pure, so
 * the map, the legend and the tests all read the same specs. Classes and symbol sizes are fitted
 * to every year's values of an indicator, so scrubbing the timeline never shifts the legend.
 */
import type { Atlas } from '../data/atlas';
import { valueAsOf, type AsOf } from '../data/as-of';
import { yearOf } from '../domain/dates';
import type { DatasetEvent, Indicator, MeasureKind, RegionCode, SourceId } from '../domain/schema';
import { classCount, classOf, classify, type Classification } from '../scales/classify';
import { categoricalColour, rampColours } from '../scales/color';
import { DEFAULT_MAX_RADIUS, legendValues, symbolRadius } from '../scales/symbols';
import type { ContextLayerId, LayerRef } from '../domain/layer-ref';
import { isChoroplethKind } from './stack';

/** A region's value with its choropleth class. */
export interface ClassedValue extends AsOf {
  class: number;
}

/** A region's value with its symbol radius in pixels. */
export interface SizedValue extends AsOf {
  radius: number;
}

/** A milestone and whether it still lies ahead of the year shown. */
export interface MilestoneMark {
  event: DatasetEvent;
  upcoming: boolean;
}

export type LayerSpec =
  | {
      kind: 'choropleth';
      indicator: Indicator;
      classes: Classification;
      colours: string[];
      valuesByRegion: ReadonlyMap<RegionCode, ClassedValue>;
    }
  | {
      kind: 'symbols';
      indicator: Indicator;
      colour: string;
      vMax: number;
      rMax: number;
      /** Round values for the size legend, largest first. */
      legend: number[];
      valuesByRegion: ReadonlyMap<RegionCode, SizedValue>;
    }
  | { kind: 'milestones'; events: MilestoneMark[] }
  | { kind: 'measure'; measure: MeasureKind; colour: string; regions: RegionCode[] }
  | { kind: 'context'; id: ContextLayerId };

function valuesAsOf(
  atlas: Atlas,
  indicator: Indicator,
  year: number | null,
): Map<RegionCode, AsOf> {
  const out = new Map<RegionCode, AsOf>();
  for (const [code, facts] of atlas.factsByRegion) {
    const own = facts.filter((f) => f.indicator === indicator.id);
    const v = own.length > 0 ? valueAsOf(own, year, atlas.sources) : null;
    if (v) out.set(code, v);
  }
  return out;
}

const allValues = (atlas: Atlas, indicator: Indicator) =>
  atlas.dataset.facts.filter((f) => f.indicator === indicator.id).map((f) => f.value);

function choropleth(atlas: Atlas, indicator: Indicator, year: number | null): LayerSpec {
  const classes = classify(allValues(atlas, indicator));
  const colours = rampColours(indicator.kind, classCount(classes));
  const valuesByRegion = new Map<RegionCode, ClassedValue>();
  for (const [code, v] of valuesAsOf(atlas, indicator, year))
    valuesByRegion.set(code, { ...v, class: classOf(classes, v.fact.value) });
  return { kind: 'choropleth', indicator, classes, colours, valuesByRegion };
}

function symbols(atlas: Atlas, indicator: Indicator, year: number | null, nth: number): LayerSpec {
  const vMax = Math.max(0, ...allValues(atlas, indicator));
  const rMax = DEFAULT_MAX_RADIUS;
  const valuesByRegion = new Map<RegionCode, SizedValue>();
  for (const [code, v] of valuesAsOf(atlas, indicator, year))
    valuesByRegion.set(code, { ...v, radius: symbolRadius(v.fact.value, vMax, rMax) });
  return {
    kind: 'symbols',
    indicator,
    colour: categoricalColour(nth),
    vMax,
    rMax,
    legend: legendValues(vMax),
    valuesByRegion,
  };
}

/** Known by the year shown: its source was published by then (or its date is unknown). */
function announcedBy(atlas: Atlas, source: SourceId, year: number | null): boolean {
  if (year === null) return true;
  const published = yearOf(atlas.sources.get(source)?.published ?? null);
  return published === null || published <= year;
}

function milestones(atlas: Atlas, year: number | null): LayerSpec {
  const events = atlas.dataset.events
    .filter((e) => announcedBy(atlas, e.source, year))
    .map((event) => ({ event, upcoming: year !== null && yearOf(event.date) > year }))
    .sort(
      (a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id),
    );
  return { kind: 'milestones', events };
}

function measure(atlas: Atlas, kind: MeasureKind, year: number | null, nth: number): LayerSpec {
  const regions = new Set<RegionCode>();
  for (const m of atlas.dataset.measures)
    if (m.measure === kind.id && announcedBy(atlas, m.source, year)) regions.add(m.region);
  return {
    kind: 'measure',
    measure: kind,
    colour: categoricalColour(nth),
    regions: [...regions].sort(),
  };
}

/**
 * The specs for the stack, bottom first. Refs the data does not know are skipped, and if a stack
 * (from an old link, say) holds two choropleths only the topmost is drawn.
 */
export function layerSpecs(
  stack: readonly LayerRef[],
  atlas: Atlas,
  year: number | null,
): LayerSpec[] {
  const topChoropleth = [...stack].reverse().find((r) => {
    const ind = r.kind === 'indicator' ? atlas.indicators.get(r.id) : undefined;
    return ind !== undefined && isChoroplethKind(ind.kind);
  });
  const out: LayerSpec[] = [];
  let coloured = 0;
  for (const ref of stack) {
    switch (ref.kind) {
      case 'indicator': {
        const ind = atlas.indicators.get(ref.id);
        if (!ind) break;
        if (!isChoroplethKind(ind.kind)) out.push(symbols(atlas, ind, year, coloured++));
        else if (ref === topChoropleth) out.push(choropleth(atlas, ind, year));
        break;
      }
      case 'measure': {
        const kind = atlas.dataset.measureKinds.find((m) => m.id === ref.id);
        if (kind) out.push(measure(atlas, kind, year, coloured++));
        break;
      }
      case 'events':
        out.push(milestones(atlas, year));
        break;
      case 'context':
        out.push({ kind: 'context', id: ref.id });
        break;
      default:
        ref satisfies never;
    }
  }
  return out;
}
