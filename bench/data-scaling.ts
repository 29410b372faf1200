/**
 * How the data build scales with the number of documents (run with `npx tsx bench/data-scaling.ts`;
 * not a test, because timings belong in a report, not in assertions). It writes 10, 100 and 1000
 * documents in the style of the seeds — the five seeds themselves, cycled, each under a new id and
 * with its numbers varied so no two documents are identical — and times buildDataset on each set.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '../src/pipeline/build.ts';
import type { DocumentEntry } from '../src/pipeline/catalogue.ts';

const seeds = join(import.meta.dirname, '../seeds');
const catalogue = JSON.parse(readFileSync(join(seeds, 'catalogue.json'), 'utf8')) as {
  documents: DocumentEntry[];
};
const CATALOGUES = [
  'regions.json',
  'families.json',
  'concepts.json',
  'indicators.json',
  'measures.json',
  'events.json',
];

function makeSet(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), `data-scaling-${n}-`));
  for (const name of CATALOGUES) copyFileSync(join(seeds, name), join(dir, name));
  const documents: DocumentEntry[] = [];
  for (let i = 0; i < n; i++) {
    const model = catalogue.documents[i % catalogue.documents.length] as DocumentEntry;
    const id = String(i).padStart(3, '0');
    const file = `${id}_${(0xbe000 + i).toString(16)}.txt`;
    // Vary multi-digit amounts so documents differ; keep years, dates and markers as they are.
    const text = readFileSync(join(seeds, model.file), 'utf8').replace(
      /(?<![\d.])(\d{3})(?=所|个|人|名)/g,
      (m) => String(Number(m) + (i % 7)),
    );
    writeFileSync(join(dir, file), text);
    documents.push({ ...model, id, file });
  }
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify({ documents }));
  return dir;
}

buildDataset(seeds); // warm up: module loading and the OpenCC dictionaries are not per-document work
console.log('docs\tms\tms/doc\tfacts');
for (const n of [10, 100, 1000]) {
  const dir = makeSet(n);
  const began = performance.now();
  const out = buildDataset(dir);
  const ms = performance.now() - began;
  console.log(`${n}\t${ms.toFixed(0)}\t${(ms / n).toFixed(2)}\t${out.dataset.facts.length}`);
  rmSync(dir, { recursive: true, force: true });
}
