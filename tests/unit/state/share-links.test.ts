import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { RegionCode } from '../../../src/lib/domain/schema';
import { copyWith, valueView } from '../../../src/lib/state/share-links';
import { defaultSnapshot, type ViewSnapshot } from '../../../src/lib/state/types';
import { parseUrl, serialiseUrl } from '../../../src/lib/state/url';
import { urlContextFromAtlas } from '../../../src/lib/state/url-context';
import { atlas as builtAtlas } from '../../fixtures/dataset';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

describe('valueView', () => {
  const from: ViewSnapshot = {
    ...defaultSnapshot('en'),
    region: '500000' as RegionCode,
    camera: { center: [106.5, 29.5], zoom: 7 },
    compare: ['500113' as RegionCode, '610727' as RegionCode],
    tab: 'table',
    againstStandard: true,
    embed: true,
  };

  it('opens the value: its region, its indicator alone, its year, its sentence in its document', () => {
    const fact = MINI.facts.find((f) => f.date !== null)!;
    expect(valueView(from, fact, atlas)).toEqual({
      region: fact.region,
      layers: [...defaultSnapshot('en').layers, { kind: 'indicator', id: fact.indicator }],
      indicator: fact.indicator,
      year: Number(fact.date!.slice(0, 4)),
      camera: null,
      lang: 'en',
      source: { id: fact.source, highlight: fact.id },
      compare: [],
      tab: 'map',
      // The small dataset has no national thresholds: its layers are drawn on their scales.
      againstStandard: false,
      embed: false,
    });
  });

  it('is drawn against the standard as the reader draws, where one threshold governs its layer', () => {
    const built = builtAtlas();
    const factOf = (indicator: string) =>
      built.dataset.facts.find((f) => f.indicator === indicator)!;
    expect(valueView(from, factOf('difference-coefficient'), built).againstStandard).toBe(true);
    expect(valueView(from, factOf('new-school-places'), built).againstStandard).toBe(false);
    const onScale = { ...from, againstStandard: false };
    expect(valueView(onScale, factOf('difference-coefficient'), built).againstStandard).toBe(false);
  });

  it("takes the year of the value's document when the value has no date of its own", () => {
    const fact = MINI.facts.find((f) => f.date === null)!;
    const published = atlas.sources.get(fact.source)!.published;
    expect(valueView(from, fact, atlas).year).toBe(Number(published!.slice(0, 4)));
  });
});

describe('share links of every kind', () => {
  const built = builtAtlas();
  const ctx = urlContextFromAtlas(built);
  const defaults = defaultSnapshot('zh');
  const view: ViewSnapshot = { ...defaults, lang: 'en' };
  const compared: ViewSnapshot = {
    ...view,
    compare: ['500000', '640100', '610700'] as RegionCode[],
    tab: 'table',
  };
  // As AtlasView writes them: the view's link, the embed snippet's, the full view's from an
  // embed, and every value's (its CSV row, its panel), each pinned to the latest year or to none.
  const kinds: [string, ViewSnapshot][] = [
    ['the first view', view],
    ['a comparison in the table', compared],
    ['the embedded view', { ...compared, embed: true }],
    ['the full view of an embed', { ...view, embed: false }],
    ...built.dataset.facts.map((f): [string, ViewSnapshot] => [
      `the value ${f.id}`,
      valueView({ ...view, againstStandard: true }, f, built),
    ]),
  ];

  it.each([2024, null])('writes only keys that say something (latest year %s)', (latestYear) => {
    for (const [kind, snapshot] of kinds) {
      const link = serialiseUrl(snapshot, defaults, { pin: true, latestYear });
      // No `i=`, `y=` or any other key written empty: each reads as the key left out.
      expect(link, kind).not.toMatch(/=(&|$)/);
      expect(parseUrl(link, ctx, defaults), kind).toEqual({
        snapshot: { ...snapshot, year: snapshot.year ?? latestYear },
        dropped: [],
        foreign: [],
      });
    }
  });
});

describe('copyWith', () => {
  it('says whether the clipboard took the text', async () => {
    const copied: string[] = [];
    expect(await copyWith(async (text) => void copied.push(text), 'a link')).toBe(true);
    expect(copied).toEqual(['a link']);
    expect(await copyWith(() => Promise.reject(new Error('denied')), 'a link')).toBe(false);
  });
});
