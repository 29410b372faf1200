import fs from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { topology } from 'topojson-server';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/lib/data/load-app-data';
import { GEO_FILES, GEO_OBJECTS } from '../../../src/lib/domain/geometry';

const publicFile = (name: string): string =>
  fs.readFileSync(new URL(`../../../public/${name}`, import.meta.url), 'utf8');

/** An extra.json with one county of its own, as geo/build-extra-geometry.ts writes one. */
function extraWith(code: string): string {
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const county: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: Number(code),
        properties: { code, name_zh: '宾川县', name_en: 'Binchuan County', level: 'county' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [100.4, 25.7],
              [100.4, 26.0],
              [100.8, 26.0],
              [100.8, 25.7],
              [100.4, 25.7],
            ],
          ],
        },
      },
    ],
  };
  const objects = Object.fromEntries(
    Object.values(GEO_OBJECTS.focus).map((name) => [name, name === 'county' ? county : empty]),
  );
  return JSON.stringify(quantize(topology(objects) as Topology<Objects>, 1e4));
}

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
  it('draws extra.json’s regions with focus.json’s, and frames a fresh load on focus.json’s counties', async () => {
    const result = await loadAppData(serving(extraWith('532924')));
    if (!result.ok) throw new Error(result.messages.join('; '));
    const { focus, home } = result.data;
    const codes = focus.county.features.map((f) => f.properties.code);
    expect(codes.at(-1)).toBe('532924');
    expect(codes).toHaveLength(home.features.length + 1);
    expect(home.features.map((f) => f.properties.code)).not.toContain('532924');
  });

  it('names extra.json when it is missing', async () => {
    const result = await loadAppData(serving(null));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.messages).toEqual([expect.stringContaining(GEO_FILES.extra)]);
  });
});
