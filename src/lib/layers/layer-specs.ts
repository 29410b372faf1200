/**
 * What each drawn layer shows, derived from the layer stack, the data and the year. Pure, so
 * the map plan, the legend and the tests all read the same specs: a spec exists exactly when
 * the map draws it. Classes and symbol sizes are fitted to every year's values of an
 * indicator, so scrubbing the timeline never shifts the legend; a choropleth drawn against the
 * national standard takes the verdicts for its classes (standard-classes.ts).
 */
import type { Atlas } from '../data/atlas';
import {
  eventStanding,
  indicatorValuesAsOf,
  measureShown,
  type AsOf,
  type AsOfYear,
} from '../data/time-rule';
import { containers } from '../data/select';
import type { LayerRef } from '../domain/layer-ref';
import type {
  Bilingual,
  DatasetEvent,
  Fact,
  Family,
  Indicator,
  IndicatorKind,
  MeasureKind,
  Region,
  RegionCode,
  Standard,
  Unit,
} from '../domain/schema';
import { classCount, classOf, classify, type Classification } from '../scales/classify';
import { categoricalColour, rampColours } from '../scales/color';
import { DEFAULT_MAX_RADIUS, legendValues, symbolRadius } from '../scales/symbols';
import { layerStandard, VERDICT_CLASS_COLOURS, verdictClass } from './standard-classes';
import { drawnIndicators, indicatorDraw, isChoroplethRef, refDraw } from './stack';

/** How many symbol layers the map stacks (one circle layer each); the topmost ones win beyond. */
export const SYMBOL_SLOTS = 4;

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

/**
 * What a choropleth or symbol layer draws: one indicator, or a concept layer's indicators (one
 * concept at one scope; each region's one value by the time rule over all of them, see
 * regionValueAsOf).
 */
export interface DrawnLayer {
  /** The stack entry: an indicator or a concept layer. */
  ref: Extract<LayerRef, { kind: 'indicator' | 'concept' }>;
  name: Bilingual;
  family: Family;
  /** Its indicators in catalogue order; one for an indicator layer. */
  indicators: readonly Indicator[];
  /** Shared by the members, as their unit is (the build's layerConflicts check). */
  kind: IndicatorKind;
  /** The unit the scale is labelled in: the members' concept's. */
  unit: Unit;
}

export type LayerSpec =
  | {
      kind: 'choropleth';
      layer: DrawnLayer;
      classes: Classification;
      /**
       * The threshold the layer is drawn against: its classes are then the verdicts
       * (standard-classes.ts VERDICT_CLASSES), not `classes`; null for the scale of values.
       */
      standard: Standard | null;
      colours: readonly string[];
      valuesByRegion: ReadonlyMap<RegionCode, ClassedValue>;
      /**
       * Counties with no value of their own inside a region that has one: county → that region
       * (the nearest). The map shows the wider value through a veil; the legend says so.
       */
      inherited: ReadonlyMap<RegionCode, Region>;
    }
  | {
      kind: 'symbols';
      layer: DrawnLayer;
      /** Which of the map's SYMBOL_SLOTS circle layers draws it, bottom first. */
      slot: number;
      colour: string;
      vMax: number;
      rMax: number;
      /** Round values for the size legend, largest first. */
      legend: number[];
      valuesByRegion: ReadonlyMap<RegionCode, SizedValue>;
    }
  | { kind: 'milestones'; events: MilestoneMark[] }
  | { kind: 'measure'; measure: MeasureKind; colour: string; regions: RegionCode[] };

/** The indicator or concept layer a stack entry names, or null when the data does not know it. */
export function drawnLayer(ref: LayerRef, atlas: Atlas): DrawnLayer | null {
  const indicators = drawnIndicators(ref, atlas);
  const [first] = indicators;
  if (!first || (ref.kind !== 'indicator' && ref.kind !== 'concept')) return null;
  const family = atlas.dataset.families.find((f) => f.id === first.family);
  if (!family) return null;
  const name =
    ref.kind === 'concept' ? (atlas.conceptLayers.get(ref.id)?.name ?? first.name) : first.name;
  return {
    ref,
    name,
    family,
    indicators,
    kind: first.kind,
    unit: first.unit,
  };
}

const allValues = (atlas: Atlas, layer: DrawnLayer) =>
  atlas.dataset.facts
    .filter((f) => layer.indicators.some((i) => i.id === f.indicator))
    .map((f) => f.value);

const valuesAsOf = (atlas: Atlas, layer: DrawnLayer, year: AsOfYear) =>
  indicatorValuesAsOf(
    atlas,
    layer.indicators.map((i) => i.id),
    year,
  );

/** A choropleth on its scale of values, or against its one national threshold when `againstStandard` and there is one. */
function choropleth(
  atlas: Atlas,
  layer: DrawnLayer,
  year: AsOfYear,
  againstStandard: boolean,
): LayerSpec {
  const classes = classify(allValues(atlas, layer));
  const standard = againstStandard
    ? layerStandard(atlas.standards, layer.indicators, layer.unit)
    : null;
  const colours = standard ? VERDICT_CLASS_COLOURS : rampColours(layer.kind, classCount(classes));
  const classOfFact = (fact: Fact) =>
    standard ? verdictClass(fact, standard) : classOf(classes, fact.value);
  const valuesByRegion = new Map<RegionCode, ClassedValue>();
  for (const [code, v] of valuesAsOf(atlas, layer, year))
    valuesByRegion.set(code, { ...v, class: classOfFact(v.fact) });
  const inherited = new Map<RegionCode, Region>();
  for (const r of atlas.dataset.regions) {
    if (r.level !== 'county' || valuesByRegion.has(r.code)) continue;
    const from = containers(atlas, r.code).find((c) => valuesByRegion.has(c));
    const region = from && atlas.regions.get(from);
    if (region) inherited.set(r.code, region);
  }
  return { kind: 'choropleth', layer, classes, standard, colours, valuesByRegion, inherited };
}

function symbols(
  atlas: Atlas,
  layer: DrawnLayer,
  year: AsOfYear,
  slot: number,
  colour: string,
): LayerSpec {
  const vMax = Math.max(0, ...allValues(atlas, layer));
  const rMax = DEFAULT_MAX_RADIUS;
  const valuesByRegion = new Map<RegionCode, SizedValue>();
  for (const [code, v] of valuesAsOf(atlas, layer, year))
    valuesByRegion.set(code, { ...v, radius: symbolRadius(v.fact.value, vMax, rMax) });
  return {
    kind: 'symbols',
    layer,
    slot,
    colour,
    vMax,
    rMax,
    legend: legendValues(vMax),
    valuesByRegion,
  };
}

function milestones(atlas: Atlas, year: AsOfYear): LayerSpec {
  const events = atlas.dataset.events
    .map((event) => ({ event, standing: eventStanding(event, year, atlas.sources) }))
    .filter(({ standing }) => standing !== 'ahead')
    .map(({ event, standing }) => ({ event, upcoming: standing === 'upcoming' }))
    .sort(
      (a, b) => a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id),
    );
  return { kind: 'milestones', events };
}

function measure(atlas: Atlas, kind: MeasureKind, year: AsOfYear, colour: string): LayerSpec {
  const regions = new Set<RegionCode>();
  for (const m of atlas.dataset.measures)
    if (m.measure === kind.id && measureShown(m, year, atlas.sources)) regions.add(m.region);
  return { kind: 'measure', measure: kind, colour, regions: [...regions].sort() };
}

/** The indicator, concept and measure entries the map draws: one choropleth, the topmost SYMBOL_SLOTS symbol layers, one measure. */
function drawnRefs(stack: readonly LayerRef[], atlas: Atlas): Set<LayerRef> {
  const top = [...stack].reverse();
  const symbolRefs = top.filter((r) => refDraw(r, atlas) === 'symbols');
  const drawn = new Set<LayerRef>(symbolRefs.slice(0, SYMBOL_SLOTS));
  const choroplethRef = top.find((r) => isChoroplethRef(r, atlas));
  const measureRef = top.find((r) => r.kind === 'measure');
  if (choroplethRef) drawn.add(choroplethRef);
  if (measureRef) drawn.add(measureRef);
  return drawn;
}

/**
 * The one national threshold the stack's choropleth can be drawn against (`std`), or null when
 * no choropleth is drawn or no single threshold governs it: the rule the legend's choice, the
 * link and the layer switches all read.
 */
export function stackStandard(stack: readonly LayerRef[], atlas: Atlas): Standard | null {
  const ref = [...stack].reverse().find((r) => isChoroplethRef(r, atlas));
  const layer = ref && drawnLayer(ref, atlas);
  return layer ? layerStandard(atlas.standards, layer.indicators, layer.unit) : null;
}

/**
 * The specs of the data layers the map draws, bottom first. Refs the data does not know are
 * skipped; a stack (from an old link, say) with two choropleths or two measures draws only the
 * topmost, and symbol layers beyond SYMBOL_SLOTS are not drawn. Context layers have no spec:
 * the map plan takes them straight from the stack. Colours follow the stack order, so a layer
 * keeps its colour when another is hidden. With `againstStandard`, the choropleth is drawn
 * against its one national threshold, if it has one (ViewState `againstStandard`).
 */
export function layerSpecs(
  stack: readonly LayerRef[],
  atlas: Atlas,
  year: AsOfYear,
  againstStandard = false,
): LayerSpec[] {
  const drawn = drawnRefs(stack, atlas);
  const out: LayerSpec[] = [];
  let coloured = 0;
  let slot = 0;
  for (const ref of stack) {
    switch (ref.kind) {
      case 'indicator':
      case 'concept': {
        const layer = drawnLayer(ref, atlas);
        if (!layer) break;
        const isSymbols = indicatorDraw(layer.kind) === 'symbols';
        const colour = isSymbols ? categoricalColour(coloured++) : '';
        if (!drawn.has(ref)) break;
        out.push(
          isSymbols
            ? symbols(atlas, layer, year, slot++, colour)
            : choropleth(atlas, layer, year, againstStandard),
        );
        break;
      }
      case 'measure': {
        const kind = atlas.dataset.measureKinds.find((m) => m.id === ref.id);
        if (!kind) break;
        const colour = categoricalColour(coloured++);
        if (drawn.has(ref)) out.push(measure(atlas, kind, year, colour));
        break;
      }
      case 'events':
        out.push(milestones(atlas, year));
        break;
      case 'context':
        break;
      default:
        ref satisfies never;
    }
  }
  return out;
}
