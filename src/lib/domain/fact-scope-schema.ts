/**
 * A fact's own scope (../shared/DATASET.md, "Additions (turn 3)"): the school levels, the time and
 * (for money) the purpose and (for shares) the base its own sentence states. An indicator's scope
 * says what the indicator is meant to count; a fact's says what its sentence counts, so two facts
 * of one indicator compare only when their scopes agree.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import { PartialDateSchema } from './field-schemas';

/**
 * The school levels a sentence names: one stage (primary, junior, senior-high, preschool,
 * vocational, higher), a run of stages (compulsory = primary + junior; secondary = junior +
 * senior-high; primary-secondary = 中小学; basic = kindergartens to senior-high; all = every level),
 * or "unstated" when the sentence names none.
 */
export const FactLevelsSchema = z.enum([
  'preschool',
  'primary',
  'junior',
  'senior-high',
  'vocational',
  'higher',
  'compulsory',
  'secondary',
  'primary-secondary',
  'basic',
  'all',
  'unstated',
]);
export type FactLevels = z.infer<typeof FactLevelsSchema>;

/**
 * The time a value covers: a stock as of `to` (or the fact's date when `to` is null); a flow
 * accumulated from `from` to `to` (either null when the text does not say); a rate, an amount
 * recurring every `per`, in force from `from` to `to` when the text says.
 */
export const FactPeriodSchema = z.object({
  kind: z.enum(['stock', 'flow', 'rate']),
  from: z.nullable(PartialDateSchema),
  to: z.nullable(PartialDateSchema),
  /** For a rate: how often the amount recurs (每年, 年均 → year; 每月 → month); absent otherwise. */
  per: z.optional(z.enum(['year', 'month'])),
});
export type FactPeriod = z.infer<typeof FactPeriodSchema>;

/** What money is for, as its sentence says. */
export const PurposeSchema = z.enum([
  'school-building',
  'weak-school-improvement',
  'pay',
  'subsidy',
  'awards',
  'arrears',
  'equipment',
  'training',
  'operating-funds',
  'quality-drive',
]);
export type Purpose = z.infer<typeof PurposeSchema>;

/** What a share is a share of, as its sentence says; "unstated" when it does not say. */
export const ShareBaseSchema = z.enum([
  'schools',
  'kindergartens',
  'pupils',
  'teachers',
  'leaders',
  'classes',
  'school-buildings',
  'admission-quotas',
  'posts',
  'earlier-value',
  'unstated',
]);
export type ShareBase = z.infer<typeof ShareBaseSchema>;

/** A fact's scope: `purpose` is null unless the fact is money, `base` null unless it is a share. */
export const FactScopeSchema = z.object({
  levels: FactLevelsSchema,
  period: FactPeriodSchema,
  purpose: z.nullable(PurposeSchema),
  base: z.nullable(ShareBaseSchema),
});
export type FactScope = z.infer<typeof FactScopeSchema>;
