/** Everything the region panel shows for one region, gathered and ordered; pure. */
import type {
  DatasetEvent,
  Fact,
  Indicator,
  Measure,
  MeasureKind,
  Region,
  RegionCode,
} from '../domain/schema';
import type { Atlas } from './atlas';

export interface IndicatorFacts {
  indicator: Indicator;
  /** Oldest first; undated facts last, as their date is only their source's. */
  facts: Fact[];
}

export interface MeasureItems {
  kind: MeasureKind;
  items: Measure[];
}

export interface RegionDetail {
  region: Region;
  parent: Region | null;
  indicators: IndicatorFacts[];
  measures: MeasureItems[];
  events: DatasetEvent[];
  /** Children (by parent) or, for a group, its members; each with its own facts. */
  children: { region: Region; facts: Fact[] }[];
}

const byDate = (a: Fact, b: Fact) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);

export function regionDetail(atlas: Atlas, code: RegionCode): RegionDetail | null {
  const region = atlas.regions.get(code);
  if (!region) return null;
  const facts = atlas.factsByRegion.get(code) ?? [];
  const indicators = atlas.dataset.indicators
    .map((indicator) => ({
      indicator,
      facts: facts.filter((f) => f.indicator === indicator.id).sort(byDate),
    }))
    .filter((g) => g.facts.length > 0);
  const own = atlas.measuresByRegion.get(code) ?? [];
  const measures = atlas.dataset.measureKinds
    .map((kind) => ({ kind, items: own.filter((m) => m.measure === kind.id) }))
    .filter((g) => g.items.length > 0);
  const events = [...(atlas.eventsByRegion.get(code) ?? [])].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const childCodes =
    region.level === 'group'
      ? region.members
      : atlas.dataset.regions.filter((r) => r.parent === code).map((r) => r.code);
  const children = childCodes
    .map((c) => atlas.regions.get(c))
    .filter((r): r is Region => r !== undefined)
    .map((r) => ({ region: r, facts: [...(atlas.factsByRegion.get(r.code) ?? [])].sort(byDate) }));
  const parent = region.parent === null ? null : (atlas.regions.get(region.parent) ?? null);
  return { region, parent, indicators, measures, events, children };
}
