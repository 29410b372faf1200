/**
 * The field types the dataset's records share (../shared/DATASET.md): branded ids, partial dates
 * and bilingual text. Branded ids are minted only by these schemas, so an id that reached the app
 * has passed one.
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
export const FamilyIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'FamilyId'>();
/** A concept of the vocabulary (seeds/concepts.json): what is counted, what happened to it, its unit. */
export const ConceptIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'ConceptId'>();
/** A concept layer: the indicators of one concept at one scope, drawn on one scale, share this id. */
export const LayerIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9-]+$/))
  .brand<'LayerId'>();

export type RegionCode = z.infer<typeof RegionCodeSchema>;
export type IndicatorId = z.infer<typeof IndicatorIdSchema>;
export type MeasureId = z.infer<typeof MeasureIdSchema>;
export type SourceId = z.infer<typeof SourceIdSchema>;
export type FactId = z.infer<typeof FactIdSchema>;
export type LayerId = z.infer<typeof LayerIdSchema>;

/** ISO date, possibly partial: "2023", "2021-12", "2017-12-04". */
export const PartialDateSchema = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const BilingualSchema = z.object({
  zh: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Bilingual = z.infer<typeof BilingualSchema>;
