/**
 * `npm run build:data`: seeds/ → public/data/dataset.json and public/data/coverage.json.
 * Both are built in memory first; on any error nothing is written and the previous files stay.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { familyCoverage } from '../lib/domain/families.ts';
import { buildDataset } from './build.ts';
import { BuildError } from './errors.ts';
import { writeAtomically } from './write.ts';

/** Build from a seeds directory and write both outputs; returns the counts for the log line. */
export function buildAndWrite(seedsDir: string, outPath: string, coveragePath: string) {
  const out = buildDataset(seedsDir);
  writeAtomically(outPath, out.datasetJson);
  writeAtomically(coveragePath, out.coverageJson);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '../../..');
  const began = performance.now();
  try {
    const out = buildAndWrite(
      join(root, 'seeds'),
      join(root, 'public/data/dataset.json'),
      join(root, 'public/data/coverage.json'),
    );
    const { facts, measures, events } = out.dataset;
    const ms = (performance.now() - began).toFixed(0);
    console.log(
      `dataset: ${facts.length} facts, ${measures.length} measures, ${events.length} events in ${ms} ms`,
    );
    console.log(`coverage: ${JSON.stringify(out.coverage.totals)}`);
    const families = familyCoverage(out.dataset);
    console.log(
      `families: ${families.comparing} of ${families.facts} facts in a layer comparing two regions or more`,
    );
  } catch (e) {
    console.error(e instanceof BuildError ? `build:data failed: ${e.message}` : e);
    process.exit(1);
  }
}
