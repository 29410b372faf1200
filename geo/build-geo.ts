/**
 * `npm run build:geo`: writes `public/geo/*.json` and `geo/manifest.json`, and prints what the
 * build did with each file's size, raw and gzipped (zlib level 9, as recorded in geo/README.md).
 * Then extra.json again (build-extra-geometry.ts), since what it holds is what the new focus.json
 * leaves out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildGeoWithReport } from './build';
import { writeExtraGeometry } from './build-extra-geometry';
import { measureManifest, writeManifest } from './manifest';

const PUBLIC = fileURLToPath(new URL('../public/', import.meta.url));

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

const { files, report } = await buildGeoWithReport();
for (const [name, text] of Object.entries(files)) {
  const target = path.join(PUBLIC, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  console.log(`${name}: ${kb(raw)} raw, ${kb(gzip)} gzip`);
}
console.log(JSON.stringify(report, null, 2));
// What these files were made from, for the unit test that checks they are up to date.
writeManifest(measureManifest(files));
console.log(writeExtraGeometry());
