/** The validated dataset with the indexes every view needs, built once at load. */
import type {
  Bilingual,
  Concept,
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

/** A concept layer: one concept at one scope, with the indicators that read it in catalogue order. */
export interface ConceptLayer {
  id: LayerId;
  /** What the layer draws: its indicator's name, or its concept's when it joins several. */
  name: Bilingual;
  concept: Concept;
  /** The panel's heading the layer is listed under (its first indicator's family). */
  family: Family;
  indicators: readonly Indicator[];
}

export interface Atlas {
  dataset: Dataset;
  regions: ReadonlyMap<RegionCode, Region>;
  indicators: ReadonlyMap<IndicatorId, Indicator>;
  /** Concept layers by their id (one per concept and scope: the build checks it). */
  conceptLayers: ReadonlyMap<LayerId, ConceptLayer>;
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

function conceptLayers(dataset: Dataset): Map<LayerId, ConceptLayer> {
  const members = new Map<LayerId, Indicator[]>();
  for (const ind of dataset.indicators)
    members.set(ind.layer, [...(members.get(ind.layer) ?? []), ind]);
  const out = new Map<LayerId, ConceptLayer>();
  for (const [id, indicators] of members) {
    const [first] = indicators;
    const family = dataset.families.find((f) => f.id === first?.family);
    const concept = dataset.concepts.find((c) => c.id === first?.concept);
    if (!first || !family || !concept) continue;
    const name = indicators.length === 1 ? first.name : concept.name;
    out.set(id, { id, name, concept, family, indicators });
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
    conceptLayers: conceptLayers(dataset),
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
