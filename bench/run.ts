/**
 * `npm run bench`: the app against a bare MapLibre page on the raw geometry, in fresh Chromium
 * runs. Prints a table and writes bench/results/<time>.json.
 *
 *   tsx bench/run.ts [--runs 7] [--county-runs 3] [--switch-runs 5] [--app-dir DIR]
 *
 * --app-dir serves an already-built app instead of running `vite build`.
 * The all-China county scenario opens the app with `?l=boundaries,labels,counties` (the link
 * format of src/lib/state/url-parsers.ts) and waits for the `counties-idle` mark MapView sets.
 * The layer switch scenario (bench/layer-switch.ts) times clicks on indicator layers to the next
 * `idle`, against the same kind of change made directly on the bare page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { STEPS, timeLayerSwitch, type LayerSwitch } from './layer-switch';
import { RAW_FILES, writeRawGeometry } from './raw-geometry';
import { serve } from './serve';
import { timeToMark, type Timing } from './timing';
import { measureFirstView } from './transfer';

const ROOT = path.resolve(import.meta.dirname, '..');
const MAPLIBRE = path.join(ROOT, 'node_modules/maplibre-gl/dist');
const BUDGET_KIB = 500;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'county-runs': { type: 'string', default: '3' },
    'switch-runs': { type: 'string', default: '5' },
    'app-dir': { type: 'string' },
  },
});

function bareDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bare-'));
  for (const f of ['index.html', 'bare.js'])
    fs.copyFileSync(path.join(ROOT, 'bench/bare', f), path.join(dir, f));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'])
    fs.copyFileSync(path.join(MAPLIBRE, f), path.join(dir, f));
  process.stderr.write('decoding the raw geometry…\n');
  writeRawGeometry(path.join(dir, 'raw'));
  return dir;
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

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  const appDir = args['app-dir'] ? path.resolve(args['app-dir']) : path.join(ROOT, 'dist');
  if (!args['app-dir']) await build({ root: ROOT, logLevel: 'warn' });
  const bare = bareDir();
  const server = await serve({ '/app/': appDir + path.sep, '/bare/': bare + path.sep });
  try {
    const app = `${server.origin}/app/`;
    const runs = Number(args.runs);
    const countyRuns = Number(args['county-runs']);
    process.stderr.write('first view: transfer and pan/zoom…\n');
    const first = await measureFirstView(server, app, appDir + path.sep);
    process.stderr.write('time to map-idle, focus regions…\n');
    const focus = await tryTime('focus', () =>
      timeToMark(`${server.origin}/bare/?data=focus`, app, 'map-idle', runs),
    );
    process.stderr.write('time to counties-idle, all-China counties…\n');
    const counties = await tryTime('counties', () =>
      timeToMark(
        `${server.origin}/bare/?data=counties&mark=counties-idle`,
        `${app}?l=boundaries,labels,counties`,
        'counties-idle',
        countyRuns,
      ),
    );
    process.stderr.write('layer switch to idle…\n');
    const layerSwitch = await tryTime('layer switch', () =>
      timeLayerSwitch(
        `${server.origin}/bare/?data=focus`,
        `${app}?v=1&l=boundaries,labels`,
        Number(args['switch-runs']),
      ),
    );
    const rawBytes = Object.fromEntries(
      Object.values(RAW_FILES).map((f) => [f, fs.statSync(path.join(bare, 'raw', f)).size]),
    );
    const result = {
      focus,
      counties,
      layerSwitch,
      transfer: first.transfer,
      rebuilds: first.rebuilds,
      rawBytes,
    };

    const row = (name: string, t: Timing | { error: string }) =>
      'error' in t
        ? `${name.padEnd(22)} ${t.error}`
        : `${name.padEnd(22)} app ${t.appMs.toFixed(0)} ms  bare ${t.bareMs.toFixed(0)} ms  ratio ${t.ratio.toFixed(2)} (target ≤ 1.00, ${t.runs} runs)`;
    const switchRows = (t: LayerSwitch | { error: string }) =>
      'error' in t
        ? [`${'layer switch → idle'.padEnd(22)} ${t.error}`]
        : [
            `${'layer switch → idle'.padEnd(22)} app ${t.appMs.toFixed(0)} ms  bare ${t.bareMs.toFixed(0)} ms  ratio ${t.ratio.toFixed(2)} (target ≤ 1.20, ${t.runs} runs × ${t.switchesPerRun} switches)`,
            `${'  by step (app/bare)'.padEnd(22)} ${STEPS.map(
              (s, i) => `${s} ${t.appStepMs[i]?.toFixed(0)}/${t.bareStepMs[i]?.toFixed(0)} ms`,
            ).join(', ')}`,
            `${'  switch rebuilds'.padEnd(22)} ${t.metadataEvents} metadata events, ${t.setDataCalls} setData calls over ${t.runs * t.switchesPerRun} switches`,
          ];
    const { gzipByKind, gzipTotal } = first.transfer;
    console.log(
      [
        row('map-idle, focus', focus),
        row('counties-idle, China', counties),
        ...switchRows(layerSwitch),
        `first-view transfer    ${kib(gzipTotal)} gzip (budget ${BUDGET_KIB} KiB): ` +
          Object.entries(gzipByKind)
            .map(([k, v]) => `${k} ${kib(v)}`)
            .join(', '),
        `pan/zoom rebuilds      ${first.rebuilds.metadataEvents} metadata events, ${first.rebuilds.setDataCalls} setData calls over ${first.rebuilds.moves} moves`,
        `raw geometry           ${Object.entries(rawBytes)
          .map(([f, n]) => `${f} ${kib(n)}`)
          .join(', ')}`,
      ].join('\n'),
    );
    const out = path.join(ROOT, 'bench/results');
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(`written ${path.relative(ROOT, file)}`);
  } finally {
    await server.close();
    fs.rmSync(bare, { recursive: true, force: true });
  }
}

await main();
