/**
 * Bytes of the first view: every dist/ file the app requested until `map-idle`, gzipped the way
 * a static host would serve it, by kind. Also counts source rebuilds during a scripted pan/zoom.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, waitForMapIdle } from '../tests/e2e/browser';
import type { StaticServer } from './serve';
import { installRebuildCounter, type RebuildCounts } from './rebuild-counter';

export type Kind = 'js' | 'css' | 'data' | 'geometry' | 'other';

export interface Transfer {
  files: { file: string; kind: Kind; bytes: number; gzip: number }[];
  gzipByKind: Record<Kind, number>;
  gzipTotal: number;
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
  const session = await launch();
  try {
    const page = await session.context.newPage();
    server.served.length = 0;
    await page.goto(appUrl);
    await waitForMapIdle(page);
    const requested = [...new Set(server.served)].filter((f) => f.startsWith(distDir));
    const files = requested.map((file) => {
      const buf = fs.readFileSync(file);
      const rel = path.relative(distDir, file);
      return { file: rel, kind: kindOf(rel), bytes: buf.length, gzip: gzipSync(buf).length };
    });
    const gzipByKind: Record<Kind, number> = { js: 0, css: 0, data: 0, geometry: 0, other: 0 };
    for (const f of files) gzipByKind[f.kind] += f.gzip;
    const gzipTotal = files.reduce((sum, f) => sum + f.gzip, 0);
    await installRebuildCounter(page);
    const rebuilds = await page.evaluate(panAndZoom);
    return { transfer: { files, gzipByKind, gzipTotal }, rebuilds };
  } finally {
    await session.close();
  }
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
