/**
 * `npm run build:data`: seeds/ → public/data/dataset.json, the sources' texts beside it
 * (public/data/texts.json, fetched only when a document is opened) and public/data/coverage.json,
 * then the shapes of the dataset's regions that focus.json does not draw (public/geo/extra.json,
 * extra-geometry.ts). The data files are built in memory first; on any error nothing is written
 * and the previous files stay.
 * `npm run build:data -- --release` also records the built content as released today in
 * seeds/release.json (the build refuses content whose release is not recorded). Last, it prints
 * the reader's recall and precision on the corpus of documents it has never seen (corpus.ts).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { layerCoverage } from '../lib/domain/concept-layers.ts';
import { buildDataset } from './build.ts';
import { corpusLine, scoreCorpus } from './corpus.ts';
import { BuildError } from './errors.ts';
import { rebuildExtraGeometry } from './extra-geometry.ts';
import { RELEASE_FILE, releaseJson } from './release.ts';
import { writeAtomically } from './write.ts';

/** Build from a seeds directory and write both outputs; returns the counts for the log line. */
export function buildAndWrite(
  seedsDir: string,
  outPath: string,
  textsPath: string,
  coveragePath: string,
  releaseDate: string | null = null,
) {
  const out = buildDataset(
    seedsDir,
    releaseDate === null ? {} : { release: (version) => ({ version, date: releaseDate }) },
  );
  if (out.dataset.release && releaseDate !== null)
    writeAtomically(
      join(seedsDir, RELEASE_FILE),
      releaseJson(out.dataset.release.version, releaseDate),
    );
  writeAtomically(outPath, out.datasetJson);
  writeAtomically(textsPath, out.textsJson);
  writeAtomically(coveragePath, out.coverageJson);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(fileURLToPath(import.meta.url), '../../..');
  const began = performance.now();
  try {
    const release = process.argv.includes('--release');
    const out = buildAndWrite(
      join(root, 'seeds'),
      join(root, 'public/data/dataset.json'),
      join(root, 'public/data/texts.json'),
      join(root, 'public/data/coverage.json'),
      release ? new Date().toISOString().slice(0, 10) : null,
    );
    const { facts, measures, events } = out.dataset;
    const ms = (performance.now() - began).toFixed(0);
    console.log(
      `dataset: ${facts.length} facts, ${measures.length} measures, ${events.length} events in ${ms} ms`,
    );
    console.log(`coverage: ${JSON.stringify(out.coverage.totals)}`);
    if (out.dataset.release)
      console.log(`release: ${out.dataset.release.version} of ${out.dataset.release.date}`);
    const comparing = layerCoverage(out.dataset).filter((l) => l.regions >= 2);
    console.log(
      `layers: ${comparing.length} draw two regions or more, like with like: ${comparing.map((l) => `${l.layer} ${l.regions}`).join(', ')}`,
    );
    const shapes = rebuildExtraGeometry(root);
    if (!shapes.ok) {
      console.error(
        `build:data: the dataset is written, but not its regions' shapes: ${shapes.message}`,
      );
      process.exit(1);
    }
    console.log(shapes.message);
    const corpus = scoreCorpus(root);
    if (corpus) console.log(corpusLine(corpus));
  } catch (e) {
    console.error(e instanceof BuildError ? `build:data failed: ${e.message}` : e);
    process.exit(1);
  }
}
