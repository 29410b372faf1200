/**
 * All of China as the build reads it: the committed region catalogue (seeds/regions.json) over the
 * all-China region base, its regions, and the index the reader looks names up in. Built once for
 * every test file that reads places (the unit files share one module graph).
 */
import { z } from 'zod/mini';
import { RegionSchema } from '../../../src/lib/domain/schema.ts';
import { loadRegionBase, regionUniverse } from '../../../src/pipeline/region-base.ts';
import { regionIndex } from '../../../src/pipeline/regions.ts';
import catalogueFile from '../../../seeds/regions.json';

/** The catalogue over the region base, as `npm run build:data` reads it. */
export const UNIVERSE = regionUniverse(
  z.array(RegionSchema).parse(catalogueFile.regions),
  loadRegionBase(),
);
/** Every region of the universe. */
export const CHINA = [...UNIVERSE.byCode.values()];
/** The names of every region, looked for in text whichever documents are built together. */
export const CHINA_INDEX = regionIndex(CHINA, CHINA);
