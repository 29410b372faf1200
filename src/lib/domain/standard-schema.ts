/**
 * The national thresholds a figure is assessed against (../shared/DATASET.md, "standards"): the
 * 2017 quality-balanced assessment (教督〔2017〕6号) and, where a figure is read against it, the
 * 2012 basic-balanced one. Numbers and citations only: the document's sentences stay out.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import { UnitSchema } from './catalogue-schemas';
import { BilingualSchema, IndicatorIdSchema, PartialDateSchema } from './field-schemas';

/** The school level a threshold is set for; "compulsory" when one value serves both. */
export const StandardLevelsSchema = z.enum(['primary', 'junior', 'compulsory']);
export type StandardLevels = z.infer<typeof StandardLevelsSchema>;

/** How a figure must compare with the threshold to meet it (figure `comparator` threshold). */
export const ComparatorSchema = z.enum(['>=', '<=', '=', '>', '<']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** Which assessment sets the threshold: 2017's quality balance or 2012's basic balance. */
export const AssessmentSchema = z.enum(['quality-balanced', 'basic-balanced']);

/** The four parts of the 2017 assessment: resources, government provision, quality, public recognition. */
export const StandardPartSchema = z.enum(['resources', 'provision', 'quality', 'recognition']);

/** Where a threshold is written: the document, its number, its date and the item in it. */
export const StandardSourceSchema = z.object({
  title: BilingualSchema,
  number: z.string().check(z.minLength(1)),
  date: PartialDateSchema,
  /** The part and item as the document numbers them, e.g. 资源配置（一）. */
  item: z.string().check(z.minLength(1)),
});

/** One threshold: the indicator it governs, for which schools, and the value in that indicator's unit. */
export const StandardSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  indicator: IndicatorIdSchema,
  levels: StandardLevelsSchema,
  comparator: ComparatorSchema,
  value: z.number(),
  /** The governed indicator's unit (the build checks they agree). */
  unit: UnitSchema,
  assessment: AssessmentSchema,
  part: StandardPartSchema,
  source: StandardSourceSchema,
});
export type Standard = z.infer<typeof StandardSchema>;
