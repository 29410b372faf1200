/**
 * `npx tsx bench/place-view.ts [--app-dir DIR]`: the bytes a visit to a place the dataset has no
 * figures for downloads until the place is outlined, by kind and by file, brotli as a static host
 * sends them (transfer.ts#sizes): 临泽县 (甘肃, `?r=620723`) and 五华区 (云南, `?r=530102`). Such a
 * view must load its province's geometry, not all of China's. Builds the app unless given one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LAYER } from '../src/lib/map/ids';
import { renderedCount, settle } from '../tests/e2e/app';
import { closeBrowser, launch, waitForMapIdle } from '../tests/e2e/browser';
import { appBuild } from './app-build';
import { serve } from './serve';
import { sizes } from './transfer';

const ROOT = path.resolve(import.meta.dirname, '..');
const PLACES = { 临泽县: '620723', 五华区: '530102' } as const;
const { values: args } = parseArgs({ options: { 'app-dir': { type: 'string' } } });

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** Runs in the page: the path of the document and of every resource it requested so far. */
function requested(): string[] {
  return [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ].map((e) => new URL(e.name).pathname);
}

/** Opens `?r=code` in a fresh browser; the files it fetched until the place was outlined. */
async function placeView(origin: string, dir: string, code: string): Promise<string[]> {
  const session = await launch('zh-CN', origin, {
    motion: 'no-preference',
    serviceWorkers: 'allow',
  });
  try {
    const page = await session.context.newPage();
    await page.goto(`${origin}/app/?r=${code}`);
    await waitForMapIdle(page);
    await page.waitForFunction(
      (layer) =>
        (window.__atlasDebug?.map.queryRenderedFeatures({ layers: [layer] }).length ?? 0) > 0,
      LAYER.placeLine,
      { polling: 100, timeout: 60_000 },
    );
    await settle(page);
    if ((await renderedCount(page, [LAYER.placeLine])) === 0)
      throw new Error(`${code}: no outline`);
    const files = (await page.evaluate(requested)).map((p) => p.slice('/app/'.length));
    return [...new Set(files.map((f) => (f === '' ? 'index.html' : f)))].filter((f) =>
      fs.existsSync(path.join(dir, f)),
    );
  } finally {
    await session.close();
  }
}

async function main() {
  process.chdir(ROOT);
  const dir = await appBuild(args['app-dir'], 'place');
  const server = await serve({ '/app/': dir + path.sep });
  try {
    for (const [name, code] of Object.entries(PLACES)) {
      const files = (await placeView(server.origin, dir, code)).map((f) => ({
        f,
        brotli: sizes(path.join(dir, f)).brotli,
      }));
      const total = files.reduce((n, f) => n + f.brotli, 0);
      const geometry = files
        .filter((f) => f.f.startsWith('geo/'))
        .reduce((n, f) => n + f.brotli, 0);
      console.log(`${name} ?r=${code}: ${kib(total)} brotli, geometry ${kib(geometry)}`);
      for (const { f, brotli } of files)
        console.log(`  ${f.padEnd(42)} ${String(brotli).padStart(7)}`);
    }
  } finally {
    await closeBrowser();
    await server.close();
    if (!args['app-dir']) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
