/**
 * Bytes of the first view: every dist/ file the app requested before `map-idle`, compressed the
 * way a static host serves it (the build's own `.br` and `.gz` copies, else compressed here
 * alike), by kind; and those of them the page had received when it marked `regions-visible`.
 * Also counts source rebuilds during a scripted pan/zoom.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, waitForMapIdle } from '../tests/e2e/browser';
import type { StaticServer } from './serve';
import { installRebuildCounter, type RebuildCounts } from './rebuild-counter';

export type Kind = 'js' | 'css' | 'data' | 'geometry' | 'other';

interface Sized {
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface Transfer {
  files: ({ file: string; kind: Kind; beforeRegions: boolean } & Sized)[];
  gzipByKind: Record<Kind, number>;
  brotliByKind: Record<Kind, number>;
  total: Sized;
  /** The files received before `regions-visible` (their responses had ended). */
  beforeRegions: Sized;
}

export interface Rebuilds extends RebuildCounts {
  moves: number;
}

function kindOf(rel: string): Kind {
  if (rel.startsWith('data/')) return 'data';
  if (rel.startsWith('geo/')) return 'geometry';
  if (/\.m?js$/.test(rel)) return 'js';
  if (rel.endsWith('.css')) return 'css';
  return 'other';
}

/** Opens the app once: what it transferred until idle, then what a pan/zoom script rebuilt. */
export async function measureFirstView(
  server: StaticServer,
  appUrl: string,
  distDir: string,
): Promise<{ transfer: Transfer; rebuilds: Rebuilds }> {
  const session = await launch('zh-CN', new URL(appUrl).origin, {
    motion: 'no-preference',
    serviceWorkers: 'allow',
  });
  try {
    const page = await session.context.newPage();
    server.served.length = 0;
    await page.goto(appUrl);
    await waitForMapIdle(page);
    const toFile = (u: string) => {
      const rel = decodeURIComponent(new URL(u).pathname).slice(appPath(appUrl).length);
      return path.join(distDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    };
    // What the page asked for before its idle mark: the server's log alone would also count a
    // file requested just after it (the service worker's code), as the test polls for the mark.
    const beforeIdle = new Set((await page.evaluate(requestedBeforeIdle)).map(toFile));
    const requested = [...new Set(server.served)].filter(
      (f) => f.startsWith(distDir) && beforeIdle.has(f),
    );
    const early = new Set((await page.evaluate(receivedBeforeRegions)).map(toFile));
    const files = requested.map((file) => {
      const rel = path.relative(distDir, file);
      return { file: rel, kind: kindOf(rel), beforeRegions: early.has(file), ...sizes(file) };
    });
    const byKind = (key: 'gzip' | 'brotli') => {
      const out: Record<Kind, number> = { js: 0, css: 0, data: 0, geometry: 0, other: 0 };
      for (const f of files) out[f.kind] += f[key];
      return out;
    };
    const sum = (fs: readonly Sized[]): Sized => ({
      bytes: fs.reduce((n, f) => n + f.bytes, 0),
      gzip: fs.reduce((n, f) => n + f.gzip, 0),
      brotli: fs.reduce((n, f) => n + f.brotli, 0),
    });
    await installRebuildCounter(page);
    const rebuilds = await page.evaluate(panAndZoom);
    return {
      transfer: {
        files,
        gzipByKind: byKind('gzip'),
        brotliByKind: byKind('brotli'),
        total: sum(files),
        beforeRegions: sum(files.filter((f) => f.beforeRegions)),
      },
      rebuilds,
    };
  } finally {
    await session.close();
  }
}

const appPath = (appUrl: string) => new URL(appUrl).pathname;

/** A file's bytes as stored and as a host sends it with brotli or gzip. */
export function sizes(file: string): Sized {
  const raw = fs.readFileSync(file);
  const stored = (ext: string, compress: (b: Buffer) => Buffer) =>
    fs.existsSync(file + ext)
      ? fs.statSync(file + ext).size
      : Math.min(raw.length, compress(raw).length);
  return {
    bytes: raw.length,
    gzip: stored('.gz', (b) => zlib.gzipSync(b, { level: 9 })),
    brotli: stored('.br', (b) => zlib.brotliCompressSync(b)),
  };
}

/**
 * Runs in the page: the document and every resource whose response ended before the mark (or,
 * for an app from before the mark existed, before map-idle, when its regions appeared).
 */
function receivedBeforeRegions(): string[] {
  const mark =
    performance.getEntriesByName('regions-visible', 'mark')[0] ??
    performance.getEntriesByName('map-idle', 'mark')[0];
  if (!mark) throw new Error('the page never marked regions-visible');
  const entries = [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ] as PerformanceResourceTiming[];
  return entries.filter((e) => e.responseEnd <= mark.startTime).map((e) => e.name);
}

/**
 * Runs in the page: the document and every resource requested before `map-idle`. Resource
 * timing lists a file once its response has ended, which every first-view file has by then.
 */
function requestedBeforeIdle(): string[] {
  const idle = performance.getEntriesByName('map-idle', 'mark')[0];
  if (!idle) throw new Error('the page never marked map-idle');
  return [
    ...performance.getEntriesByType('navigation'),
    ...performance.getEntriesByType('resource'),
  ]
    .filter((e) => e.startTime <= idle.startTime)
    .map((e) => e.name);
}

/** Runs in the page: counts source reloads while the camera moves eight times. */
async function panAndZoom(): Promise<Rebuilds> {
  const map = window.__atlasDebug?.map;
  if (!map) throw new Error('window.__atlasDebug.map is missing');
  const rebuilds = window.__rebuilds;
  if (!rebuilds) throw new Error('window.__rebuilds is missing: installRebuildCounter first');
  let moves = 0;
  const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
  const steps: (() => void)[] = [
    () => map.panBy([300, 120], { duration: 200 }),
    () => map.zoomTo(map.getZoom() + 2, { duration: 200 }),
    () => map.panBy([-200, 200], { duration: 200 }),
    () => map.zoomTo(map.getZoom() + 1.5, { duration: 200 }),
    () => map.panBy([150, -250], { duration: 200 }),
    () => map.zoomTo(map.getZoom() - 3, { duration: 200 }),
    () => map.panBy([-250, -70], { duration: 200 }),
    () => map.zoomTo(map.getZoom() - 0.5, { duration: 200 }),
  ];
  for (const step of steps) {
    const done = idle();
    step();
    await done;
    moves++;
  }
  return { ...rebuilds, moves };
}
