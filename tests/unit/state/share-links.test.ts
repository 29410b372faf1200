import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { RegionCode } from '../../../src/lib/domain/schema';
import { copyWith, valueView } from '../../../src/lib/state/share-links';
import { defaultSnapshot, type ViewSnapshot } from '../../../src/lib/state/types';
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

  it('opens the value: its region, its indicator alone, its year, its sentence in its document, drawn as the reader draws', () => {
    const fact = MINI.facts.find((f) => f.date !== null)!;
    expect(valueView(from, fact, atlas.sources)).toEqual({
      region: fact.region,
      layers: [...defaultSnapshot('en').layers, { kind: 'indicator', id: fact.indicator }],
      indicator: fact.indicator,
      year: Number(fact.date!.slice(0, 4)),
      camera: null,
      lang: 'en',
      source: { id: fact.source, highlight: fact.id },
      compare: [],
      tab: 'map',
      againstStandard: true,
      embed: false,
    });
  });

  it("takes the year of the value's document when the value has no date of its own", () => {
    const fact = MINI.facts.find((f) => f.date === null)!;
    const published = atlas.sources.get(fact.source)!.published;
    expect(valueView(from, fact, atlas.sources).year).toBe(Number(published!.slice(0, 4)));
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
