/**
 * The reader measured on the corpus (tests/fixtures/documents: documents written for the project,
 * each with a gold file), as `npm run build:data` prints it: every document is added as
 * add-document adds it (its subject inferred, its date the gold's), all in one build over a copy
 * of seeds/, and each one's review is scored against its gold (corpus-score.ts).
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from './build.ts';
import { loadCatalogues } from './catalogue.ts';
import { precision, recall, scoreDocument, type Gold, type Score } from './corpus-score.ts';
import {
  appendToCatalogue,
  catalogueEntry,
  detectScript,
  firstLine,
  nextId,
  readDocumentFile,
  seedFileName,
} from './intake.ts';
import { inferRegion } from './subject.ts';
import { reviewOf } from './review.ts';

/** Where the corpus lives, relative to the repository root. */
const CORPUS_DIR = 'tests/fixtures/documents';

/** The score of the corpus: per document (`refused`: no region inferred, nothing read) and in total. */
export interface CorpusScore {
  documents: { name: string; refused: boolean; score: Score }[];
  total: Pick<Score, 'gold' | 'found' | 'read' | 'correct'>;
}

/** The corpus's documents with their gold, by name. */
function corpusDocuments(dir: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
      return { name, file: join(dir, `${name}.txt`), gold };
    });
}

/** Scores the reader on the corpus under `root`; null when the repository has no corpus. */
export function scoreCorpus(root: string): CorpusScore | null {
  const dir = join(root, CORPUS_DIR);
  if (!existsSync(dir)) return null;
  const seedsDir = join(root, 'seeds');
  const cat = loadCatalogues(seedsDir);
  const staging = join(mkdtempSync(join(tmpdir(), 'corpus-')), 'seeds');
  try {
    cpSync(seedsDir, staging, { recursive: true });
    let catalogue = readFileSync(join(seedsDir, 'catalogue.json'), 'utf8');
    const documents = [...cat.documents];
    const added = corpusDocuments(dir).map((doc) => {
      const { bytes, text } = readDocumentFile(doc.file);
      const title = firstLine(text);
      const region = inferRegion(cat.universe, title, text);
      if (region === null) return { ...doc, text, id: null };
      const id = nextId(documents);
      const entry = catalogueEntry({
        id,
        file: seedFileName(id, bytes),
        published: doc.gold.published,
        region,
        title: { zh: title, en: title },
        publisher: 'not stated',
        url: null,
        script: detectScript(text),
      });
      documents.push(entry);
      writeFileSync(join(staging, entry.file), bytes);
      catalogue = appendToCatalogue(catalogue, entry);
      return { ...doc, text, id };
    });
    writeFileSync(join(staging, 'catalogue.json'), catalogue);
    const out = buildDataset(staging, { release: (version) => ({ version, date: '1970-01-01' }) });
    const terms = Object.fromEntries(
      cat.indicators.map((i) => [i.id, { unit: i.unit, layer: i.layer }]),
    );
    const scored = added.map(({ name, text, gold, id }) => {
      // A refused document reads nothing: its gold counts as missed.
      const facts =
        id === null
          ? []
          : reviewOf(out.dataset, out.texts, out.coverage, cat.universe, id, 'inferred').facts;
      return { name, refused: id === null, score: scoreDocument(text, gold, facts, terms) };
    });
    const total = { gold: 0, found: 0, read: 0, correct: 0 };
    for (const { score } of scored)
      for (const k of ['gold', 'found', 'read', 'correct'] as const) total[k] += score[k];
    return { documents: scored, total };
  } finally {
    rmSync(join(staging, '..'), { recursive: true, force: true });
  }
}

/** The line `npm run build:data` prints. */
export function corpusLine(score: CorpusScore): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const { total } = score;
  return `corpus: recall ${pct(recall(total))} (${total.found}/${total.gold}), precision ${pct(precision(total))} (${total.correct}/${total.read}) on ${score.documents.length} documents of the test corpus (outside seeds/, written for the tests)`;
}
