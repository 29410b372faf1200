/**
 * What `npm run add-document` checks and decides before the build reads a new document: the
 * file is non-empty UTF-8 text not already in seeds/, the publication date is a real day, the
 * subject region resolves (or is inferred from the title and text, subject.ts, and said so), the script is
 * detected, and the catalogue entry is written. Every refusal is an IntakeError: one line that
 * names the file and the problem, and the command exits with status 2 without changing a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Region } from '../lib/domain/schema.ts';
import type { DocumentEntry } from './catalogue.ts';
import type { RegionUniverse } from './region-base.ts';
import { simplifiedView } from './script.ts';

/** Bad input to add-document: the message is the whole line the user sees. */
export class IntakeError extends Error {
  override name = 'IntakeError';
}

/** The document's text, read whole; refuses a missing, empty, binary or non-UTF-8 file. */
export function readDocumentFile(path: string): { bytes: Buffer; text: string } {
  if (!existsSync(path)) throw new IntakeError(`${path}: no such file`);
  if (!statSync(path).isFile()) throw new IntakeError(`${path}: not a file`);
  const bytes = readFileSync(path);
  if (bytes.indexOf(0) >= 0)
    throw new IntakeError(
      `${path}: binary file (NUL byte at ${bytes.indexOf(0)}), expected UTF-8 text`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    throw new IntakeError(
      `${path}: not valid UTF-8 (first bad byte near character ${lossy.indexOf('\uFFFD')}); save it as UTF-8 text`,
    );
  }
  if (text.trim() === '') throw new IntakeError(`${path}: the file is empty`);
  return { bytes, text };
}

/** `YYYY-MM-DD` naming a real calendar day; refuses anything else with the value in the line. */
export function parsePublished(raw: string | undefined): string {
  if (raw === undefined) throw new IntakeError('--published YYYY-MM-DD is required');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== raw)
    throw new IntakeError(`--published ${raw}: not a date of the form YYYY-MM-DD`);
  return raw;
}

const simplified = (s: string): string => simplifiedView(s.normalize('NFKC')).trim();

const NAMES = new WeakMap<Region, string[]>();

/** Every name a region is known by in a lookup: Chinese, English, aliases (simplified). */
function namesOf(r: Region): string[] {
  let names = NAMES.get(r);
  if (!names) {
    const all = [r.name.zh, r.name.en.toLowerCase(), ...r.aliases.filter((a) => !/^\d+$/.test(a))];
    names = all.map((n) => simplified(n).replace(/\s+/g, ''));
    NAMES.set(r, names);
  }
  return names;
}

const describe = (u: RegionUniverse, r: Region): string => {
  const parent = r.parent ? u.byCode.get(r.parent) : undefined;
  return `${r.code} ${parent && parent.level !== 'country' ? parent.name.zh : ''}${r.name.zh}`;
};

/**
 * A region given as a code (current or former) or a name (Chinese in either script, full or
 * short, or English). Refuses an unknown one, and a name several regions share, listing them.
 */
export function resolveRegion(u: RegionUniverse, raw: string): string {
  const given = simplified(raw);
  if (/^\d{6}$/.test(given)) {
    const code = u.current(given);
    if (u.byCode.has(code)) return code;
    throw new IntakeError(`--region ${raw}: no region of China has this GB/T 2260 code`);
  }
  const key = given.toLowerCase().replace(/\s+/g, '');
  let hits = [...u.byCode.values()].filter((r) => r.code === given || namesOf(r).includes(key));
  // «长春市朝阳区», «陕西 汉中», «汉中略阳县»: a name after one of its ancestors' names.
  if (hits.length === 0)
    hits = [...u.byCode.values()].filter((r) =>
      namesOf(r).some((name) => {
        if (name.length >= key.length || !key.endsWith(name)) return false;
        const prefix = key.slice(0, -name.length);
        for (
          let p = r.parent ? u.byCode.get(r.parent) : undefined;
          p;
          p = p.parent ? u.byCode.get(p.parent) : undefined
        )
          if (namesOf(p).includes(prefix)) return true;
        return false;
      }),
    );
  if (hits.length === 1) return (hits[0] as Region).code;
  if (hits.length === 0) throw new IntakeError(`--region ${raw}: no region of China has this name`);
  throw new IntakeError(
    `--region ${raw}: ${hits.length} regions have this name (${hits.map((r) => describe(u, r)).join(', ')}); give the code`,
  );
}

/**
 * Hant when converting to simplified characters changes more than one character in two hundred
 * of the Han text (a simplified text changes none; a traditional one, one in five or more).
 */
export function detectScript(text: string): 'Hans' | 'Hant' {
  const converted = simplifiedView(text);
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\p{Script=Han}/u.test(text[i] as string)) han++;
    // The view also turns full-width digits into ASCII ones, which says nothing of the script.
    if (text[i] !== converted[i] && !/[０-９．]/u.test(text[i] as string)) changed++;
  }
  return han > 0 && changed / han > 0.005 ? 'Hant' : 'Hans';
}

/** The id of an already catalogued document whose text is the same, or null. */
export function duplicateOf(
  seedsDir: string,
  documents: readonly DocumentEntry[],
  text: string,
): string | null {
  const norm = (s: string) => s.replace(/^\uFEFF/, '').replace(/\s+/g, '');
  const mine = norm(text);
  for (const d of documents) {
    const path = join(seedsDir, d.file);
    if (existsSync(path) && norm(readFileSync(path, 'utf8')) === mine) return d.id;
  }
  return null;
}

/** The next free three-digit id after the highest in the catalogue. */
export function nextId(documents: readonly DocumentEntry[]): string {
  const max = Math.max(-1, ...documents.map((d) => Number(d.id)));
  if (max >= 999) throw new IntakeError('seeds/catalogue.json: all 1000 document ids are taken');
  return String(max + 1).padStart(3, '0');
}

/** The seeds file name: id, then 16 hex digits of the SHA-256 of the bytes. */
export function seedFileName(id: string, bytes: Buffer): string {
  return `${id}_${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.txt`;
}

/** The first non-empty line, as a title when none is given (at most 120 characters). */
export function firstLine(text: string): string {
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => l !== '');
  return (line ?? '').slice(0, 120);
}

/** What the user gave on the command line, checked. */
export interface IntakeChoices {
  id: string;
  file: string;
  published: string;
  region: string;
  title: { zh: string; en: string };
  publisher: string;
  url: string | null;
  script: 'Hans' | 'Hant';
}

/**
 * The catalogue entry of a new document: the whole file is its body, the given date its
 * publication date (stated by whoever added it), its status by default achieved, as the reader
 * reads every sentence's own words of plan and promise.
 */
export function catalogueEntry(c: IntakeChoices): DocumentEntry {
  return {
    id: c.id,
    file: c.file,
    title: c.title,
    publisher: c.publisher,
    published: c.published,
    publishedBasis: {
      kind: 'stated',
      note: `Given to npm run add-document (--published ${c.published}).`,
    },
    publishedQuote: null,
    script: c.script,
    defaultRegion: c.region,
    defaultStatus: 'achieved',
    body: {},
    mask: [],
    sections: [],
    ...(c.url ? { url: c.url } : {}),
  };
}

/** The catalogue's text with one entry appended, the existing entries left as they are written. */
export function appendToCatalogue(catalogueText: string, entry: DocumentEntry): string {
  const end = catalogueText.lastIndexOf(']');
  if (end < 0) throw new IntakeError('seeds/catalogue.json: no documents list to append to');
  const body = JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ');
  const before = catalogueText.slice(0, end).trimEnd();
  const sep = before.endsWith('[') ? '\n    ' : ',\n    ';
  return `${before}${sep}${body}\n  ${catalogueText.slice(end)}`;
}
