import { describe, expect, it } from 'vitest';
import { fetchJson, type Progress } from '../../../src/lib/data/fetch-json';

/** A response whose body arrives in the given pieces, with the given headers. */
function streamed(pieces: string[], headers: Record<string, string>): typeof fetch {
  const bytes = pieces.map((p) => new TextEncoder().encode(p));
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          bytes.forEach((b) => controller.enqueue(b));
          controller.close();
        },
      }),
      { headers },
    );
}

describe('fetchJson with progress', () => {
  const body = JSON.stringify({ type: 'Topology', arcs: [[0, 1]] });
  const pieces = [body.slice(0, 10), body.slice(10, 25), body.slice(25)];

  it('reports the bytes received of the Content-Length after each piece, then parses', async () => {
    const seen: Progress[] = [];
    const total = new TextEncoder().encode(body).byteLength;
    const r = await fetchJson(
      'geo/x.json',
      streamed(pieces, { 'Content-Length': String(total) }),
      (p) => seen.push(p),
    );
    expect(r).toEqual({ ok: true, body: JSON.parse(body) });
    expect(seen).toEqual([
      { received: 0, total },
      { received: 10, total },
      { received: 25, total },
      { received: total, total },
    ]);
  });

  it('reports bytes only when the size is missing or counts compressed bytes', async () => {
    const cases: Record<string, string>[] = [
      {},
      { 'Content-Length': '12', 'Content-Encoding': 'gzip' },
    ];
    for (const headers of cases) {
      const seen: Progress[] = [];
      await fetchJson('geo/x.json', streamed(pieces, headers), (p) => seen.push(p));
      expect(seen.map((p) => p.total)).toEqual([null, null, null, null]);
      expect(seen.at(-1)?.received).toBe(body.length);
    }
  });

  it('turns a body cut short into a message naming the file', async () => {
    const r = await fetchJson('geo/x.json', streamed([body.slice(0, 20)], {}), () => {});
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^geo\/x\.json: /);
  });
});
