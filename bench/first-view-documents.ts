/**
 * `npx tsx bench/first-view-documents.ts [--app-dir DIR]`: the first view's bytes (transfer.ts,
 * the bench's rows "first view" and "before regions-visible") with the seeds alone and with the
 * two Dali reports of tests/fixtures/documents added (tests/fixtures/added-documents.ts), whose
 * regions lie outside the seeds' provinces: the first view must stay within its goals when
 * documents add regions. Builds the app unless given one; prints both, by kind and by file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeBrowser } from '../tests/e2e/browser';
import { publishReports, repositoryWithReports } from '../tests/fixtures/added-documents';
import { appBuild } from './app-build';
import { serve } from './serve';
import { measureFirstView, type Transfer } from './transfer';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { 'app-dir': { type: 'string' } } });

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** One build's first view as lines: the totals against their goals, then each kind and file. */
function report(name: string, t: Transfer): string[] {
  const kinds = Object.entries(t.brotliByKind).map(([k, n]) => `${k} ${kib(n)}`);
  return [
    `${name}: first view ${kib(t.total.brotli)} brotli (goal ≤ 500 KiB), ${kib(t.total.gzip)} gzip;` +
      ` before regions-visible ${kib(t.beforeRegions.brotli)} brotli, ${kib(t.beforeRegions.gzip)} gzip (goal ≤ 60 KiB)`,
    `  by kind, brotli: ${kinds.join(', ')}`,
    ...t.files.map((f) => `  ${f.file.padEnd(42)} ${String(f.brotli).padStart(7)}`),
  ];
}

async function main() {
  process.chdir(ROOT);
  const seeds = await appBuild(args['app-dir'], 'seeds');
  const added = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-added-'));
  fs.cpSync(seeds, added, { recursive: true });
  const root = repositoryWithReports();
  publishReports(root, added);
  const server = await serve({ '/seeds/': seeds + path.sep, '/added/': added + path.sep });
  try {
    const views = [
      ['seeds', 'seeds', seeds],
      ['seeds + the Dali reports', 'added', added],
    ] as const;
    for (const [name, mount, dir] of views) {
      const url = `${server.origin}/${mount}/`;
      const { transfer } = await measureFirstView(server, url, dir + path.sep);
      console.log(report(name, transfer).join('\n'));
    }
  } finally {
    await closeBrowser();
    await server.close();
    for (const dir of [root, added, ...(args['app-dir'] ? [] : [seeds])])
      fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
