/**
 * One seed document read from disk and prepared for matching: the original text (for quotes and
 * offsets), and a same-length simplified "work" text in which everything that is not article body
 * (headers, footers, captions) is blanked out, so no rule can ever match there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Status } from '../lib/domain/schema.ts';
import type { DocumentEntry } from './catalogue.ts';
import { BuildError, failAt, lineColumn } from './errors.ts';
import { simplifiedView } from './script.ts';

/** A section of the body that speaks for one region. */
export interface Section {
  start: number;
  region: string;
  status: Status;
}

/** A document ready for extraction. */
export interface PreparedDocument {
  entry: DocumentEntry;
  /** Path relative to the repository root, as the dataset records it. */
  file: string;
  text: string;
  work: string;
  body: { start: number; end: number };
  sections: Section[];
}

const BLANK = '\n';

function decode(file: string, bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new BuildError(file, `byte ${nul}`, 'binary file (NUL byte), expected UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    failAt(file, lossy, lossy.indexOf('\uFFFD'), 'not valid UTF-8');
  }
}

function find(file: string, text: string, marker: string, from: number, what: string): number {
  const at = text.indexOf(marker, from);
  if (at < 0)
    throw new BuildError(
      file,
      lineColumn(text, from),
      `${what} "${marker}" not found in the text (was the document edited?)`,
    );
  return at;
}

/** Read a catalogued document, check it is non-empty UTF-8, and locate its body and sections. */
export function prepareDocument(seedsDir: string, entry: DocumentEntry): PreparedDocument {
  const file = `seeds/${entry.file}`;
  const path = join(seedsDir, entry.file);
  if (!existsSync(path))
    throw new BuildError(
      file,
      null,
      `named by seeds/catalogue.json (document ${entry.id}) but missing`,
    );
  const text = decode(file, readFileSync(path));
  if (text.trim() === '') throw new BuildError(file, '1:1', 'document is empty');

  const start =
    entry.body.startAfter === undefined
      ? 0
      : find(file, text, entry.body.startAfter, 0, 'body start marker') +
        entry.body.startAfter.length;
  const end =
    entry.body.endBefore === undefined
      ? text.length
      : find(file, text, entry.body.endBefore, start, 'body end marker');
  const chars = simplifiedView(text).split('');
  for (let i = 0; i < chars.length; i++) if (i < start || i >= end) chars[i] = BLANK;
  for (const mask of entry.mask) {
    find(file, text, mask, start, 'mask');
    for (
      let at = text.indexOf(mask, start);
      at >= 0 && at < end;
      at = text.indexOf(mask, at + mask.length)
    )
      for (let i = at; i < at + mask.length; i++) chars[i] = BLANK;
  }
  const sections: Section[] = [{ start, region: entry.defaultRegion, status: entry.defaultStatus }];
  for (const s of entry.sections)
    sections.push({
      start: find(file, text, s.startAt, start, 'section marker'),
      region: s.region,
      status: s.status ?? entry.defaultStatus,
    });
  sections.sort((a, b) => a.start - b.start);
  if (entry.publishedQuote !== null)
    find(file, text, entry.publishedQuote, 0, 'publication date quote');
  return { entry, file, text, work: chars.join(''), body: { start, end }, sections };
}

/** The section an offset falls in. */
export function sectionAt(doc: PreparedDocument, offset: number): Section {
  let current = doc.sections[0] as Section;
  for (const s of doc.sections) if (s.start <= offset) current = s;
  return current;
}
