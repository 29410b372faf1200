/**
 * The records read from the documents (../shared/DATASET.md): facts (figures), measures (policy
 * measures a document reports for a region) and events, each quoting the sentence it was read
 * from.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import { FactScopeSchema } from './fact-scope-schema';
import {
  BilingualSchema,
  EventIdSchema,
  FactIdSchema,
  IndicatorIdSchema,
  MeasureIdSchema,
  PartialDateSchema,
  RegionCodeSchema,
  SourceIdSchema,
} from './field-schemas';

export const QualifierSchema = z.enum(['exact', 'atLeast', 'atMost', 'approx']);
export type Qualifier = z.infer<typeof QualifierSchema>;
export const StatusSchema = z.enum(['achieved', 'target']);
export type Status = z.infer<typeof StatusSchema>;

/** The quote a record was read from, and its character offsets in its source's text. */
const span = {
  source: SourceIdSchema,
  quote: z.string().check(z.minLength(1)),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
};

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
    /**
     * What the fact's own sentence counts: levels, period, purpose of money, base of a share.
     * The build writes it for every fact; absent only in hand-made test fixtures.
     */
    scope: z.optional(FactScopeSchema),
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
