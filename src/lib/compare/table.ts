/**
 * The table view (`tab=table`), the map's screen-reader alternative: regions down, values across.
 * Without a comparison it lists every region with a value of the active layer's family — a column
 * for the active layer itself (the map's value) when it draws several indicators, then one per
 * indicator of its family; with a comparison, the compared regions across every concept layer.
 * Every cell is the one time rule's value (comparison.ts#comparedValue). Pure.
 */
import type { Atlas } from '../data/atlas';
import { regionsOf } from '../data/select';
import type { AsOfYear } from '../data/time-rule';
import type { Bilingual, Family, Indicator, Region, RegionCode } from '../domain/schema';
import type { DrawnLayer } from '../layers/layer-specs';
import { comparedValue, type ComparedValue } from './comparison';

/** One column of values: a layer or one indicator. */
export interface TableColumn {
  /** Unique in the table: `l:` + layer id or `i:` + indicator id. */
  key: string;
  name: Bilingual;
  family: Family;
  indicators: readonly Indicator[];
}

/** One region and its value in each column (null: no value). */
export interface TableRow {
  region: Region;
  cells: (ComparedValue | null)[];
}

/** The table; `kind` says which of the two tables it is. */
export interface TableModel {
  kind: 'layer' | 'comparison';
  /** The active layer the `layer` table is of; null for a comparison. */
  layer: DrawnLayer | null;
  columns: TableColumn[];
  /** In the region list's order; sort.ts reorders them. */
  rows: TableRow[];
}

/** Rows for `regions` over `sources`, keeping only columns and rows with at least one value. */
function fill(
  atlas: Atlas,
  regions: readonly Region[],
  sources: readonly TableColumn[],
  year: AsOfYear,
  keepEmptyRows: boolean,
): { columns: TableColumn[]; rows: TableRow[] } {
  const grid = regions.map((region) =>
    sources.map((c) => comparedValue(atlas, region.code, c, year)),
  );
  const kept = sources.flatMap((c, j) => (grid.some((cells) => cells[j]) ? [j] : []));
  const columns = kept.map((j) => sources[j]!);
  const rows = regions
    .map((region, i) => ({ region, cells: kept.map((j) => grid[i]![j] ?? null) }))
    .filter((row) => keepEmptyRows || row.cells.some((c) => c !== null));
  return { columns, rows };
}

/** The layer's column (when it draws several indicators), then its family's indicators. */
function layerColumns(atlas: Atlas, layer: DrawnLayer): TableColumn[] {
  const own: TableColumn[] =
    layer.indicators.length > 1
      ? [
          {
            key: `l:${layer.ref.id}`,
            name: layer.name,
            family: layer.family,
            indicators: layer.indicators,
          },
        ]
      : [];
  const members = atlas.dataset.indicators
    .filter((i) => i.family === layer.family.id)
    .map((i) => ({ key: `i:${i.id}`, name: i.name, family: layer.family, indicators: [i] }));
  return [...own, ...members];
}

/** The table of the active layer's family over `regions` (in their order), at year Y. */
export function layerTable(
  atlas: Atlas,
  layer: DrawnLayer,
  regions: readonly Region[],
  year: AsOfYear,
): TableModel {
  return { kind: 'layer', layer, ...fill(atlas, regions, layerColumns(atlas, layer), year, false) };
}

/**
 * The table of the compared regions (the dataset's, or of China: `places`, as regionsOf reads
 * them) across every concept layer with a value for one of them.
 */
export function comparisonTable(
  atlas: Atlas,
  codes: readonly RegionCode[],
  year: AsOfYear,
  places: ReadonlyMap<string, Region> | null = null,
): TableModel {
  const regions = regionsOf(atlas, codes, places);
  // Family by family, in catalogue order, so the headers can group the columns by family.
  const sources = atlas.dataset.families.flatMap((family) =>
    [...atlas.conceptLayers.values()]
      .filter((l) => l.family.id === family.id)
      .map((l) => ({ key: `l:${l.id}`, name: l.name, family, indicators: l.indicators })),
  );
  return { kind: 'comparison', layer: null, ...fill(atlas, regions, sources, year, true) };
}

/**
 * The table the view shows: the compared regions (the dataset's or `places`') across every family
 * once two are compared, else the active `layer`'s family over `regions`; null with neither
 * (nothing to tabulate).
 */
export function viewTable(
  atlas: Atlas,
  compared: readonly RegionCode[],
  layer: DrawnLayer | null,
  regions: readonly Region[],
  year: AsOfYear,
  places: ReadonlyMap<string, Region> | null = null,
): TableModel | null {
  if (compared.length >= 2) return comparisonTable(atlas, compared, year, places);
  return layer ? layerTable(atlas, layer, regions, year) : null;
}
