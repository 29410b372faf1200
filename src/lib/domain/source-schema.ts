/**
 * A seed document as the dataset carries it (../shared/DATASET.md, `sources`): what is known of it.
 * Its text is apart, in the texts file (source-texts.ts), fetched when a reader opens it.
 */
import './zod-jitless';
import { z } from 'zod/mini';
import {
  BilingualSchema,
  PartialDateSchema,
  RegionCodeSchema,
  SourceIdSchema,
} from './field-schemas';

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
});
export type Source = z.infer<typeof SourceSchema>;
