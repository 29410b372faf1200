/**
 * `npm run build:regions`: writes the region base (`geo/region-base.ts`) to
 * public/geo/china-regions.json, one region per line so a diff shows what changed.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildRegionBase, regionBaseJson, REGION_BASE_FILE } from './region-base';

const target = fileURLToPath(new URL(`../public/${REGION_BASE_FILE}`, import.meta.url));
const base = buildRegionBase();
fs.writeFileSync(target, regionBaseJson(base));
console.log(`${REGION_BASE_FILE}: ${base.regions.length} regions`);
