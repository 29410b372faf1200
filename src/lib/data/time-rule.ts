/**
 * The one time rule: what the atlas shows as of year Y. Every consumer — map layers, legend,
 * tooltip, region panel, timeline — asks this module; none decides on its own.
 *
 * - An achievement dated at or before Y shows, even when the document reporting it came out later.
 * - A milestone dated at or before Y has happened and is drawn; one dated later is drawn as
 *   upcoming only once the document announcing it was published.
 * - A target shows as a target from the year its document was published until its own year.
 * - A fact, measure or event with no date of its own takes its document's publication date,
 *   and says so (`fallbackDate`).
 * - A date that is not known at all (no own date, no publication date) never hides an item:
 *   it shows at every year, marked "date unknown", rather than vanish from every year but the last.
 * - Y = null means "the latest": every achievement, and every target that was announced.
 * - Facts of one date compete by a stated order (valuePreference), never by their ids, and the
 *   ones not drawn go along with the one drawn (`alongside`), so a tooltip can say them too; so
 *   do targets that stand while another value is drawn (`targets`).
 *
 * The timeline's span (timeline/years.ts) covers the items' own dates; a document's date that
 * stands in for an undated item lies within it for the five seeds, and a year outside the span
 * shows as its nearest end.
 */
import { compareDates, yearOf } from '../domain/dates';
import type {
  DatasetEvent,
  Fact,
  IndicatorId,
  Measure,
  PartialDate,
  RegionCode,
  Source,
  SourceId,
} from '../domain/schema';
import type { Atlas } from './atlas';

/** The year shown: a calendar year, or null for "the latest the data has". */
export type AsOfYear = number | null;

/** Publication dates by document id: all the rule needs of the sources. */
export type Publications = ReadonlyMap<SourceId, Pick<Source, 'published'>>;

/**
 * Where one fact stands at year Y:
 * `achieved` — an achievement dated at or before Y (or of unknown date); `target` — announced by
 * Y, its year not passed;
 * `lapsed` — a target whose year passed before Y (history, not drawn);
 * `ahead` — not known at Y (an achievement dated later, a target announced later).
 */
export type FactStanding = 'achieved' | 'target' | 'lapsed' | 'ahead';

/** The value shown for one region and indicator at year Y, with how its date is known. */
export interface AsOf {
  fact: Fact;
  /** The date used: the fact's own, or its document's publication date. */
  date: PartialDate | null;
  /** The value is older than the year asked for (carried forward). */
  fromEarlierYear: boolean;
  isTarget: boolean;
  /** The fact had no date of its own; its document's publication date stands in. */
  fallbackDate: boolean;
  /**
   * The region's other facts that stand at Y with the same date and standing (achieved or
   * target) as this one, in preference order: reported for the same date, not drawn.
   */
  alongside: readonly Fact[];
  /** The region's other targets that stand at Y (not drawn: an achievement or a nearer deadline wins), nearest deadline first. */
  targets: readonly Fact[];
}

/** The date an item speaks of: its own if it has one, else its document's publication date. */
export function effectiveDate(
  item: { date?: PartialDate | null; source: SourceId },
  sources: Publications,
): { date: PartialDate | null; fallbackDate: boolean } {
  if (item.date !== undefined && item.date !== null)
    return { date: item.date, fallbackDate: false };
  return { date: sources.get(item.source)?.published ?? null, fallbackDate: true };
}

/** Known at year Y: its document was published by then (an unknown publication date never hides). */
export function announcedBy(source: SourceId, year: AsOfYear, sources: Publications): boolean {
  if (year === null) return true;
  const published = yearOf(sources.get(source)?.published ?? null);
  return published === null || published <= year;
}

/** Where a fact stands at year Y; see FactStanding. */
export function factStanding(fact: Fact, year: AsOfYear, sources: Publications): FactStanding {
  const y = yearOf(effectiveDate(fact, sources).date);
  if (fact.status === 'achieved')
    return year === null || y === null || y <= year ? 'achieved' : 'ahead';
  if (!announcedBy(fact.source, year, sources)) return 'ahead';
  return year === null || y === null || y >= year ? 'target' : 'lapsed';
}

/**
 * Which of two facts of the same date is drawn, earlier first: the one reported by the later
 * document (a newer report of that date); within one document, the one whose indicator comes
 * first in `rank` (a concept layer's member order: its readings in catalogue order);
 * then the one stated first in the text. Ids never decide, so renaming a fact changes nothing.
 */
export function valuePreference(
  sources: Publications,
  rank: (fact: Fact) => number = () => 0,
): (a: Fact, b: Fact) => number {
  const published = (f: Fact) => sources.get(f.source)?.published ?? '';
  return (a, b) =>
    published(b).localeCompare(published(a)) ||
    rank(a) - rank(b) ||
    a.source.localeCompare(b.source) ||
    a.start - b.start;
}

/** The first of `values` (already ordered) with the others of its date along and the standing targets not drawn. */
function withAlongside(values: AsOf[], targets: AsOf[]): AsOf | null {
  const [first] = values;
  if (!first) return null;
  const alongside = values.slice(1).filter((v) => compareDates(v.date, first.date) === 0);
  const along = new Set([first, ...alongside]);
  return {
    ...first,
    alongside: alongside.map((v) => v.fact),
    targets: targets.filter((v) => !along.has(v)).map((v) => v.fact),
  };
}

/**
 * The one value to show at year Y among one region's facts of one indicator (or of a family
 * layer's indicators, ranked by `rank`): the latest achievement; failing that, the target with
 * the nearest deadline; null when none stands. Facts of the same date are ordered by
 * valuePreference; the ones not drawn are `alongside`, and standing targets not drawn `targets`.
 */
export function valueAsOf(
  facts: readonly Fact[],
  year: AsOfYear,
  sources: Publications,
  rank?: (fact: Fact) => number,
): AsOf | null {
  const achieved: AsOf[] = [];
  const targets: AsOf[] = [];
  for (const fact of facts) {
    const standing = factStanding(fact, year, sources);
    if (standing !== 'achieved' && standing !== 'target') continue;
    const { date, fallbackDate } = effectiveDate(fact, sources);
    const y = yearOf(date);
    const isTarget = standing === 'target';
    const fromEarlierYear = !isTarget && year !== null && y !== null && y < year;
    (isTarget ? targets : achieved).push({
      fact,
      date,
      fromEarlierYear,
      isTarget,
      fallbackDate,
      alongside: [],
      targets: [],
    });
  }
  const prefer = valuePreference(sources, rank);
  // Dates as intervals: "2022" and "2022-08" tie, and the stated preference decides.
  const byDate = (a: AsOf, b: AsOf) => compareDates(a.date, b.date);
  achieved.sort((a, b) => byDate(b, a) || prefer(a.fact, b.fact));
  targets.sort((a, b) => byDate(a, b) || prefer(a.fact, b.fact));
  return withAlongside(achieved, targets) ?? withAlongside(targets, targets);
}

/**
 * One region's value of one indicator at year Y (see valueAsOf). Given several indicators (a
 * concept layer's), the value is valueAsOf over the union of the region's facts of all of them:
 * the latest achievement of any, else the target with the nearest deadline — so a region
 * whose figure two readings of one concept and scope find shows its most recent one;
 * on one date, the member listed first (valuePreference), the others alongside.
 */
export function regionValueAsOf(
  atlas: Atlas,
  region: RegionCode,
  indicator: IndicatorId | readonly IndicatorId[],
  year: AsOfYear,
): AsOf | null {
  const ids: readonly IndicatorId[] = typeof indicator === 'string' ? [indicator] : indicator;
  const own = (atlas.factsByRegion.get(region) ?? []).filter((f) => ids.includes(f.indicator));
  const rank = (f: Fact) => ids.indexOf(f.indicator);
  return own.length === 0 ? null : valueAsOf(own, year, atlas.sources, rank);
}

/** Every region's value of one indicator (or a concept layer's indicators) at year Y; regions with none are absent. */
export function indicatorValuesAsOf(
  atlas: Atlas,
  indicator: IndicatorId | readonly IndicatorId[],
  year: AsOfYear,
): Map<RegionCode, AsOf> {
  const out = new Map<RegionCode, AsOf>();
  for (const code of atlas.factsByRegion.keys()) {
    const v = regionValueAsOf(atlas, code, indicator, year);
    if (v) out.set(code, v);
  }
  return out;
}

/**
 * Where a milestone stands at year Y: `happened` once its date is reached (whenever it was
 * reported), `upcoming` while ahead but already announced, `ahead` (not drawn) otherwise.
 */
export function eventStanding(
  event: DatasetEvent,
  year: AsOfYear,
  sources: Publications,
): 'happened' | 'upcoming' | 'ahead' {
  if (year === null || yearOf(event.date) <= year) return 'happened';
  return announcedBy(event.source, year, sources) ? 'upcoming' : 'ahead';
}

/** A measure has no date of its own: it stands from its document's publication on. */
export function measureShown(measure: Measure, year: AsOfYear, sources: Publications): boolean {
  return announcedBy(measure.source, year, sources);
}
