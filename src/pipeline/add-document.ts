/**
 * `npm run add-document -- FILE --published YYYY-MM-DD [--region CODE|NAME] [--title TEXT]
 * [--title-en TEXT] [--publisher TEXT] [--url URL] [--dry-run] [--json]`
 *
 * Adds one report to the atlas (../shared/DATASET.md, "Adding a document"): checks the input,
 * gives it the next id, builds the dataset with it in a copy of seeds/ as a new release, then
 * copies the file in, appends its catalogue entry and writes the dataset, rebuilds the shapes of
 * its new regions (`public/geo/extra.json`, extra-geometry.ts), and prints a review of what was
 * read. Bad input: one line on stderr, exit 2, no file changed. A build that fails on the new
 * document: its error, exit 1, no file changed. Shapes that fail: the document stays added, exit 1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildDataset, type BuildOutput } from './build.ts';
import { loadCatalogues, type Catalogues } from './catalogue.ts';
import { BuildError } from './errors.ts';
import { rebuildExtraGeometry, type ExtraGeometryRun } from './extra-geometry.ts';
import {
  IntakeError,
  appendToCatalogue,
  catalogueEntry,
  detectScript,
  duplicateOf,
  firstLine,
  nextId,
  parsePublished,
  readDocumentFile,
  resolveRegion,
  seedFileName,
} from './intake.ts';
import { inferRegion } from './subject.ts';
import { RELEASE_FILE, releaseJson } from './release.ts';
import { reviewOf, type Review } from './review.ts';
import { reviewText } from './review-text.ts';
import { writeAtomically } from './write.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The command line, checked; unknown flags and a missing FILE are bad input. */
function readArgs(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        published: { type: 'string' },
        region: { type: 'string' },
        title: { type: 'string' },
        'title-en': { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new IntakeError(`add-document: ${(e as Error).message}`);
  }
  const [file, ...extra] = parsed.positionals;
  if (!file)
    throw new IntakeError(
      'add-document: give the document: npm run add-document -- FILE --published YYYY-MM-DD',
    );
  if (extra.length > 0)
    throw new IntakeError(`add-document: one document at a time (also given: ${extra.join(' ')})`);
  const url = parsed.values.url;
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url))
    throw new IntakeError(`--url ${url}: not an http(s) address`);
  return { file, ...parsed.values };
}

/** Everything decided before the build; throws IntakeError on bad input. */
function intake(argv: string[], cat: Catalogues) {
  const args = readArgs(argv);
  const { bytes, text } = readDocumentFile(args.file);
  const published = parsePublished(args.published);
  const dup = duplicateOf(cat.seedsDir, cat.documents, text);
  if (dup !== null) throw new IntakeError(`${args.file}: already in seeds/ as document ${dup}`);
  const title = args.title?.trim() || firstLine(text);
  const inferred = args.region === undefined;
  const region = inferred
    ? inferRegion(cat.universe, title, text)
    : resolveRegion(cat.universe, args.region as string);
  if (region === null)
    throw new IntakeError(
      `${args.file}: names no region of China; give one with --region CODE|NAME`,
    );
  const subject = cat.universe.byCode.get(region);
  const id = nextId(cat.documents);
  const entry = catalogueEntry({
    id,
    file: seedFileName(id, bytes),
    published,
    region,
    title: {
      zh: title,
      en: args['title-en']?.trim() || `Report on ${subject?.name.en ?? region}, ${published}`,
    },
    publisher: args.publisher?.trim() || 'not stated',
    url: args.url ?? null,
    script: detectScript(text),
  });
  return { args, bytes, entry, regionBasis: inferred ? ('inferred' as const) : ('given' as const) };
}

/**
 * Builds with the new document in a copy of seeds/, so a failure leaves seeds/ as it was. The copy
 * is `<temporary folder>/seeds`: removing it means removing its folder, or each run leaves one.
 */
function stagedBuild(seedsDir: string, entry: ReturnType<typeof intake>['entry'], bytes: Buffer) {
  const staging = join(mkdtempSync(join(tmpdir(), 'add-document-')), 'seeds');
  try {
    cpSync(seedsDir, staging, { recursive: true });
    writeFileSync(join(staging, entry.file), bytes);
    const catalogue = appendToCatalogue(
      readFileSync(join(seedsDir, 'catalogue.json'), 'utf8'),
      entry,
    );
    writeFileSync(join(staging, 'catalogue.json'), catalogue);
    const date = new Date().toISOString().slice(0, 10);
    const out: BuildOutput = buildDataset(staging, { release: (version) => ({ version, date }) });
    return { out, catalogue, staging };
  } catch (e) {
    rmSync(join(staging, '..'), { recursive: true, force: true });
    throw e;
  }
}

/**
 * Runs the command; returns the exit status. `extraGeometry` rebuilds the shapes once the dataset
 * is written (tests pass their own).
 */
export function addDocument(
  argv: string[],
  root = ROOT,
  print = console.log,
  extraGeometry: (root: string) => ExtraGeometryRun = rebuildExtraGeometry,
): number {
  const seedsDir = join(root, 'seeds');
  let review: Review;
  try {
    const cat = loadCatalogues(seedsDir);
    const { args, bytes, entry, regionBasis } = intake(argv, cat);
    const { out, catalogue, staging } = stagedBuild(seedsDir, entry, bytes);
    rmSync(join(staging, '..'), { recursive: true, force: true });
    review = reviewOf(out.dataset, out.texts, out.coverage, cat.universe, entry.id, regionBasis);
    if (!args['dry-run']) {
      const release = out.dataset.release;
      writeAtomically(join(root, 'public/data/dataset.json'), out.datasetJson);
      writeAtomically(join(root, 'public/data/texts.json'), out.textsJson);
      writeAtomically(join(root, 'public/data/coverage.json'), out.coverageJson);
      if (release)
        writeAtomically(join(seedsDir, RELEASE_FILE), releaseJson(release.version, release.date));
      writeFileSync(join(seedsDir, entry.file), bytes);
      writeAtomically(join(seedsDir, 'catalogue.json'), catalogue);
    }
    const shapes = args['dry-run'] ? null : extraGeometry(root);
    print(
      args.json
        ? JSON.stringify(review, null, 1)
        : reviewText(review, out.dataset, { file: `seeds/${entry.file}`, dryRun: args['dry-run'] }),
    );
    if (shapes && !shapes.ok) {
      console.error(
        `add-document: the document was added, but its regions' shapes were not cut (run npx tsx geo/build-extra-geometry.ts): ${shapes.message}`,
      );
      return 1;
    }
    if (shapes && !args.json) print(shapes.message);
    return 0;
  } catch (e) {
    if (e instanceof IntakeError) {
      console.error(e.message);
      return 2;
    }
    if (e instanceof BuildError) {
      console.error(`add-document: the build failed, nothing was changed: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  process.exit(addDocument(process.argv.slice(2)));
