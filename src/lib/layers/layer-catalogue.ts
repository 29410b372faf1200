/**
 * Everything a reader can put on the map, with how many regions report each, and a search over
 * both languages' names and the ids (so "coef", "差异" and "difference" all find it). Layers come
 * by family, families reporting the most regions first; a family offers its concept layers (one
 * concept at one scope each), then its fine indicators (each reading rule on its own).
 */
import type { Atlas } from '../data/atlas';
import { layerCoverage } from '../domain/concept-layers';
import type { Bilingual, Family } from '../domain/schema';
import { CONTEXT_LAYERS, type LayerRef } from '../domain/layer-ref';
import { indicatorDraw, type IndicatorDraw } from './stack';

/** One layer a reader can turn on. */
export interface CatalogueEntry {
  ref: LayerRef;
  /** null for context layers, whose names are UI strings. */
  name: Bilingual | null;
  /** How the layer is drawn, for the panel's icon and hint. */
  draw: IndicatorDraw | 'measure' | 'events' | 'context';
  /** Regions with at least one value, measure or event; null for context layers. */
  regionCount: number | null;
}

/** Layers listed together under a heading. */
export interface CatalogueGroup {
  group: string;
  entries: CatalogueEntry[];
}

/** A family: its concept layers (`layers`) and its fine indicators (`entries`). */
export interface FamilyGroup extends CatalogueGroup {
  family: Family;
  /** Regions with a value in any of the family's indicators. */
  regionCount: number;
  layers: CatalogueEntry[];
}

/** The layer panel's model: families, measures, milestones, context layers. */
export interface Catalogue {
  families: FamilyGroup[];
  /** Every concept layer's name, for the layer order's labels. */
  layerNames: ReadonlyMap<string, Bilingual>;
  measures: CatalogueGroup[];
  events: CatalogueEntry;
  context: CatalogueEntry[];
}

function grouped(items: { group: string; entry: CatalogueEntry }[]): CatalogueGroup[] {
  const groups = new Map<string, CatalogueEntry[]>();
  for (const { group, entry } of items) groups.set(group, [...(groups.get(group) ?? []), entry]);
  return [...groups].map(([group, entries]) => ({ group, entries }));
}

function countRegions<T extends { region: string }>(
  items: readonly T[],
  keep: (t: T) => boolean,
): number {
  return new Set(items.filter(keep).map((i) => i.region)).size;
}

/**
 * Families with the regions each reports, most first and in catalogue order among equals; each
 * with its concept layers (regions from layerCoverage, the build's own count) and its indicators.
 * A layer no document has a figure for yet draws nothing, so it is not offered (a link may still
 * name it); a family with no such layer is left out.
 */
function families(atlas: Atlas): FamilyGroup[] {
  const { facts } = atlas.dataset;
  const regionsOf = new Map(layerCoverage(atlas.dataset).map((l) => [l.layer, l.regions]));
  const out = atlas.dataset.families.map((family) => {
    const own = [...atlas.conceptLayers.values()].filter(
      (l) => l.family.id === family.id && (regionsOf.get(l.id) ?? 0) > 0,
    );
    const layers = own.map((l): CatalogueEntry => ({
      ref: { kind: 'concept', id: l.id },
      name: l.name,
      draw: indicatorDraw(l.indicators[0]?.kind ?? 'count'),
      regionCount: regionsOf.get(l.id) ?? 0,
    }));
    const entries = own
      .flatMap((l) => l.indicators)
      .map((ind): CatalogueEntry => ({
        ref: { kind: 'indicator', id: ind.id },
        name: ind.name,
        draw: indicatorDraw(ind.kind),
        regionCount: countRegions(facts, (f) => f.indicator === ind.id),
      }));
    const ids = new Set<string>(own.flatMap((l) => l.indicators.map((i) => i.id)));
    const regionCount = countRegions(facts, (f) => ids.has(f.indicator));
    return { group: family.id, family, regionCount, layers, entries };
  });
  return out.filter((g) => g.layers.length > 0).sort((a, b) => b.regionCount - a.regionCount);
}

/** The catalogue of everything a reader can put on the map. */
export function buildCatalogue(atlas: Atlas): Catalogue {
  const { measures, events } = atlas.dataset;
  return {
    families: families(atlas),
    layerNames: new Map([...atlas.conceptLayers].map(([id, l]) => [id, l.name])),
    measures: grouped(
      atlas.dataset.measureKinds.map((m) => ({
        group: m.group,
        entry: {
          ref: { kind: 'measure', id: m.id },
          name: m.name,
          draw: 'measure',
          regionCount: countRegions(measures, (x) => x.measure === m.id),
        },
      })),
    ),
    events: {
      ref: { kind: 'events' },
      name: null,
      draw: 'events',
      regionCount: countRegions(events, () => true),
    },
    context: CONTEXT_LAYERS.map((id) => ({
      ref: { kind: 'context', id },
      name: null,
      draw: 'context',
      regionCount: null,
    })),
  };
}

function matches(entry: { name: Bilingual | null }, id: string, q: string): boolean {
  const hay = [id, entry.name?.zh ?? '', entry.name?.en ?? ''];
  return hay.some((h) => h.toLowerCase().includes(q));
}

function entryMatches(entry: CatalogueEntry, q: string): boolean {
  const ref = entry.ref;
  return matches(entry, ref.kind === 'events' ? 'events' : ref.id, q);
}

/**
 * Layers and measures whose id or name in either language contains the query; a family whose
 * own name matches keeps all its layers; groups left empty are dropped.
 */
export function searchCatalogue(cat: Catalogue, query: string): Catalogue {
  const q = query.trim().toLowerCase();
  if (q === '') return cat;
  const keep = (entries: CatalogueEntry[]) => entries.filter((e) => entryMatches(e, q));
  const families = cat.families
    .map((g) =>
      matches(g.family, g.family.id, q)
        ? g
        : { ...g, layers: keep(g.layers), entries: keep(g.entries) },
    )
    .filter((g) => g.layers.length + g.entries.length > 0);
  const measures = cat.measures
    .map((g) => ({ group: g.group, entries: keep(g.entries) }))
    .filter((g) => g.entries.length > 0);
  return { ...cat, families, measures };
}

/**
 * The layer a first visit opens with on top of the context layers: the concept layer that draws
 * the most regions like with like (the first in catalogue order among equals), so the map shows
 * values at once, and the widest comparison the documents allow. null when no layer has a value.
 */
export function firstViewLayer(atlas: Atlas): LayerRef | null {
  let best: { layer: string; regions: number } | null = null;
  for (const l of layerCoverage(atlas.dataset)) if (l.regions > (best?.regions ?? 0)) best = l;
  const layer = [...atlas.conceptLayers.values()].find((l) => l.id === best?.layer);
  return layer ? { kind: 'concept', id: layer.id } : null;
}
