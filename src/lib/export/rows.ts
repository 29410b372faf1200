/**
 * The rows of the CSV downloads: one per value, each with everything a reader needs to use it
 * without the atlas — the region in both languages, the indicator and its family, the value in
 * its base unit with qualifier, upper end, status and date, the document and its verbatim quote
 * with offsets, a link back to the atlas, and the national standard that governs it: each
 * threshold, the verdict and the shortfall, and where the threshold is written (several are
 * joined by "; ", most figures have none).
 */
import type { Atlas } from '../data/atlas';
import { judgeFact } from '../data/standards';
import type { AsOf } from '../data/time-rule';
import type { Fact, RegionCode } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import type { LayerSpec } from '../layers/layer-specs';
import { citationWords } from '../layers/standard-words';

/** The columns, in file order. Names are fixed English keys in both languages, for scripts. */
export const VALUE_COLUMNS = [
  'region_code',
  'region_zh',
  'region_en',
  'family',
  'family_name',
  'indicator',
  'indicator_name',
  'value',
  'unit',
  'qualifier',
  'upper',
  'status',
  'date',
  'as_of',
  'source',
  'document_title',
  'quote',
  'start',
  'end',
  'link',
  'standard',
  'standard_levels',
  'standard_comparator',
  'standard_value',
  'standard_verdict',
  'standard_short_by',
  'standard_citation',
] as const;

export type ValueColumn = (typeof VALUE_COLUMNS)[number];
/** One value of the dataset, flattened; null cells are written empty. */
export type ValueRow = Record<ValueColumn, string | number | null>;

/**
 * One fact as a row, names in `lang`. `date` is the date the value is shown at (its own, or its
 * document's when it has none: see the time rule); `asOf` the year of the view it was read in.
 */
function factRow(
  atlas: Atlas,
  fact: Fact,
  lang: Lang,
  at: { date: string | null; asOf: number | null; link: string },
): ValueRow {
  const region = atlas.regions.get(fact.region);
  const indicator = atlas.indicators.get(fact.indicator);
  const family = atlas.dataset.families.find((f) => f.id === indicator?.family);
  const judged = indicator ? judgeFact(atlas.standards, fact, indicator.scope.levels) : [];
  // One threshold keeps its numbers numeric; several (a figure not split by level) are listed.
  const join = (cells: (string | number)[]) =>
    cells.length === 0 ? null : cells.length === 1 ? (cells[0] ?? null) : cells.join('; ');
  return {
    region_code: fact.region,
    region_zh: region?.name.zh ?? null,
    region_en: region?.name.en ?? null,
    family: family?.id ?? null,
    family_name: family?.name[lang] ?? null,
    indicator: fact.indicator,
    indicator_name: indicator?.name[lang] ?? null,
    value: fact.value,
    unit: indicator?.unit ?? null,
    qualifier: fact.qualifier,
    upper: fact.upper ?? null,
    status: fact.status,
    date: at.date,
    as_of: at.asOf,
    source: fact.source,
    document_title: atlas.sources.get(fact.source)?.title[lang] ?? null,
    quote: fact.quote,
    start: fact.start,
    end: fact.end,
    link: at.link,
    standard: join(judged.map((j) => j.standard.id)),
    standard_levels: join(judged.map((j) => j.standard.levels)),
    standard_comparator: join(judged.map((j) => j.standard.comparator)),
    standard_value: join(judged.map((j) => j.standard.value)),
    standard_verdict: join(judged.map((j) => j.verdict)),
    standard_short_by: join(judged.map((j) => j.shortBy)),
    standard_citation: join(judged.map((j) => citationWords(j.standard, lang))),
  };
}

const byRegion = (a: [RegionCode, AsOf], b: [RegionCode, AsOf]) => a[0].localeCompare(b[0]);

/**
 * What the map shows: every drawn indicator or concept layer's value per region as of `year`
 * (the time rule's pick, as the map colours it), top layer first, regions by code. Each row links
 * to the view it was downloaded from.
 */
export function screenRows(
  specs: readonly LayerSpec[],
  atlas: Atlas,
  view: { lang: Lang; year: number | null; link: string },
): ValueRow[] {
  return [...specs].reverse().flatMap((spec) => {
    if (spec.kind !== 'choropleth' && spec.kind !== 'symbols') return [];
    return [...spec.valuesByRegion]
      .sort(byRegion)
      .map(([, v]) =>
        factRow(atlas, v.fact, view.lang, { date: v.date, asOf: view.year, link: view.link }),
      );
  });
}

/**
 * Every value of the dataset, in its order, each linked to a view that shows it: its region, its
 * layer and its year, with its sentence open in the document (`linkOf`, from the view model,
 * which owns the link format).
 */
export function datasetRows(atlas: Atlas, lang: Lang, linkOf: (fact: Fact) => string): ValueRow[] {
  return atlas.dataset.facts.map((fact) =>
    factRow(atlas, fact, lang, { date: fact.date, asOf: null, link: linkOf(fact) }),
  );
}
