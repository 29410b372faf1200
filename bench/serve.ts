/**
 * A plain static server for the bench: URL prefixes mapped to folders, on a free local port, as
 * a static host: a file's `.br` or `.gz` copy beside it is sent when the browser accepts it
 * (`npm run build` writes them; the bench writes them for its own pages). Every path it serves
 * is recorded, as the file asked for.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pickEncoding } from '../build-tools/precompressed';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Files served, as absolute paths, in request order. */
  served: string[];
  close: () => Promise<void>;
}

/** `mounts` maps a URL prefix ("/app/") to the folder it serves. */
export function serve(mounts: Readonly<Record<string, string>>): Promise<StaticServer> {
  const served: string[] = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    const root = prefix && mounts[prefix];
    let file = root ? path.join(root, pathname.slice(prefix.length)) : '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!root || !file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    served.push(file);
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const encoding = pickEncoding(String(req.headers['accept-encoding'] ?? '')).find((e) =>
      fs.existsSync(`${file}.${e === 'br' ? 'br' : 'gz'}`),
    );
    if (encoding) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': encoding });
      fs.createReadStream(`${file}.${encoding === 'br' ? 'br' : 'gz'}`).pipe(res);
      return;
    }
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        origin: `http://127.0.0.1:${port}`,
        served,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
