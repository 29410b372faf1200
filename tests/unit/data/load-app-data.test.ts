import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/lib/data/load-app-data';
import { GEO_FILES } from '../../../src/lib/domain/geometry';
import { extraWith } from '../../fixtures/extra-geometry';

const publicFile = (name: string): string =>
  fs.readFileSync(new URL(`../../../public/${name}`, import.meta.url), 'utf8');

/** The committed files, with `extra` for extra.json (null: not found). */
function serving(extra: string | null): typeof fetch {
  return ((input: RequestInfo | URL) => {
    const name = String(input);
    const body = name === GEO_FILES.extra ? extra : publicFile(name);
    return Promise.resolve(
      body === null ? new Response('Not found', { status: 404 }) : new Response(body),
    );
  }) as typeof fetch;
}

describe('loadAppData', () => {
  it('draws extra.json’s regions with focus.json’s, and frames a fresh load on both', async () => {
    const result = await loadAppData(serving(extraWith('532924')));
    if (!result.ok) throw new Error(result.messages.join('; '));
    const { focus, home } = result.data;
    const codes = focus.county.features.map((f) => f.properties.code);
    expect(codes.at(-1)).toBe('532924');
    expect(home.features.map((f) => f.properties.code)).toEqual(codes);
  });

  it('names extra.json when it is missing', async () => {
    const result = await loadAppData(serving(null));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.messages).toEqual([expect.stringContaining(GEO_FILES.extra)]);
  });
});
