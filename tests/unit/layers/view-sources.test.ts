import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../src/lib/data/atlas';
import type { IndicatorId } from '../../../src/lib/domain/schema';
import { layerSpecs } from '../../../src/lib/layers/layer-specs';
import { sourceLine, viewSources } from '../../../src/lib/layers/view-sources';
import { MINI } from '../../fixtures/mini-dataset';

const atlas = indexDataset(MINI);

describe('viewSources', () => {
  it('names the documents whose values a drawn layer shows', () => {
    const id = 'new-school-places' as IndicatorId;
    const specs = layerSpecs([{ kind: 'indicator', id }], atlas, null);
    const expected = new Set(MINI.facts.filter((f) => f.indicator === id).map((f) => f.source));
    expect(viewSources(specs, atlas).map((s) => s.id)).toEqual(
      MINI.sources.map((s) => s.id).filter((s) => expected.has(s)),
    );
  });

  it('names every document when the map draws no values', () => {
    expect(viewSources([], atlas)).toHaveLength(MINI.sources.length);
  });
});

describe('sourceLine', () => {
  it('lists publisher and date after the label, in the language', () => {
    const [a, b] = MINI.sources;
    expect(sourceLine([a!, b!], 'zh')).toBe(
      `来源：${a!.publisher}，${a!.published}；${b!.publisher}，${b!.published}`,
    );
    expect(sourceLine([{ ...a!, published: null }], 'en')).toBe(`Sources: ${a!.publisher}`);
  });
});
