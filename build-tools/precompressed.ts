/**
 * Precompressed files, as a static host serves them: after the build, a brotli (`.br`) and a
 * gzip (`.gz`) copy beside each text file of the output, and in `vite preview` (what
 * `npm start` serves) a middleware that answers with the copy the browser accepts. Files with
 * a content hash in their name never change, so they may be cached for a year; everything
 * else (the page, the service worker, the data under a fixed name) is revalidated each time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Kinds worth compressing, with the type they are served as. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Smaller files gain less than the header costs. */
const MIN_BYTES = 1024;

/** Vite names hashed files `name-<8 base64url characters>.ext` under assets/. */
const HASHED = /^\/assets\/.+-[\w-]{8}\.\w+$/;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * How hard to compress: `best` for what is served (the default), `fast` for a build only tests
 * read, which check what the server sends but not how small it is (a tenth of the time).
 */
type Effort = 'best' | 'fast';

const LEVELS: Readonly<Record<Effort, { brotli: number; gzip: number }>> = {
  best: { brotli: zlib.constants.BROTLI_MAX_QUALITY, gzip: zlib.constants.Z_BEST_COMPRESSION },
  fast: { brotli: 4, gzip: zlib.constants.Z_DEFAULT_COMPRESSION },
};

/** Writes `.br` and `.gz` beside every compressible file of `dir` that they make smaller. */
export async function precompress(dir: string, effort: Effort = 'best'): Promise<void> {
  const level = LEVELS[effort];
  const files = filesUnder(dir).filter((f) => path.extname(f) in TYPES);
  await Promise.all(
    files.map(async (file) => {
      const raw = await fs.promises.readFile(file);
      if (raw.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: level.brotli,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzip(raw, { level: level.gzip }),
      ]);
      if (br.length < raw.length) await fs.promises.writeFile(`${file}.br`, br);
      if (gz.length < raw.length) await fs.promises.writeFile(`${file}.gz`, gz);
    }),
  );
}

/** Which stored encoding to send for an Accept-Encoding header, best first. */
export function pickEncoding(accept: string): ('br' | 'gzip')[] {
  const ok = (name: string) =>
    accept
      .split(',')
      .map((part) => part.trim().split(';'))
      .some(
        ([coding, ...params]) => coding === name && !params.some((p) => /^\s*q=0(\.0*)?$/.test(p)),
      );
  return (['br', 'gzip'] as const).filter(ok);
}

/** Cache-Control for a path: a year for hashed files, revalidation for the rest. */
export function cacheControl(pathname: string): string {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The Vite plugin: compresses the output once the build (the service worker included) is
 * written, and serves the copies in `vite preview`, with `headers` (the CSP) on each answer.
 */
export function precompressed(headers: Readonly<Record<string, string>>): Plugin {
  let outDir = '';
  return {
    name: 'atlas-precompressed',
    apply: (_, env) => env.command === 'build' || env.isPreview === true,
    configResolved: (config) => {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // After vite-plugin-pwa has written the service worker.
      order: 'post',
      sequential: true,
      // A build inside a test run (the e2e global setup) is read only by the tests.
      handler: () => precompress(outDir, process.env.VITEST ? 'fast' : 'best'),
    },
    configurePreviewServer: (server) => {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch {
          return next();
        }
        if (pathname.endsWith('/')) pathname += 'index.html';
        const file = path.join(outDir, pathname);
        const type = TYPES[path.extname(file)];
        if (!file.startsWith(outDir + path.sep)) return next();
        if (!type) return next();
        for (const encoding of pickEncoding(String(req.headers['accept-encoding'] ?? ''))) {
          const stored = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
          if (!fs.existsSync(stored)) continue;
          const stat = fs.statSync(stored);
          const etag = `W/"${encoding}-${stat.size}-${Math.round(stat.mtimeMs)}"`;
          const common = {
            ...headers,
            'Cache-Control': cacheControl(pathname),
            Vary: 'Accept-Encoding',
            ETag: etag,
          };
          if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, common).end();
            return;
          }
          res.writeHead(200, {
            ...common,
            'Content-Type': type,
            'Content-Encoding': encoding,
            'Content-Length': stat.size,
          });
          if (req.method === 'HEAD') res.end();
          else fs.createReadStream(stored).pipe(res);
          return;
        }
        next();
      });
    },
  };
}
