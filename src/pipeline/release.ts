/**
 * The dataset's release: a version that names its content (the first 12 hex digits of the
 * SHA-256 of the dataset's JSON without the release, then its sources' texts) and the date that
 * content was released.
 * Both live in seeds/release.json, written by `npm run build:data -- --release`, so the build
 * stays deterministic (same seeds, same bytes) and a changed dataset cannot ship under an old
 * version: the build stops until the change is released.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReleaseSchema, type Dataset, type Release } from '../lib/domain/schema.ts';
import type { SourceTexts } from '../lib/domain/source-texts.ts';
import { BuildError } from './errors.ts';

/** The file, inside the seeds folder. */
export const RELEASE_FILE = 'release.json';

/**
 * The version of a dataset's content: 12 hex digits of SHA-256 over its JSON without `release`,
 * then its texts' JSON (a text is content even where no quote's offsets moved).
 */
export function contentVersion(dataset: Omit<Dataset, 'release'>, texts: SourceTexts): string {
  return createHash('sha256')
    .update(JSON.stringify(dataset))
    .update(JSON.stringify(texts))
    .digest('hex')
    .slice(0, 12);
}

/**
 * The release recorded for this content, or null for a seeds folder without release.json (test
 * fixtures). Throws a BuildError naming the file when the record is broken or is for other content.
 */
export function recordedRelease(seedsDir: string, version: string): Release | null {
  const file = join(seedsDir, RELEASE_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new BuildError(file, null, `not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = ReleaseSchema.safeParse(raw);
  if (!parsed.success)
    throw new BuildError(file, null, 'needs {"version": "<12 hex digits>", "date": "YYYY-MM-DD"}');
  if (parsed.data.version !== version)
    throw new BuildError(
      file,
      null,
      `records version ${parsed.data.version}, but the dataset built from the seeds is ` +
        `${version}; check the change, then run \`npm run build:data -- --release\` to release it`,
    );
  return parsed.data;
}

/** The text of release.json for a version released on a date (ISO day). */
export function releaseJson(version: string, date: string): string {
  return `${JSON.stringify({ version, date }, null, 1)}\n`;
}
