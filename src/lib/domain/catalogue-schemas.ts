/**
 * The catalogues the records name (../shared/DATASET.md): families of comparable quantities, the
 * indicators a fact counts in (unit, how it is drawn, what it counts), and the kinds of policy
 * measure.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import {
  BilingualSchema,
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

/** Comparable quantities a reader puts on one map (new school places, investment, …). */
export const FamilySchema = z.object({ id: FamilyIdSchema, name: BilingualSchema });
export type Family = z.infer<typeof FamilySchema>;

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
