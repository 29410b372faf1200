/**
 * `npm run verify:geo` (also the last step of `npm run build:geo`): rebuilds the geometry in
 * memory and checks that it is the committed `public/geo/` byte for byte (after a build, that
 * the build is deterministic), that `geo/manifest.json` records this build, and that the build
 * read no file the manifest does not hash. Prints what differs and exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGeo } from './build';
import {
  ROOT,
  boundaryPaths,
  committedOutputs,
  manifestChanges,
  measureManifest,
  readManifest,
} from './manifest';

/** Module and package files, read by the loader rather than by the build. */
const CODE = /(\.[cm]?[jt]s|package\.json)$/;

const asPath = (target: unknown): string =>
  path.resolve(target instanceof URL ? fileURLToPath(target) : String(target));

/** Every data file the build reads through `fs` by absolute path; folders it lists end in `/`. */
function recordReads(): Set<string> {
  const read = new Set<string>();
  const { readFileSync, readdirSync } = fs;
  fs.readFileSync = ((target: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    const file = asPath(target);
    if (!CODE.test(file)) read.add(file);
    return Reflect.apply(readFileSync, fs, [target, ...rest]);
  }) as typeof fs.readFileSync;
  fs.readdirSync = ((target: fs.PathLike, ...rest: unknown[]) => {
    read.add(`${asPath(target)}/`);
    return Reflect.apply(readdirSync, fs, [target, ...rest]);
  }) as typeof fs.readdirSync;
  return read;
}

/** Reads of files the manifest does not hash, as an input of its own or in a folder it hashes. */
function unrecorded(read: Set<string>, inputs: Record<string, string>): string[] {
  const covered = [
    ...boundaryPaths().values(),
    ...Object.keys(inputs).map((f) => path.join(ROOT, f)),
  ];
  return [...read].filter(
    (file) => !covered.some((c) => file === c || (c.endsWith('/') && file.startsWith(c))),
  );
}

const recorder = recordReads();
const built = await buildGeo();
// Taken now: measuring the manifest below reads its inputs too.
const read = new Set(recorder);
const problems: string[] = [];
const committed = committedOutputs();
const expected = Object.keys(committed).sort();
if (JSON.stringify(Object.keys(built).sort()) !== JSON.stringify(expected))
  problems.push(`the build makes ${Object.keys(built).join(', ')}, not ${expected.join(', ')}`);
for (const [name, text] of Object.entries(built))
  if (text !== committed[name]) problems.push(`public/${name} differs from what the build makes`);
const measured = measureManifest(built);
problems.push(...manifestChanges(readManifest(), measured).map((c) => `geo/manifest.json: ${c}`));
problems.push(
  ...unrecorded(read, measured.inputs).map((f) => `read but not in the manifest: ${f}`),
);

if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nrun npm run build:geo`);
  process.exit(1);
}
console.log(
  `public/geo is what the build makes, and geo/manifest.json records it (${expected.length} files)`,
);
