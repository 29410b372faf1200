/**
 * The national standard as a whole, for the "about the standard" panel: its four parts, how many
 * items the document sets in each, the indicators the atlas holds thresholds of in each part, and
 * for each indicator the regions whose documents report a figure of it (the latest, by the time
 * rule) with the verdicts. Pure.
 */
import type { Indicator, Region, Standard } from '../domain/schema';
import type { Atlas } from './atlas';
import { judgeFact, type Judgement } from './standards';
import { indicatorValuesAsOf, type AsOf } from './time-rule';

/** The parts of the 2017 assessment, in the document's order. */
export const STANDARD_PARTS = ['resources', 'provision', 'quality', 'recognition'] as const;
export type StandardPartId = (typeof STANDARD_PARTS)[number];

/**
 * How many items the 2017 document sets in each part: seven resource indicators, fifteen of
 * government provision, nine of education quality, one of public recognition.
 */
export const PART_ITEMS: Record<StandardPartId, number> = {
  resources: 7,
  provision: 15,
  quality: 9,
  recognition: 1,
};

/** One indicator the standard governs: its thresholds and the regions that report a figure of it. */
export interface GovernedIndicator {
  indicator: Indicator;
  /** Its thresholds in the standards' order (one per school level, or one for both). */
  standards: Standard[];
  /** Regions in the order of their codes, each with its latest value and its verdict against each threshold that governs it. */
  reports: { region: Region; value: AsOf; judgements: Judgement[] }[];
}

/** One part of the standard. */
export interface StandardPartOverview {
  part: StandardPartId;
  /** Items the document sets in the part. */
  items: number;
  /** The indicators the atlas holds thresholds of for the part, in the standards' order. */
  indicators: GovernedIndicator[];
}

/** The standard part by part; a threshold whose indicator the atlas lacks is left out. */
export function standardOverview(atlas: Atlas): StandardPartOverview[] {
  return STANDARD_PARTS.map((part) => {
    const held = atlas.standards.filter((s) => s.part === part);
    const ids = [...new Set(held.map((s) => s.indicator))];
    return {
      part,
      items: PART_ITEMS[part],
      indicators: ids.flatMap((id) => {
        const indicator = atlas.indicators.get(id);
        if (!indicator) return [];
        const standards = held.filter((s) => s.indicator === id);
        const reports = [...indicatorValuesAsOf(atlas, id, null)]
          .sort(([a], [b]) => a.localeCompare(b))
          .flatMap(([code, value]) => {
            const region = atlas.regions.get(code);
            const judgements = judgeFact(standards, value.fact, indicator.scope.levels);
            return region && judgements.length > 0 ? [{ region, value, judgements }] : [];
          });
        return [{ indicator, standards, reports }];
      }),
    };
  });
}
