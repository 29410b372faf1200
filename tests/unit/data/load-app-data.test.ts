import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../src/lib/data/load-app-data';
import { DATASET_URL } from '../../../src/lib/data/dataset-url';
import { GEO_FILES } from '../../../src/lib/domain/geometry';
import { extraWith } from '../../fixtures/extra-geometry';

const publicFile = (name: string): string =>
  fs.readFileSync(new URL(`../../../public/${name}`, import.meta.url), 'utf8');

/** The committed files, with `extra` for extra.json (null: not found) and `dataset` for the dataset. */
function serving(extra: string | null, dataset = publicFile(DATASET_URL)): typeof fetch {
  return ((input: RequestInfo | URL) => {
    const name = String(input);
    const body =
      name === GEO_FILES.extra ? extra : name === DATASET_URL ? dataset : publicFile(name);
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

  it('draws a dataset province neither file has from context.json, and only that one', async () => {
    const dataset = JSON.parse(publicFile(DATASET_URL)) as { regions: unknown[] };
    // In the dataset only as the parent of what a document is about: no figure of its own.
    dataset.regions.push({
      code: '530000',
      name: { zh: '云南省', en: 'Yunnan' },
      level: 'province',
      parent: '100000',
      members: [],
      aliases: ['云南'],
    });
    const result = await loadAppData(serving(extraWith('532924'), JSON.stringify(dataset)));
    if (!result.ok) throw new Error(result.messages.join('; '));
    const { focus, context } = result.data;
    const provinces = focus.province.features.map((f) => f.properties.code);
    expect(provinces).toEqual(['500000', '610000', '640000', '530000']);
    const yunnan = context.provinces.features.find((f) => f.properties.code === '530000');
    expect(focus.province.features.at(-1)).toBe(yunnan);
    expect(focus.labels.features.some((f) => f.properties.code === '530000')).toBe(false);
  });

  it('names extra.json when it is missing', async () => {
    const result = await loadAppData(serving(null));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.messages).toEqual([expect.stringContaining(GEO_FILES.extra)]);
  });
});
