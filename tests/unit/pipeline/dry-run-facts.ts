/**
 * The whole reading of a text written for a test, as `add-document --dry-run --json` prints it
 * for a report of 余杭区 (330110): for the kind tests whose rule needs the document around a
 * number (its opening, its sections, the clauses before it), not one sentence.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { addDocument } from '../../../src/pipeline/add-document.ts';
import type { Review } from '../../../src/pipeline/review.ts';

const root = join(import.meta.dirname, '../../..');

/**
 * Returns what reads a text's facts: `(text, published)` → the review's facts, each run in a copy
 * of seeds/ and public/data made by `scratch` (the file's `scratchFolders()`, removed after it).
 */
export function dryRunFacts(
  scratch: (prefix: string) => string,
): (text: string, published: string) => Review['facts'] {
  return (text, published) => {
    const dir = scratch('atlas-dry-run-');
    cpSync(join(root, 'seeds'), join(dir, 'seeds'), { recursive: true });
    mkdirSync(join(dir, 'public/data'), { recursive: true });
    for (const f of ['dataset.json', 'coverage.json'])
      cpSync(join(root, 'public/data', f), join(dir, 'public/data', f));
    const file = join(dir, 'report.txt');
    writeFileSync(file, text);
    const printed: string[] = [];
    const args = [file, '--published', published, '--region', '330110', '--dry-run', '--json'];
    expect(addDocument(args, dir, (line) => printed.push(line))).toBe(0);
    return (JSON.parse(printed.join('\n')) as Review).facts;
  };
}

/** The date of the first of `facts` whose quote holds `quote` (a partial ISO date), if any. */
export const dateIn =
  (facts: Review['facts']) =>
  (quote: string): string | null | undefined =>
    facts.find((f) => f.quote.includes(quote))?.date;
