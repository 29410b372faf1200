/**
 * The region base: every province, prefecture and county-level unit of China with its names,
 * level and parent (`public/geo/china-regions.json`, written by `npm run build:regions`). Search
 * fetches it the first time its box is used, so it stays out of the first view; checked here at
 * the door like the dataset. Failure is a value, never an exception.
 */
import '../domain/zod-jitless';
import { z } from 'zod/mini';
import { BilingualSchema, RegionCodeSchema } from '../domain/field-schemas';
import type { Region } from '../domain/schema';
import { fetchJson } from './fetch-json';
import { REGION_BASE_URL } from './region-base-url';

const BaseRegionSchema = z.object({
  code: RegionCodeSchema,
  name: BilingualSchema,
  level: z.enum(['province', 'prefecture', 'county']),
  // A province's parent is the country's code (100000), which the base does not list.
  parent: RegionCodeSchema,
  aliases: z.array(z.string()),
});
const RegionBaseSchema = z.object({ regions: z.array(BaseRegionSchema) });

export type RegionBaseResult = { ok: true; regions: Region[] } | { ok: false; message: string };

/** Fetches and checks the base; its regions have no members (only groups have them). */
export async function loadRegionBase(
  fetcher: typeof fetch = fetch,
  url: string = REGION_BASE_URL,
): Promise<RegionBaseResult> {
  const fetched = await fetchJson(url, fetcher);
  if (!fetched.ok) return fetched;
  const parsed = RegionBaseSchema.safeParse(fetched.body);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || '(root)';
    return { ok: false, message: `${url}: invalid region base at ${where}` };
  }
  return { ok: true, regions: parsed.data.regions.map((r) => ({ ...r, members: [] })) };
}
