import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import { DATASET_URL } from '../../../src/lib/data/load';
import { DatasetSchema } from '../../../src/lib/domain/schema';
import { defaultSnapshot } from '../../../src/lib/state/types';
import { parseUrl } from '../../../src/lib/state/url';
import { SPLIT_LAYERS } from '../../../src/lib/state/former-layers';
import { urlContextFromAtlas } from '../../../src/lib/state/url-context';

const atlas = indexDataset(
  DatasetSchema.parse(JSON.parse(readFileSync(`public/${DATASET_URL}`, 'utf8'))),
);
const ctx = urlContextFromAtlas(atlas);
const parse = (search: string) => parseUrl(search, ctx, defaultSnapshot('zh'));

describe('region names in links', () => {
  it.each([
    ['the code', '610727'],
    ['the name', encodeURIComponent('略阳县')],
    ['the name without its suffix', encodeURIComponent('略阳')],
    ['English', 'Lueyang'],
    ['English with the suffix', 'Lueyang%20County'],
    ['English with a plus for the space', 'Lueyang+County'],
    ["an input method's v for ü", 'lveyang'],
    ['ü', encodeURIComponent('lüeyang')],
    ['ü as u:', 'lu%3Aeyang'],
  ])('open 略阳县 from %s', (_form, raw) => {
    expect(parse(`?r=${raw}`)).toMatchObject({
      snapshot: { ...defaultSnapshot('zh'), region: '610727' },
      dropped: [],
    });
  });

  it.each([
    ['a former name', encodeURIComponent('梁平县'), '500155'],
    ['a former code', '500234', '500154'],
    ['a short name', encodeURIComponent('石柱'), '500240'],
  ])('open the current region from %s', (_form, raw, code) => {
    expect(parse(`?r=${raw}`).snapshot.region).toBe(code);
  });

  it('compare regions named in any of those forms, rewritten to their codes in order', () => {
    const named = [
      'Lueyang%20County',
      encodeURIComponent('梁平县'),
      '500234',
      encodeURIComponent('石柱'),
    ];
    const { snapshot, dropped } = parse(`?cmp=${named.join(',')}`);
    expect(snapshot.compare).toEqual(['610727', '500155', '500154', '500240']);
    expect(dropped).toEqual([]);
  });

  it('drop a prefix of a name as unknown, not as a guess', () => {
    expect(parse('?r=luey').dropped).toEqual([{ key: 'r', raw: 'luey', reason: 'unknown-id' }]);
  });
});

describe('family layers in links made before concept layers', () => {
  it('open each split layer on the concept layer of its headline scope', () => {
    for (const [former, layer] of SPLIT_LAYERS) {
      expect(ctx.knownConceptLayer(former)).toBeNull();
      expect(ctx.formerLayer(former)).toBe(layer);
    }
    expect(ctx.formerLayer('pay-funds')).toBe('performance-pay-funds');
  });

  it('open a family on its layer drawing the most regions', () => {
    expect(ctx.formerLayer('school-places')).toBe('places-compulsory');
    expect(ctx.formerLayer('no-such')).toBeNull();
  });

  it('say the layer was narrowed, and keep what else the link asked for', () => {
    const { snapshot, dropped } = parse('?l=boundaries,f.pay-funds&i=pay-funds&r=610700');
    expect(snapshot.layers).toEqual([
      { kind: 'context', id: 'boundaries' },
      { kind: 'concept', id: 'performance-pay-funds' },
    ]);
    expect(snapshot).toMatchObject({ indicator: 'performance-pay-added', region: '610700' });
    expect(dropped.map((d) => d.reason)).toEqual(['narrowed', 'narrowed']);
  });
});
