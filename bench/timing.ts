/**
 * Times pages to a performance mark with /work/shared/tools/render.mjs: a fresh Chromium per run,
 * runs alternating between the pages. Each run also reads when the page marked
 * `regions-visible`, and its JS heap and the whole browser's memory once the mark is set.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const RENDER = '/work/shared/tools/render.mjs';

/** One page's medians over its runs. */
export interface PageTiming {
  /** The waited mark, ms since navigation. */
  ms: number;
  /** The `regions-visible` mark, ms since navigation. */
  regionsMs: number | null;
  heapMB: number | null;
  /** Resident memory of every process of that Chromium (render.mjs's pssMB). */
  memoryMB: number | null;
}

export interface Timings<K extends string> {
  pages: Record<K, PageTiming>;
  runs: number;
  consoleErrors: string[];
  external: string[];
}

interface RenderSummary {
  medianMs: number;
  evalMedianMs?: number | null;
  medianHeapUsedMB: number | null;
  medianPssMB: number | null;
  consoleErrors: string[];
  external: string[];
}

/** A page that never marks `regions-visible` (an app from before it did) shows them at map-idle. */
const REGIONS_EVAL = `(performance.getEntriesByName('regions-visible', 'mark')[0] ?? performance.getEntriesByName('map-idle', 'mark')[0])?.startTime ?? null`;

/** Asynchronous, because the pages are served from this same process. */
export async function timePages<K extends string>(
  urls: Record<K, string>,
  mark: string,
  runs: number,
): Promise<Timings<K>> {
  const names = Object.keys(urls) as K[];
  const args = [
    ...names.map((n) => urls[n]),
    ...['--wait-mark', mark, '--runs', String(runs), '--warmup', '1'],
    ...['--eval', REGIONS_EVAL, '--eval-runs', '1', '--timeout', '300000'],
  ];
  const child = promisify(execFile)('node', [RENDER, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  child.child.stderr?.pipe(process.stderr);
  let stdout: string;
  try {
    stdout = (await child).stdout;
  } catch (err) {
    // render.mjs exits 1 when a page logged an error, and still prints its JSON.
    stdout = (err as { stdout?: string }).stdout ?? '';
  }
  const summary = (JSON.parse(stdout) as { summary?: RenderSummary[] }).summary ?? [];
  if (summary.length !== names.length)
    throw new Error(`render.mjs gave no summary: ${stdout.slice(0, 400)}`);
  const pages = Object.fromEntries(
    names.map((n, i) => {
      const s = summary[i] as RenderSummary;
      const timing: PageTiming = {
        ms: s.medianMs,
        regionsMs: s.evalMedianMs ?? null,
        heapMB: s.medianHeapUsedMB,
        memoryMB: s.medianPssMB,
      };
      return [n, timing];
    }),
  ) as Record<K, PageTiming>;
  return {
    pages,
    runs,
    consoleErrors: summary.flatMap((s) => s.consoleErrors),
    external: summary.flatMap((s) => s.external),
  };
}
