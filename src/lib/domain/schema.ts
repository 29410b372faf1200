/**
 * The dataset contract (../shared/DATASET.md) as zod schemas. The pipeline validates with these
 * before writing `public/data/dataset.json`; the app validates with the same ones at load.
 * This module composes the whole file from its parts (ids and shared fields, sources, regions,
 * the catalogues, the records read from the documents, the checks across them) and is the one
 * place the app and the pipeline import them from.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import {
  ConceptSchema,
  FamilySchema,
  IndicatorSchema,
  MeasureKindSchema,
} from './catalogue-schemas';
import { checkDataset } from './dataset-checks';
import { EventSchema, FactSchema, MeasureSchema } from './record-schemas';
import { RegionSchema } from './region-schema';
import { SourceSchema } from './source-schema';
import { StandardSchema } from './standard-schema';

export {
  BilingualSchema,
  FactIdSchema,
  IndicatorIdSchema,
  LayerIdSchema,
  MeasureIdSchema,
  PartialDateSchema,
  RegionCodeSchema,
  SourceIdSchema,
  type Bilingual,
  type FactId,
  type IndicatorId,
  type LayerId,
  type MeasureId,
  type PartialDate,
  type RegionCode,
  type SourceId,
} from './field-schemas';
export { SourceSchema, type Source } from './source-schema';
export {
  StandardSchema,
  type Comparator,
  type Standard,
  type StandardLevels,
} from './standard-schema';
export { RegionSchema, type Level, type Region } from './region-schema';
export {
  ConceptSchema,
  FamilySchema,
  IndicatorKindSchema,
  ScopeSchema,
  UnitSchema,
  type Concept,
  type Family,
  type Indicator,
  type IndicatorKind,
  type MeasureKind,
  type Period,
  type Scope,
  type Unit,
} from './catalogue-schemas';
export {
  type FactLevels,
  type FactPeriod,
  type FactScope,
  type Purpose,
  type ShareBase,
} from './fact-scope-schema';
export {
  EventKindSchema,
  EventSchema,
  FactSchema,
  MeasureSchema,
  StatusSchema,
  type DatasetEvent,
  type Fact,
  type Measure,
  type Qualifier,
  type Status,
} from './record-schemas';

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
    concepts: z.array(ConceptSchema),
    indicators: z.array(IndicatorSchema),
    measureKinds: z.array(MeasureKindSchema),
    facts: z.array(FactSchema),
    measures: z.array(MeasureSchema),
    events: z.array(EventSchema),
    /** Absent in datasets built before the thresholds were added, and in small test fixtures. */
    standards: z.optional(z.array(StandardSchema)),
  })
  .check(
    z.superRefine((ds, ctx) =>
      checkDataset(ds, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
    ),
  );
export type Dataset = z.infer<typeof DatasetSchema>;
