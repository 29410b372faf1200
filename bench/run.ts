/**
 * `npm run bench`: the app against a bare MapLibre page and an ECharts page on the same raw
 * geometry, in fresh Chromium runs, each figure of issue 12 beside its goal. Prints one table
 * and writes bench/results/<time>.json (README: "Reading the bench").
 *
 *   tsx bench/run.ts [--runs 7] [--county-runs 3] [--switch-runs 5] [--lighthouse-runs 1]
 *                    [--app-dir DIR]
 *
 * --app-dir serves an already-built app instead of running `vite build`.
 * Every page is served as a static host serves it: the `.br`/`.gz` copies beside the files.
 * The all-China county scenario opens the app with `?l=boundaries,labels,counties` (the link
 * format of src/lib/state/link-keys.ts) and waits for the `counties-idle` mark MapView sets.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { precompress } from '../build-tools/precompressed';
import { closeBrowser } from '../tests/e2e/browser';
import { timeLayerSwitch } from './layer-switch';
import { runLighthouse, type LighthouseScores } from './lighthouse';
import { RAW_FILES, writeRawGeometry } from './raw-geometry';
import { serve } from './serve';
import { rows, table, type Results } from './table';
import { timePages } from './timing';
import { measureFirstView } from './transfer';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAPLIBRE = path.join(ROOT, 'node_modules/maplibre-gl/dist');
const ECHARTS = path.join(ROOT, 'node_modules/echarts6/dist/echarts.min.js');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'county-runs': { type: 'string', default: '3' },
    'switch-runs': { type: 'string', default: '5' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'app-dir': { type: 'string' },
  },
});

function copy(from: string, files: readonly string[], to: string): void {
  for (const f of files) fs.copyFileSync(path.join(from, f), path.join(to, path.basename(f)));
}

/** The bare MapLibre page and the ECharts page, with the raw geometry, in one folder each. */
async function peerDirs(): Promise<{ bare: string; echarts: string }> {
  const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bare-'));
  const echarts = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-echarts-'));
  copy(path.join(ROOT, 'bench/bare'), ['index.html', 'bare.js'], bare);
  copy(MAPLIBRE, ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'], bare);
  copy(path.join(ROOT, 'bench/echarts'), ['index.html', 'chart.js'], echarts);
  fs.copyFileSync(ECHARTS, path.join(echarts, 'echarts.min.js'));
  process.stderr.write('decoding the raw geometry…\n');
  writeRawGeometry(path.join(bare, 'raw'));
  fs.mkdirSync(path.join(echarts, 'raw'));
  fs.copyFileSync(
    path.join(bare, 'raw', RAW_FILES.focus),
    path.join(echarts, 'raw', RAW_FILES.focus),
  );
  await Promise.all([precompress(bare), precompress(echarts)]);
  return { bare, echarts };
}

async function tryTime<T>(label: string, time: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await time();
  } catch (err) {
    const error = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    process.stderr.write(`${label} failed: ${error}\n`);
    return { error };
  }
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/** Lighthouse on each page, runs alternating between them; medians per figure. */
async function lighthouseAll<K extends string>(
  urls: Record<K, string>,
  runs: number,
): Promise<Record<K, LighthouseScores>> {
  const names = Object.keys(urls) as K[];
  const all = Object.fromEntries(names.map((n) => [n, [] as LighthouseScores[]])) as Record<
    K,
    LighthouseScores[]
  >;
  for (let r = 0; r < runs; r++)
    for (const n of names) {
      process.stderr.write(`[lighthouse ${r + 1}/${runs}] ${n}\n`);
      all[n].push(await runLighthouse(urls[n]));
    }
  const medians = (scores: readonly LighthouseScores[]): LighthouseScores => {
    const m = (k: keyof LighthouseScores) => median(scores.map((s) => s[k]));
    return {
      performance: m('performance'),
      accessibility: m('accessibility'),
      bestPractices: m('bestPractices'),
      seo: m('seo'),
      totalBlockingTime: m('totalBlockingTime'),
      firstContentfulPaint: m('firstContentfulPaint'),
      largestContentfulPaint: m('largestContentfulPaint'),
    };
  };
  return Object.fromEntries(names.map((n) => [n, medians(all[n])])) as Record<K, LighthouseScores>;
}

async function main() {
  const appDir = args['app-dir'] ? path.resolve(args['app-dir']) : path.join(ROOT, 'dist');
  if (!args['app-dir']) await build({ root: ROOT, logLevel: 'warn' });
  const { bare, echarts } = await peerDirs();
  const server = await serve({
    '/app/': appDir + path.sep,
    '/bare/': bare + path.sep,
    '/echarts/': echarts + path.sep,
  });
  try {
    const url = {
      app: `${server.origin}/app/`,
      bare: `${server.origin}/bare/?data=focus`,
      echarts: `${server.origin}/echarts/`,
    };
    process.stderr.write('first view: transfer and pan/zoom…\n');
    const first = await measureFirstView(server, url.app, appDir + path.sep);
    process.stderr.write('regions on screen and map idle: bare, ECharts, app…\n');
    const focus = await tryTime('focus', () => timePages(url, 'map-idle', Number(args.runs)));
    process.stderr.write('time to counties-idle, all-China counties…\n');
    const counties = await tryTime('counties', () =>
      timePages(
        {
          bare: `${server.origin}/bare/?data=counties&mark=counties-idle`,
          app: `${url.app}?l=boundaries,labels,counties`,
        },
        'counties-idle',
        Number(args['county-runs']),
      ),
    );
    process.stderr.write('layer switch and year step to idle…\n');
    const layerSwitch = await tryTime('layer switch', () =>
      timeLayerSwitch(url.bare, `${url.app}?v=1&l=boundaries,labels`, Number(args['switch-runs'])),
    );
    process.stderr.write('Lighthouse, mobile…\n');
    const lighthouse = await tryTime('lighthouse', () =>
      lighthouseAll(url, Number(args['lighthouse-runs'])),
    );
    const rawBytes = Object.fromEntries(
      Object.values(RAW_FILES).map((f) => [f, fs.statSync(path.join(bare, 'raw', f)).size]),
    );
    const results: Results = {
      focus,
      counties,
      layerSwitch,
      lighthouse,
      transfer: first.transfer,
      rebuilds: first.rebuilds,
      rawBytes,
    };
    console.log(table(rows(results)));
    const out = path.join(ROOT, 'bench/results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ rows: rows(results), ...results }, null, 2));
    console.log(`written ${path.relative(ROOT, file)}`);
  } finally {
    await closeBrowser();
    await server.close();
    fs.rmSync(bare, { recursive: true, force: true });
    fs.rmSync(echarts, { recursive: true, force: true });
  }
}

await main();
