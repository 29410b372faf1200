/**
 * Time to a performance mark with /work/shared/tools/render.mjs: fresh Chromium per run, runs
 * alternating between the bare page (first, the reference) and the app.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const RENDER = '/work/shared/tools/render.mjs';

export interface Timing {
  bareMs: number;
  appMs: number;
  /** app / bare; the target is ≤ 1.0. */
  ratio: number;
  runs: number;
  consoleErrors: string[];
  external: string[];
}

interface RenderSummary {
  url: string;
  medianMs: number;
  consoleErrors: string[];
  external: string[];
}

/** Asynchronous, because the pages are served from this same process. */
export async function timeToMark(
  bareUrl: string,
  appUrl: string,
  mark: string,
  runs: number,
): Promise<Timing> {
  const args = [bareUrl, appUrl, '--wait-mark', mark, '--runs', String(runs), '--warmup', '1'];
  const child = promisify(execFile)('node', [RENDER, ...args, '--timeout', '300000'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  child.child.stderr?.pipe(process.stderr);
  const result = JSON.parse((await child).stdout) as unknown;
  return summarise(result, runs);
}

/** render.mjs's JSON → the two medians; checked loosely since it is another tool's output. */
function summarise(result: unknown, runs: number): Timing {
  const [bare, app] = (result as { summary?: RenderSummary[] }).summary ?? [];
  if (!bare || !app)
    throw new Error(`render.mjs gave no summary: ${JSON.stringify(result).slice(0, 400)}`);
  return {
    bareMs: bare.medianMs,
    appMs: app.medianMs,
    ratio: app.medianMs / bare.medianMs,
    runs,
    consoleErrors: [...bare.consoleErrors, ...app.consoleErrors],
    external: [...bare.external, ...app.external],
  };
}
