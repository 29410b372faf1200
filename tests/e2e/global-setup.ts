/**
 * Builds the app once into a fresh temporary folder (so a build in dist/ by anyone else cannot
 * pull files from under a running test) and serves it with `vite preview` on a free local port for the
 * browser tests, which read the address with `inject('baseUrl')`. The build runs while the unit
 * and component files do (the e2e files run after them, two at a time): the server holds every
 * request until it is done, and tests/e2e/setup.ts waits for it before a file's tests start.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { GEO_FILES } from '../../src/lib/domain/geometry';
import { DATASET_URL } from '../../src/lib/data/load';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Answers once the app is built: 200, or 500 with the build's error (tests/e2e/setup.ts). */
    buildStatusUrl: string;
    /** The build the server serves, for tests that serve a changed copy of it. */
    distDir: string;
  }
}

const HOST = '127.0.0.1';

/** A port nothing listens on now, for a preview server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** The path that answers once the build is done: 200, or 500 with the build's error. */
const BUILD_STATUS = '__atlas-build';

/** Holds each request to the preview server until `built` settles (first, before any file). */
function holdUntil(built: Promise<unknown>): Plugin {
  return {
    name: 'atlas-e2e-hold-until-built',
    enforce: 'pre',
    configurePreviewServer: (server) => {
      server.middlewares.use((req, res, next) => {
        built.then(
          () => (req.url?.endsWith(BUILD_STATUS) ? res.end('built') : next()),
          (err: unknown) => {
            res.statusCode = 500;
            res.end(err instanceof Error ? (err.stack ?? err.message) : String(err));
          },
        );
      });
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Without the built data the app can only show its error screen: say so instead of timing out.
  const missing = [DATASET_URL, GEO_FILES.focus, GEO_FILES.context].filter(
    (f) => !existsSync(`public/${f}`),
  );
  if (missing.length > 0)
    throw new Error(
      `e2e needs public/${missing.join(', public/')}: run npm run build:data and npm run build:geo`,
    );
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const built = build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // Reported to the requests that wait for it, not as an unhandled rejection.
  built.catch(() => {});
  const port = await freePort();
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: HOST, port, strictPort: true },
    plugins: [holdUntil(built)],
  });
  project.provide('baseUrl', `http://${HOST}:${port}/`);
  project.provide('buildStatusUrl', `http://${HOST}:${port}/${BUILD_STATUS}`);
  project.provide('distDir', outDir);
  return async () => {
    await built.catch(() => {});
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
