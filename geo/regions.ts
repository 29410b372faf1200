/**
 * The region catalogue (`seeds/regions.json`) as the geo build needs it: names, levels,
 * group members, and former codes (aliases) resolved to current ones.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { RegionSchema, type Region } from '../src/lib/domain/schema';

const CATALOGUE = new URL('../seeds/regions.json', import.meta.url);

/** Reads and validates the catalogue; the geo build trusts it from here on. */
export function loadRegions(): Region[] {
  const raw: unknown = JSON.parse(fs.readFileSync(CATALOGUE, 'utf8'));
  return z.object({ regions: z.array(RegionSchema) }).parse(raw).regions;
}

/** Maps every code the catalogue knows, current or former, to the current code. */
export function aliasResolver(regions: readonly Region[]): (code: string) => string {
  const current = new Map<string, string>();
  for (const region of regions) {
    for (const alias of region.aliases) {
      // Only numeric aliases are former codes; the rest are names (开县, 重庆) for search.
      if (/^\d{6}$/.test(alias)) current.set(alias, region.code);
    }
  }
  return (code) => current.get(code) ?? code;
}
