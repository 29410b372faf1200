/**
 * The checks across records that no record's own schema can make: ids are unique within their
 * kind, every region, member, parent, family, concept, indicator, measure kind and source a record
 * names is in the dataset, an indicator's unit is its concept's, and every threshold governs an
 * indicator of the dataset, in that indicator's unit. Quotes are checked against their texts, which
 * the dataset does not carry, by `checkQuotes` (source-texts.ts).
 */
import type { Concept, Family, Indicator, MeasureKind } from './catalogue-schemas';
import type { DatasetEvent, Fact, Measure } from './record-schemas';
import type { Region } from './region-schema';
import type { Source } from './source-schema';
import type { Standard } from './standard-schema';

/** The lists of a dataset that refer to one another. */
export interface DatasetRecords {
  sources: readonly Source[];
  regions: readonly Region[];
  families: readonly Family[];
  concepts: readonly Concept[];
  indicators: readonly Indicator[];
  measureKinds: readonly MeasureKind[];
  facts: readonly Fact[];
  measures: readonly Measure[];
  events: readonly DatasetEvent[];
  standards?: readonly Standard[];
}

/** Where a broken record is, as a zod issue path (`['facts', 3, 'region']`), and what is wrong. */
export type ReportIssue = (path: (string | number)[], message: string) => void;

/** Reports every duplicate id and unknown reference of `ds` to `issue`. */
export function checkDataset(ds: DatasetRecords, issue: ReportIssue): void {
  const codes = new Set<string>(ds.regions.map((r) => r.code));
  const indicators = new Set<string>(ds.indicators.map((i) => i.id));
  const families = new Set<string>(ds.families.map((f) => f.id));
  const concepts = new Map<string, Concept>(ds.concepts.map((c) => [c.id, c]));
  const measureKinds = new Set<string>(ds.measureKinds.map((m) => m.id));
  const sources = new Set<string>(ds.sources.map((s) => s.id));
  const seen = new Set<string>();
  const checkSpan = (
    kind: string,
    i: number,
    item: {
      id: string;
      region: string;
      source: string;
    },
  ) => {
    if (seen.has(`${kind}:${item.id}`)) issue([kind, i, 'id'], `duplicate id ${item.id}`);
    seen.add(`${kind}:${item.id}`);
    if (!codes.has(item.region)) issue([kind, i, 'region'], `unknown region ${item.region}`);
    if (!sources.has(item.source)) issue([kind, i, 'source'], `unknown source ${item.source}`);
  };
  ds.regions.forEach((r, i) => {
    for (const m of r.members)
      if (!codes.has(m)) issue(['regions', i, 'members'], `unknown member ${m}`);
    if (r.parent !== null && !codes.has(r.parent))
      issue(['regions', i, 'parent'], `unknown parent ${r.parent}`);
  });
  if (codes.size !== ds.regions.length) issue(['regions'], 'duplicate region code');
  if (families.size !== ds.families.length) issue(['families'], 'duplicate family id');
  if (concepts.size !== ds.concepts.length) issue(['concepts'], 'duplicate concept id');
  ds.indicators.forEach((ind, i) => {
    if (!families.has(ind.family))
      issue(['indicators', i, 'family'], `unknown family ${ind.family}`);
    const concept = concepts.get(ind.concept);
    if (!concept) issue(['indicators', i, 'concept'], `unknown concept ${ind.concept}`);
    else if (concept.unit !== ind.unit)
      issue(['indicators', i, 'unit'], `unit ${ind.unit} is not its concept's ${concept.unit}`);
  });
  ds.facts.forEach((f, i) => {
    checkSpan('facts', i, f);
    if (!indicators.has(f.indicator))
      issue(['facts', i, 'indicator'], `unknown indicator ${f.indicator}`);
  });
  ds.measures.forEach((m, i) => {
    checkSpan('measures', i, m);
    m.mentions.forEach((mention, j) => {
      if (!sources.has(mention.source))
        issue(['measures', i, 'mentions', j, 'source'], `unknown source ${mention.source}`);
    });
    if (!measureKinds.has(m.measure))
      issue(['measures', i, 'measure'], `unknown measure ${m.measure}`);
  });
  ds.events.forEach((e, i) => checkSpan('events', i, e));
  const units = new Map<string, string>(ds.indicators.map((i) => [i.id, i.unit]));
  const standardIds = new Set<string>();
  ds.standards?.forEach((s, i) => {
    if (standardIds.has(s.id)) issue(['standards', i, 'id'], `duplicate id ${s.id}`);
    standardIds.add(s.id);
    const unit = units.get(s.indicator);
    if (unit === undefined)
      issue(['standards', i, 'indicator'], `unknown indicator ${s.indicator}`);
    else if (unit !== s.unit)
      issue(['standards', i, 'unit'], `unit ${s.unit} is not ${s.indicator}'s unit ${unit}`);
  });
}
