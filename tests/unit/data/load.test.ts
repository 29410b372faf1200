import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/lib/data/load';

const respond =
  (body: string, status = 200): typeof fetch =>
  async () =>
    new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('loadAtlas', () => {
  it('names the file and the status when the dataset is missing', async () => {
    const r = await loadAtlas(respond('', 404), 'data/dataset.json');
    expect(r).toEqual({ ok: false, message: 'data/dataset.json: HTTP 404' });
  });

  it('reports a file that is not JSON instead of throwing', async () => {
    const r = await loadAtlas(respond('{not json'), 'data/dataset.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^data\/dataset\.json: /);
  });

  it('reports where a dataset breaks the schema', async () => {
    const r = await loadAtlas(respond(JSON.stringify({ schemaVersion: 2 })), 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('invalid dataset at schemaVersion');
  });

  it('reports a network failure as a message', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await loadAtlas(failing, 'x.json')).toEqual({
      ok: false,
      message: 'x.json: Failed to fetch',
    });
  });
});
