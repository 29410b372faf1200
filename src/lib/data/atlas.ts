/** The validated dataset with the indexes every view needs, built once at load. */
import type {
  Bilingual,
  Dataset,
  DatasetEvent,
  Fact,
  Family,
  Indicator,
  IndicatorId,
  LayerId,
  Measure,
  Region,
  RegionCode,
  Source,
  SourceId,
  Standard,
} from '../domain/schema';

/** A family layer: the indicators of one family drawn together, in catalogue order. */
export interface FamilyLayer {
  id: LayerId;
  /** What the layer is called (see layerName). */
  name: Bilingual;
  family: Family;
  indicators: readonly Indicator[];
}

export interface Atlas {
  dataset: Dataset;
  regions: ReadonlyMap<RegionCode, Region>;
  indicators: ReadonlyMap<IndicatorId, Indicator>;
  /** Family layers by their id (unique across families: the build checks it). */
  familyLayers: ReadonlyMap<LayerId, FamilyLayer>;
  sources: ReadonlyMap<SourceId, Source>;
  factsByRegion: ReadonlyMap<RegionCode, readonly Fact[]>;
  measuresByRegion: ReadonlyMap<RegionCode, readonly Measure[]>;
  eventsByRegion: ReadonlyMap<RegionCode, readonly DatasetEvent[]>;
  /** Former codes and names → current code, so old links still resolve. */
  aliases: ReadonlyMap<string, RegionCode>;
  /** The national thresholds figures are read against (none in a dataset without them). */
  standards: readonly Standard[];
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

/**
 * A layer's name, as the data gives no names for layers: its indicator's for a single one; the
 * family's when it is the family's only layer of several indicators (学位供给 for every kind of
 * new place); else its indicators' names joined, since the family name would not tell apart
 * its layers (schools, pupils and teachers each have one).
 */
function layerName(
  indicators: readonly Indicator[],
  family: Family,
  multiLayers: number,
): Bilingual {
  const [first] = indicators;
  if (first && indicators.length === 1) return first.name;
  if (multiLayers <= 1) return family.name;
  return {
    zh: indicators.map((i) => i.name.zh).join(' / '),
    en: indicators.map((i) => i.name.en).join(' / '),
  };
}

function familyLayers(dataset: Dataset): Map<LayerId, FamilyLayer> {
  const members = new Map<LayerId, Indicator[]>();
  for (const ind of dataset.indicators)
    members.set(ind.layer, [...(members.get(ind.layer) ?? []), ind]);
  const out = new Map<LayerId, FamilyLayer>();
  for (const [id, indicators] of members) {
    const family = dataset.families.find((f) => f.id === indicators[0]?.family);
    if (!family) continue;
    const multiLayers = [...members.values()].filter(
      (l) => l.length > 1 && l[0]?.family === family.id,
    ).length;
    out.set(id, { id, name: layerName(indicators, family, multiLayers), family, indicators });
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
    familyLayers: familyLayers(dataset),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    factsByRegion: groupBy(dataset.facts, (f) => f.region),
    measuresByRegion: groupBy(dataset.measures, (m) => m.region),
    eventsByRegion: groupBy(dataset.events, (e) => e.region),
    aliases,
    standards: dataset.standards ?? [],
  };
}

/** A current code, a former code or a name → the region's current code, if known. */
export function resolveRegion(atlas: Atlas, key: string): RegionCode | null {
  const direct = atlas.regions.get(key as RegionCode);
  return direct ? direct.code : (atlas.aliases.get(key) ?? null);
}
