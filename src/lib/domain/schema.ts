/**
 * The dataset contract (../shared/DATASET.md) as zod schemas. The pipeline validates with these
 * before writing `public/data/dataset.json`; the app validates with the same ones at load.
 * Branded ids are minted only here, so an id that reached the app has passed a schema.
 */
import './zod-jitless';
import { z } from 'zod/mini';

export const RegionCodeSchema = z
  .string()
  .check(z.regex(/^[0-9A-Za-z-]{2,24}$/))
  .brand<'RegionCode'>();
export const IndicatorIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'IndicatorId'>();
export const MeasureIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'MeasureId'>();
export const SourceIdSchema = z
  .string()
  .check(z.regex(/^\d{3}$/))
  .brand<'SourceId'>();
export const FactIdSchema = z.string().check(z.minLength(1)).brand<'FactId'>();
export const EventIdSchema = z.string().check(z.minLength(1)).brand<'EventId'>();

export type RegionCode = z.infer<typeof RegionCodeSchema>;
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;
export type MeasureId = z.infer<typeof MeasureIdSchema>;
export type SourceId = z.infer<typeof SourceIdSchema>;
export type FactId = z.infer<typeof FactIdSchema>;

/** ISO date, possibly partial: "2023", "2021-12", "2017-12-04". */
export const PartialDateSchema = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const BilingualSchema = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Bilingual = z.infer<typeof BilingualSchema>;

export const LEVELS = ['country', 'province', 'prefecture', 'county', 'group'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

/** Base units the app knows how to format. Values are always stored in these. */
export const UNITS = [
  'yuan',
  'places',
  'schools',
  'kindergartens',
  'schools-and-kindergartens',
  'people',
  'teachers',
  'person-times',
  'percent',
  'coefficient',
  'square-metres',
  'square-kilometres',
  'count',
  'ratio',
  'years',
  'rank',
] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

export const QualifierSchema = z.enum(['exact', 'atLeast', 'atMost', 'approx']);
export type Qualifier = z.infer<typeof QualifierSchema>;
export const StatusSchema = z.enum(['achieved', 'target']);
export type Status = z.infer<typeof StatusSchema>;

/** How an indicator is drawn: shares, rates and coefficients as a choropleth, amounts and counts as symbols. */
export const IndicatorKindSchema = z.enum(['share', 'coefficient', 'count', 'amount']);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

const span = {
  source: SourceIdSchema,
  quote: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
};

export const SourceSchema = z.object({
  id: SourceIdSchema,
  file: z.string().check(z.regex(/^seeds\/\d{3}_[0-9a-f]+\.txt$/)),
  title: BilingualSchema,
  publisher: z.string().check(z.minLength(1)),
  published: z.nullable(PartialDateSchema),
  /** How the publication date is known: stated in the text, or inferred (with the reason). */
  publishedBasis: z.object({ kind: z.enum(['stated', 'inferred']), note: z.string() }),
  script: z.enum(['Hans', 'Hant']),
  defaultRegion: RegionCodeSchema,
  /** Character offsets of the article body; text outside it yields nothing. */
  body: z.object({ start: z.int().check(z.nonnegative()), end: z.int().check(z.nonnegative()) }),
  text: z.string().check(z.minLength(1)),
});
export type Source = z.infer<typeof SourceSchema>;

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: BilingualSchema,
  level: LevelSchema,
  parent: z.nullable(RegionCodeSchema),
  members: z.array(RegionCodeSchema),
  aliases: z.array(z.string()),
});
export type Region = z.infer<typeof RegionSchema>;

export const FamilyIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'FamilyId'>();

/** Comparable quantities a reader puts on one map (new school places, investment, …). */
export const FamilySchema = z.object({ id: FamilyIdSchema, name: BilingualSchema });
export type Family = z.infer<typeof FamilySchema>;

/** A family layer: the indicators of one family that may be drawn together share this id. */
export const LayerIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'LayerId'>();
export type LayerId = z.infer<typeof LayerIdSchema>;

/** Which school levels an indicator counts. */
export const LevelsSchema = z.enum([
  'all',
  'compulsory',
  'primary-secondary',
  'schools-and-kindergartens',
  'preschool',
  'senior-high',
  'higher',
  'unstated',
]);
/**
 * The time a value covers: a stock or a rule as of its date; a flow accumulated to date or over
 * stated years (a target's: over its plan's years); a change over one year; a recurring yearly
 * amount; or one project.
 */
export const PeriodSchema = z.enum(['stock', 'rule', 'cumulative', 'year', 'per-year', 'project']);
export type Period = z.infer<typeof PeriodSchema>;

/** What an indicator counts, in words for the reader and in fields for comparing layers. */
export const ScopeSchema = z.extend(BilingualSchema, {
  levels: LevelsSchema,
  period: PeriodSchema,
  /** What a share or a per-head amount is of ("schools", "pupils"); null when neither. */
  base: z.nullable(z.string().check(z.minLength(1))),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  name: BilingualSchema,
  unit: UnitSchema,
  kind: IndicatorKindSchema,
  group: z.string().check(z.minLength(1)),
  family: FamilyIdSchema,
  /** Indicators of a family sharing a layer id are drawn on one layer; their scopes may differ in levels only. */
  layer: LayerIdSchema,
  scope: ScopeSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const MeasureKindSchema = z.object({
  id: MeasureIdSchema,
  name: BilingualSchema,
  group: z.string().check(z.minLength(1)),
});
export type MeasureKind = z.infer<typeof MeasureKindSchema>;

export const FactSchema = z
  .object({
    id: FactIdSchema,
    region: RegionCodeSchema,
    indicator: IndicatorIdSchema,
    /** A zod 4 number is finite already: NaN and ±Infinity fail as not a number. */
    value: z.number(),
    /** Upper bound when the text states a range ("3至5年一周期": value 3, upper 5). */
    upper: z.optional(z.number()),
    qualifier: QualifierSchema,
    status: StatusSchema,
    date: z.nullable(PartialDateSchema),
    ...span,
  })
  .check(
    z.refine((f) => f.upper === undefined || (f.upper > f.value && f.qualifier !== 'exact'), {
      message: 'a range has an upper end above its value and is never exact',
      path: ['upper'],
    }),
  );
export type Fact = z.infer<typeof FactSchema>;

/** One sentence of a source that reports a measure. */
export const MentionSchema = z.object(span);

export const MeasureSchema = z.object({
  id: z.string().check(z.minLength(1)),
  region: RegionCodeSchema,
  measure: MeasureIdSchema,
  ...span,
  /** Every mention of the measure for the region in the source, the first being the one above. */
  mentions: z.array(MentionSchema).check(z.minLength(1)),
});
export type Measure = z.infer<typeof MeasureSchema>;

export const EventKindSchema = z.enum([
  'publication',
  'meeting',
  'milestone',
  'evaluation',
  'pilot',
  'target',
]);

export const EventSchema = z.object({
  id: EventIdSchema,
  region: RegionCodeSchema,
  date: PartialDateSchema,
  kind: EventKindSchema,
  title: BilingualSchema,
  ...span,
});
export type DatasetEvent = z.infer<typeof EventSchema>;

/** Which content this dataset is, and when it was released (pipeline/release.ts). */
export const ReleaseSchema = z.object({
  /** 12 hex digits of the SHA-256 of the dataset without its release. */
  version: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type Release = z.infer<typeof ReleaseSchema>;

export const DatasetSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Absent only in datasets built from test fixtures. */
    release: z.optional(ReleaseSchema),
    sources: z.array(SourceSchema),
    regions: z.array(RegionSchema),
    families: z.array(FamilySchema),
    indicators: z.array(IndicatorSchema),
    measureKinds: z.array(MeasureKindSchema),
    facts: z.array(FactSchema),
    measures: z.array(MeasureSchema),
    events: z.array(EventSchema),
  })
  .check(
    z.superRefine((ds, ctx) => {
      const codes = new Set<string>(ds.regions.map((r) => r.code));
      const indicators = new Set<string>(ds.indicators.map((i) => i.id));
      const families = new Set<string>(ds.families.map((f) => f.id));
      const measureKinds = new Set<string>(ds.measureKinds.map((m) => m.id));
      const sources = new Map<string, string>(ds.sources.map((s) => [s.id, s.text]));
      const seen = new Set<string>();
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message });
      const checkSpan = (
        kind: string,
        i: number,
        item: {
          id: string;
          region: string;
          source: string;
          quote: string;
          start: number;
          end: number;
        },
      ) => {
        if (seen.has(`${kind}:${item.id}`)) issue([kind, i, 'id'], `duplicate id ${item.id}`);
        seen.add(`${kind}:${item.id}`);
        if (!codes.has(item.region)) issue([kind, i, 'region'], `unknown region ${item.region}`);
        const text = sources.get(item.source);
        if (text === undefined) issue([kind, i, 'source'], `unknown source ${item.source}`);
        else if (text.slice(item.start, item.end) !== item.quote)
          issue(
            [kind, i, 'quote'],
            `quote not found at ${item.start}-${item.end} in ${item.source}`,
          );
      };
      ds.regions.forEach((r, i) => {
        for (const m of r.members)
          if (!codes.has(m)) issue(['regions', i, 'members'], `unknown member ${m}`);
        if (r.parent !== null && !codes.has(r.parent))
          issue(['regions', i, 'parent'], `unknown parent ${r.parent}`);
      });
      if (codes.size !== ds.regions.length) issue(['regions'], 'duplicate region code');
      if (families.size !== ds.families.length) issue(['families'], 'duplicate family id');
      ds.indicators.forEach((ind, i) => {
        if (!families.has(ind.family))
          issue(['indicators', i, 'family'], `unknown family ${ind.family}`);
      });
      ds.facts.forEach((f, i) => {
        checkSpan('facts', i, f);
        if (!indicators.has(f.indicator))
          issue(['facts', i, 'indicator'], `unknown indicator ${f.indicator}`);
      });
      ds.measures.forEach((m, i) => {
        checkSpan('measures', i, m);
        m.mentions.forEach((mention, j) => {
          const text = sources.get(mention.source);
          if (text?.slice(mention.start, mention.end) !== mention.quote)
            issue(
              ['measures', i, 'mentions', j],
              `mention not found at ${mention.start}-${mention.end}`,
            );
        });
        if (!measureKinds.has(m.measure))
          issue(['measures', i, 'measure'], `unknown measure ${m.measure}`);
      });
      ds.events.forEach((e, i) => checkSpan('events', i, e));
    }),
  );
export type Dataset = z.infer<typeof DatasetSchema>;
