/**
 * The built app a bench script measures: the folder given with `--app-dir`, or a fresh
 * production build of the project in a new temporary folder named after `purpose`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The folder holding the built app (absolute); builds it first unless `appDir` is given. */
export async function appBuild(appDir: string | undefined, purpose: string): Promise<string> {
  if (appDir) return path.resolve(appDir);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `atlas-bench-${purpose}-`));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: dir, emptyOutDir: true } });
  return dir;
}
