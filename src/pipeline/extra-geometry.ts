/**
 * After the dataset is written: `public/geo/extra.json` (the shapes of the dataset's regions that
 * focus.json does not draw) rebuilt from it by `geo/build-extra-geometry.ts`. In a process of its
 * own because the pipeline imports only `domain/` (lint boundary) and the cut needs the geo
 * build's modules; and run from the pipeline's commands rather than chained in package.json,
 * where npm would hand `npm run build:data -- --release`'s arguments to the last command.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../geo/build-extra-geometry.ts', import.meta.url));

/** How the step went: its printed line, or why it failed. */
export interface ExtraGeometryRun {
  ok: boolean;
  message: string;
}

/** Rebuilds extra.json under `root` from the dataset there; takes about a second. */
export function rebuildExtraGeometry(root: string): ExtraGeometryRun {
  // `tsx` is resolved from this repository, whichever `root` the files are in.
  const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, root], {
    cwd: REPOSITORY,
    encoding: 'utf8',
  });
  const ok = run.status === 0;
  const output = ok ? run.stdout : run.stderr || String(run.error ?? `exit ${run.status}`);
  return { ok, message: output.trim() };
}
