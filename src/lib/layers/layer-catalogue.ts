/**
 * Everything a reader can put on the map, grouped, with how many regions report each, and a
 * search over both languages' names and the ids (so "coef", "差异" and "difference" all find it).
 */
import type { Atlas } from '../data/atlas';
import type { Bilingual } from '../domain/schema';
import { CONTEXT_LAYERS, type LayerRef } from '../domain/layer-ref';
import { indicatorDraw, type IndicatorDraw } from './stack';

export interface CatalogueEntry {
  ref: LayerRef;
  /** null for context layers, whose names are UI strings. */
  name: Bilingual | null;
  /** How the layer is drawn, for the panel's icon and hint. */
  draw: IndicatorDraw | 'measure' | 'events' | 'context';
  /** Regions with at least one value, measure or event; null for context layers. */
  regionCount: number | null;
}

export interface CatalogueGroup {
  group: string;
  entries: CatalogueEntry[];
}

export interface Catalogue {
  indicators: CatalogueGroup[];
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

export function buildCatalogue(atlas: Atlas): Catalogue {
  const { facts, measures, events } = atlas.dataset;
  return {
    indicators: grouped(
      atlas.dataset.indicators.map((ind) => ({
        group: ind.group,
        entry: {
          ref: { kind: 'indicator', id: ind.id },
          name: ind.name,
          draw: indicatorDraw(ind.kind),
          regionCount: countRegions(facts, (f) => f.indicator === ind.id),
        },
      })),
    ),
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

function matches(entry: CatalogueEntry, q: string): boolean {
  const ref = entry.ref;
  const id = ref.kind === 'events' ? 'events' : ref.id;
  const hay = [id, entry.name?.zh ?? '', entry.name?.en ?? ''];
  return hay.some((h) => h.toLowerCase().includes(q));
}

/** Indicators and measures whose id or name in either language contains the query; groups left empty are dropped. */
export function searchCatalogue(cat: Catalogue, query: string): Catalogue {
  const q = query.trim().toLowerCase();
  if (q === '') return cat;
  const filter = (groups: CatalogueGroup[]) =>
    groups
      .map((g) => ({ group: g.group, entries: g.entries.filter((e) => matches(e, q)) }))
      .filter((g) => g.entries.length > 0);
  return { ...cat, indicators: filter(cat.indicators), measures: filter(cat.measures) };
}
