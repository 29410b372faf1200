/**
 * The catalogues the records name (../shared/DATASET.md): the vocabulary of concepts (what is
 * counted, what happened to it, its unit), the families that head them in the layer panel, the
 * indicators a fact counts in (its concept, how it is drawn, its scope), and the kinds of policy
 * measure.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import {
  BilingualSchema,
  ConceptIdSchema,
  FamilyIdSchema,
  IndicatorIdSchema,
  LayerIdSchema,
  MeasureIdSchema,
} from './field-schemas';

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

/** How an indicator is drawn: shares, rates and coefficients as a choropleth, amounts and counts as symbols. */
export const IndicatorKindSchema = z.enum(['share', 'coefficient', 'count', 'amount']);
export type IndicatorKind = z.infer<typeof IndicatorKindSchema>;

/** What happened to what a concept counts: built, added, invested …, or a standing stock or rule. */
const ChangeSchema = z.enum([
  'built',
  'added',
  'invested',
  'paid',
  'recruited',
  'exchanged',
  'trained',
  'recognised',
  'supported',
  'converted',
  'held',
  'change',
  'stock',
  'rule',
]);

/**
 * A quantity the reports state (新增学位, 综合差异系数 …): what it counts (`counts`: schools, places,
 * funds, a share …), what happened to it (`change`) and the unit its values are stored in. The
 * 2017 national standard's indicators (《县域义务教育优质均衡发展督导评估办法》) carry their
 * official names and `standard: true`.
 */
export const ConceptSchema = z.object({
  id: ConceptIdSchema,
  name: BilingualSchema,
  counts: z.string().check(z.minLength(1)),
  change: ChangeSchema,
  unit: UnitSchema,
  standard: z.optional(z.literal(true)),
});
export type Concept = z.infer<typeof ConceptSchema>;

/** A heading of the layer panel over related concepts (school places, investment, …). */
export const FamilySchema = z.object({ id: FamilyIdSchema, name: BilingualSchema });
export type Family = z.infer<typeof FamilySchema>;

/** Which school levels an indicator counts. */
export const LevelsSchema = z.enum([
  'all',
  'primary',
  'junior',
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
  /** What money is for, or which kind of a thing is counted ("school-building", "arrears"); absent when the concept says it all. */
  purpose: z.optional(z.string().check(z.regex(/^[a-z0-9-]+$/))),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const IndicatorSchema = z.object({
  id: IndicatorIdSchema,
  name: BilingualSchema,
  unit: UnitSchema,
  kind: IndicatorKindSchema,
  group: z.string().check(z.minLength(1)),
  family: FamilyIdSchema,
  concept: ConceptIdSchema,
  /** Indicators sharing a layer id are drawn on one scale: one concept at one scope (domain/concept-layers.ts). */
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
