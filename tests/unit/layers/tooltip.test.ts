import { describe, expect, it } from 'vitest';
import { regionValueAsOf } from '../../../src/lib/data/time-rule';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import type { IndicatorId, LayerId, RegionCode } from '../../../src/lib/domain/schema';
import { drawnLayer, layerSpecs } from '../../../src/lib/layers/layer-specs';
import { activeLayer, tooltipModel } from '../../../src/lib/layers/tooltip';
import { atlas as built } from '../../fixtures/dataset';

const atlas = built();
const ind = (id: string): LayerRef => ({ kind: 'indicator', id: id as IndicatorId });
// 汉中's new places with kindergartens: a value drawn and a target standing beside it.
const places: LayerRef = { kind: 'concept', id: 'places-incl-kindergartens' as LayerId };
const context: LayerRef = { kind: 'context', id: 'boundaries' };

describe('activeLayer', () => {
  const specs = layerSpecs(
    [context, ind('difference-coefficient'), ind('new-school-places')],
    atlas,
    null,
  );

  it('is the chosen indicator when the map draws it', () => {
    const chosen = 'difference-coefficient' as IndicatorId;
    expect(activeLayer(specs, chosen)?.ref).toEqual(ind('difference-coefficient'));
  });

  it('is the topmost drawn layer when the chosen one is not drawn, or none is chosen', () => {
    expect(activeLayer(specs, 'not-drawn' as IndicatorId)?.ref).toEqual(ind('new-school-places'));
    expect(activeLayer(specs, null)?.ref).toEqual(ind('new-school-places'));
  });

  it('is null when no layer draws values', () => {
    expect(activeLayer(layerSpecs([context], atlas, null), null)).toBeNull();
  });
});

describe('tooltipModel', () => {
  const layer = drawnLayer(places, atlas)!;

  it('is null for no region or one the atlas does not know', () => {
    expect(tooltipModel(atlas, null, layer, null)).toBeNull();
    expect(tooltipModel(atlas, 'nowhere' as RegionCode, layer, null)).toBeNull();
  });

  it('names the region without a value when no layer is drawn', () => {
    const model = tooltipModel(atlas, '610700' as RegionCode, null, null);
    expect(model).toMatchObject({ region: { code: '610700' }, layer: null, value: null });
    expect(model).toMatchObject({ indicator: null, source: null, alongside: [], targets: [] });
  });

  it("gives the time rule's value on a concept layer, its member and document", () => {
    const model = tooltipModel(atlas, '610700' as RegionCode, layer, null);
    const ids = layer.indicators.map((i) => i.id);
    const value = regionValueAsOf(atlas, '610700' as RegionCode, ids, null);
    expect(model?.value).toEqual(value);
    expect(model?.indicator?.id).toBe('new-places-incl-kindergartens');
    expect(model?.source?.id).toBe(value?.fact.source);
  });

  it('lists the facts alongside and the standing targets, each with its indicator', () => {
    let seen = 0;
    for (const year of [null, 2020, 2022]) {
      for (const code of atlas.regions.keys()) {
        const model = tooltipModel(atlas, code, layer, year);
        const value = model?.value;
        if (!value) continue;
        for (const [listed, facts] of [
          [model.alongside, value.alongside],
          [model.targets, value.targets],
        ] as const) {
          expect(listed.map((l) => l.fact)).toEqual(facts);
          for (const l of listed) expect(l.indicator.id).toBe(l.fact.indicator);
          seen += listed.length;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('leaves out what the atlas has no indicator for', () => {
    const bare = { ...atlas, indicators: new Map() };
    const model = tooltipModel(bare, '610700' as RegionCode, layer, null);
    expect(model?.value).not.toBeNull();
    expect(model).toMatchObject({ indicator: null, alongside: [], targets: [] });
  });

  it('lists the region’s values of the same concept at other scopes, never as the value', () => {
    const compulsory = drawnLayer({ kind: 'concept', id: 'places-compulsory' as LayerId }, atlas)!;
    const model = tooltipModel(atlas, '610700' as RegionCode, compulsory, null);
    expect(model?.value).toBeNull();
    expect(model?.otherScopes.map((o) => o.indicator.id)).toEqual([
      'new-places-incl-kindergartens',
    ]);
    for (const o of model!.otherScopes) expect(o.indicator.concept).toBe('places-added');
    const incl = tooltipModel(atlas, '610700' as RegionCode, layer, null);
    expect(incl?.otherScopes).toEqual([]);
    const pay = drawnLayer({ kind: 'concept', id: 'performance-pay-funds' as LayerId }, atlas)!;
    const living = tooltipModel(atlas, '610727' as RegionCode, pay, null);
    expect(living?.value).toBeNull();
    expect(living?.otherScopes.map((o) => o.indicator.id)).toEqual([
      'rural-teacher-living-subsidy',
    ]);
  });
});
