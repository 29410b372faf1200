/**
 * `tsx geo/build-extra-geometry.ts [ROOT]`: writes `public/geo/extra.json` (extra-geometry.ts)
 * from the dataset and the committed geometry under ROOT (this repository by default), and prints
 * what it cut. Seconds, not minutes: `npm run build:data` runs it after the dataset, add-document
 * after writing one, build-geo.ts after focus.json.
 */
import fs from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { z } from 'zod';
import { GEO_FILES } from '../src/lib/domain/geometry';
import { RegionSchema } from '../src/lib/domain/schema';
import { buildExtraGeometry, type ExtraReport } from './extra-geometry';

const REPOSITORY = fileURLToPath(new URL('..', import.meta.url));

/** The region base's file, read here for its parent links only. */
const REGION_BASE = 'geo/china-regions.json';

const read = (root: string, file: string): unknown =>
  JSON.parse(fs.readFileSync(join(root, 'public', file), 'utf8'));

/** extra.json's text for the files under `root`, and what went into it. */
export function extraGeometryOf(root: string = REPOSITORY): { text: string; report: ExtraReport } {
  const about = z.array(z.object({ region: z.string() }));
  const dataset = z
    .object({ regions: z.array(RegionSchema), facts: about, measures: about, events: about })
    .parse(read(root, 'data/dataset.json'));
  const { regions, facts, measures, events } = dataset;
  const base = z
    .object({ regions: z.array(z.object({ code: z.string(), parent: z.string() })) })
    .parse(read(root, REGION_BASE));
  return buildExtraGeometry({
    regions,
    described: new Set([...facts, ...measures, ...events].map((item) => item.region)),
    // The geometry files are the geo build's own output, trusted as the app trusts them.
    focus: read(root, GEO_FILES.focus) as Topology,
    counties: read(root, GEO_FILES.counties) as Topology,
    baseParents: new Map(base.regions.map((r) => [r.code, r.parent])),
  });
}

/** Writes extra.json under `root`; returns the line the command prints. */
export function writeExtraGeometry(root: string = REPOSITORY): string {
  const began = performance.now();
  const { text, report } = extraGeometryOf(root);
  fs.writeFileSync(join(root, 'public', GEO_FILES.extra), text);
  const counts = Object.entries(report.shapes).map(([level, n]) => `${n} ${level}`);
  const ms = (performance.now() - began).toFixed(0);
  const unshaped = report.unshaped.length > 0 ? `; no shape for ${report.unshaped.join(', ')}` : '';
  const context =
    report.context.length > 0 ? `; from ${GEO_FILES.context}: ${report.context.join(', ')}` : '';
  return `${GEO_FILES.extra}: ${counts.join(', ')} (${Buffer.byteLength(text)} bytes) in ${ms} ms${unshaped}${context}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  console.log(writeExtraGeometry(process.argv[2]));
