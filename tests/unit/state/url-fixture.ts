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
export const FAMILY_LAYERS = ['places', 'investment'] as const;
export const MEASURES = ['education-groups', 'teacher-rotation'] as const;
export const SOURCES = ['000', '003', '004'] as const;
export const YEARS = [2010, 2035] as const;

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
  knownFamilyLayer: lookup(FAMILY_LAYERS, (s) => LayerIdSchema.parse(s)),
  knownMeasure: lookup(MEASURES, (s) => MeasureIdSchema.parse(s)),
  knownSource: lookup(SOURCES, (s) => SourceIdSchema.parse(s)),
  yearRange: YEARS,
};

export const defaults = defaultSnapshot('zh');
