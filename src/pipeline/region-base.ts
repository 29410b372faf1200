/**
 * Regions for all of China: the region base (`public/geo/china-regions.json`, made by
 * `npm run build:regions` from the boundary packages) under the catalogue (`seeds/regions.json`),
 * which wins where both name a code and adds what the packages cannot know (groups, former codes,
 * English names a reader should see). A document may be about any region of the two; the
 * dataset lists the catalogue's regions and, of the base, those a document or an item refers to,
 * with their ancestors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { RegionSchema, type Region } from '../lib/domain/schema.ts';
import { BuildError } from './errors.ts';

/** The committed base, beside the geometry it was read with. */
export const REGION_BASE_PATH = fileURLToPath(
  new URL('../../public/geo/china-regions.json', import.meta.url),
);
const REGION_BASE_NAME = 'public/geo/china-regions.json';

const BaseRegionSchema = z.object({
  code: z.string().regex(/^\d{6}$/),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  level: z.enum(['province', 'prefecture', 'county']),
  parent: z.string().regex(/^\d{6}$/),
  aliases: z.array(z.string()),
});

/** Reads and validates the base; throws a BuildError naming the file when it is missing or broken. */
export function loadRegionBase(path: string = REGION_BASE_PATH): Region[] {
  if (!existsSync(path))
    throw new BuildError(REGION_BASE_NAME, null, 'missing: run npm run build:regions');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BuildError(REGION_BASE_NAME, null, `not JSON (${(e as Error).message})`);
  }
  const parsed = z.object({ regions: z.array(BaseRegionSchema) }).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildError(REGION_BASE_NAME, issue?.path.join('.') ?? null, issue?.message ?? '');
  }
  return parsed.data.regions.map((r) => RegionSchema.parse({ ...r, members: [] }));
}

/** Every region a document may speak of, by code, and how the dataset's list is chosen. */
export interface RegionUniverse {
  /** The catalogue's regions, then the base's others, by code. */
  byCode: ReadonlyMap<string, Region>;
  /** Former codes (the catalogue's and the base's code aliases) → current code. */
  current(code: string): string;
  /** The dataset's regions: the catalogue's, then the base regions `used` names, with ancestors. */
  datasetRegions(used: Iterable<string>): Region[];
}

/**
 * The catalogue over the base. A base entry under a code the catalogue lists, or under one of
 * its former codes (the packages still carry 梁平县 500228), is left out: the catalogue's wins.
 */
export function regionUniverse(
  catalogue: readonly Region[],
  base: readonly Region[],
): RegionUniverse {
  const formerToCurrent = new Map<string, string>();
  // The base's former codes (哈密 652200 → 650500) first, so the catalogue's win.
  for (const r of [...base, ...catalogue])
    for (const alias of r.aliases) if (/^\d{6}$/.test(alias)) formerToCurrent.set(alias, r.code);
  const byCode = new Map<string, Region>(catalogue.map((r) => [r.code, r]));
  for (const r of base)
    if (!byCode.has(r.code) && !formerToCurrent.has(r.code)) byCode.set(r.code, r);
  const inCatalogue = new Set(catalogue.map((r) => r.code));
  return {
    byCode,
    current: (code) => formerToCurrent.get(code) ?? code,
    datasetRegions(used) {
      const added = new Set<string>();
      for (const code of used) {
        for (
          let r = byCode.get(code);
          r && !inCatalogue.has(r.code);
          r = r.parent ? byCode.get(r.parent) : undefined
        )
          added.add(r.code);
      }
      const extra = [...added].sort().map((code) => byCode.get(code) as Region);
      return [...catalogue, ...extra];
    },
  };
}
