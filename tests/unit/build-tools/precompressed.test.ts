import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheControl, pickEncoding, precompress } from '../../../build-tools/precompressed';

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, among what the browser accepts', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(pickEncoding('gzip')).toEqual(['gzip']);
    expect(pickEncoding('')).toEqual([]);
    expect(pickEncoding('identity')).toEqual([]);
  });
  it('honours a refusal by q=0', () => {
    expect(pickEncoding('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
  });
});

describe('cacheControl', () => {
  it('keeps hashed assets for a year and revalidates the rest', () => {
    expect(cacheControl('/assets/start-app-DV1yQ9Pk.js')).toContain('immutable');
    expect(cacheControl('/assets/maplibre-gl-worker-CZtFQQIV.mjs')).toContain('max-age=31536000');
    for (const p of ['/index.html', '/sw.js', '/data/dataset.json', '/geo/focus.json'])
      expect(cacheControl(p)).toBe('no-cache');
  });
});

describe('precompress', () => {
  it.each(['best', 'fast'] as const)(
    'writes brotli and gzip copies that decode to the file, and skips tiny files (%s)',
    async (effort) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-precompress-'));
      try {
        const big = JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ i, name: '重庆' })));
        fs.mkdirSync(path.join(dir, 'data'));
        fs.writeFileSync(path.join(dir, 'data/big.json'), big);
        fs.writeFileSync(path.join(dir, 'tiny.js'), 'export {};');
        fs.writeFileSync(path.join(dir, 'image.png'), Buffer.alloc(4096));
        await precompress(dir, effort);
        const read = (f: string) => fs.readFileSync(path.join(dir, f));
        expect(zlib.brotliDecompressSync(read('data/big.json.br')).toString()).toBe(big);
        expect(zlib.gunzipSync(read('data/big.json.gz')).toString()).toBe(big);
        expect(fs.existsSync(path.join(dir, 'tiny.js.br'))).toBe(false);
        expect(fs.existsSync(path.join(dir, 'image.png.br'))).toBe(false);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
