/** The validated dataset with the indexes every view needs, built once at load. */
import type {
  Dataset,
  DatasetEvent,
  Fact,
  Indicator,
  IndicatorId,
  Measure,
  Region,
  RegionCode,
  Source,
  SourceId,
} from '../domain/schema';

export interface Atlas {
  dataset: Dataset;
  regions: ReadonlyMap<RegionCode, Region>;
  indicators: ReadonlyMap<IndicatorId, Indicator>;
  sources: ReadonlyMap<SourceId, Source>;
  factsByRegion: ReadonlyMap<RegionCode, readonly Fact[]>;
  measuresByRegion: ReadonlyMap<RegionCode, readonly Measure[]>;
  eventsByRegion: ReadonlyMap<RegionCode, readonly DatasetEvent[]>;
  /** Former codes and names → current code, so old links still resolve. */
  aliases: ReadonlyMap<string, RegionCode>;
}

function groupBy<T>(items: readonly T[], key: (t: T) => RegionCode): Map<RegionCode, T[]> {
  const out = new Map<RegionCode, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function indexDataset(dataset: Dataset): Atlas {
  const aliases = new Map<string, RegionCode>();
  for (const r of dataset.regions) for (const a of r.aliases) aliases.set(a, r.code);
  return {
    dataset,
    regions: new Map(dataset.regions.map((r) => [r.code, r])),
    indicators: new Map(dataset.indicators.map((i) => [i.id, i])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    factsByRegion: groupBy(dataset.facts, (f) => f.region),
    measuresByRegion: groupBy(dataset.measures, (m) => m.region),
    eventsByRegion: groupBy(dataset.events, (e) => e.region),
    aliases,
  };
}

/** A current code, a former code or a name → the region's current code, if known. */
export function resolveRegion(atlas: Atlas, key: string): RegionCode | null {
  const direct = atlas.regions.get(key as RegionCode);
  return direct ? direct.code : (atlas.aliases.get(key) ?? null);
}
