/** A region the app can show or link to (../shared/DATASET.md, `regions`), with its level. */
import './zod-jitless';
import { z } from 'zod/mini';
import { BilingualSchema, RegionCodeSchema } from './field-schemas';

export const LEVELS = ['country', 'province', 'prefecture', 'county', 'group'] as const;
export const LevelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof LevelSchema>;

export const RegionSchema = z.object({
  code: RegionCodeSchema,
  name: BilingualSchema,
  level: LevelSchema,
  parent: z.nullable(RegionCodeSchema),
  members: z.array(RegionCodeSchema),
  aliases: z.array(z.string()),
});
export type Region = z.infer<typeof RegionSchema>;
