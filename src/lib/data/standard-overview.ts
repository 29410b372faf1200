/**
 * The national standard as a whole, for the "about the standard" panel: its four parts, how many
 * items the document sets in each, the thresholds the atlas holds for each part, and for each
 * threshold the regions whose documents report a figure it governs (the latest, by the time
 * rule) with the verdict. Pure.
 */
import type { Indicator, Region, Standard } from '../domain/schema';
import type { Atlas } from './atlas';
import { governing, judge, type Judgement } from './standards';
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

/** One threshold and the regions that report a figure it governs. */
export interface StandardReports {
  standard: Standard;
  indicator: Indicator;
  /** Regions in the order of their codes, each with its latest value and its verdict. */
  reports: { region: Region; value: AsOf; judgement: Judgement }[];
}

/** One part of the standard. */
export interface StandardPartOverview {
  part: StandardPartId;
  /** Items the document sets in the part. */
  items: number;
  /** The thresholds the atlas holds for the part, in the standards' order. */
  standards: StandardReports[];
}

/** The standard part by part; a threshold whose indicator the atlas lacks is left out. */
export function standardOverview(atlas: Atlas): StandardPartOverview[] {
  return STANDARD_PARTS.map((part) => ({
    part,
    items: PART_ITEMS[part],
    standards: atlas.standards
      .filter((s) => s.part === part)
      .flatMap((standard) => {
        const indicator = atlas.indicators.get(standard.indicator);
        if (!indicator) return [];
        // A figure counts for the threshold only if it is of a level the threshold is for.
        const applies = governing([standard], indicator.id, indicator.scope.levels).length > 0;
        const values = applies ? [...indicatorValuesAsOf(atlas, standard.indicator, null)] : [];
        const reports = values
          .sort(([a], [b]) => a.localeCompare(b))
          .flatMap(([code, value]) => {
            const region = atlas.regions.get(code);
            return region ? [{ region, value, judgement: judge(value.fact, standard) }] : [];
          });
        return [{ standard, indicator, reports }];
      }),
  }));
}
