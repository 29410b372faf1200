/** A small, fixed context for the URL codec tests: a few regions, indicators, measures, sources. */
import {
  IndicatorIdSchema,
  LayerIdSchema,
  MeasureIdSchema,
  RegionCodeSchema,
  SourceIdSchema,
  type RegionCode,
} from '../../../src/lib/domain/schema';
import type { UrlContext } from '../../../src/lib/state/url';
import { defaultSnapshot } from '../../../src/lib/state/types';

export const REGIONS = ['500000', '500113', '500155', '610727', 'cq-metro'] as const;
export const INDICATORS = ['new-school-places', 'teacher-exchange', 'investment'] as const;
export const CONCEPT_LAYERS = ['places-compulsory', 'investment'] as const;
/** Former family layers and families, each with the concept layer a link naming it opens. */
export const FORMER_LAYERS: ReadonlyMap<string, string> = new Map([
  ['places', 'places-compulsory'],
  ['school-places', 'places-compulsory'],
]);
/** The indicators of each concept layer, in catalogue order. */
const LAYER_INDICATORS: ReadonlyMap<string, readonly string[]> = new Map([
  ['places-compulsory', ['new-school-places']],
  ['investment', ['investment']],
]);
export const MEASURES = ['education-groups', 'teacher-rotation'] as const;
export const SOURCES = ['000', '003', '004'] as const;
export const YEARS = [2010, 2035] as const;
/** The indicator a national threshold governs: `std` holds only on a stack with it. */
export const JUDGEABLE = 'teacher-exchange';

const ALIASES: ReadonlyMap<string, RegionCode> = new Map([
  ['500228', RegionCodeSchema.parse('500155')],
  ['梁平县', RegionCodeSchema.parse('500155')],
]);

function lookup<T>(known: readonly string[], parse: (s: string) => T) {
  return (id: string): T | null => (known.includes(id) ? parse(id) : null);
}

export const ctx: UrlContext = {
  knownRegion: (code) =>
    (REGIONS as readonly string[]).includes(code)
      ? RegionCodeSchema.parse(code)
      : (ALIASES.get(code) ?? null),
  knownIndicator: lookup(INDICATORS, (s) => IndicatorIdSchema.parse(s)),
  knownConceptLayer: lookup(CONCEPT_LAYERS, (s) => LayerIdSchema.parse(s)),
  formerLayer: (id) => {
    const to = FORMER_LAYERS.get(id);
    return to === undefined ? null : LayerIdSchema.parse(to);
  },
  layerIndicators: (id) => (LAYER_INDICATORS.get(id) ?? []).map((s) => IndicatorIdSchema.parse(s)),
  knownMeasure: lookup(MEASURES, (s) => MeasureIdSchema.parse(s)),
  knownSource: lookup(SOURCES, (s) => SourceIdSchema.parse(s)),
  yearRange: YEARS,
  // One threshold governs the exchange of teachers alone, wherever it is in the stack.
  judgeable: (layers) => layers.some((l) => l.kind === 'indicator' && l.id === JUDGEABLE),
};

export const defaults = defaultSnapshot('zh');
