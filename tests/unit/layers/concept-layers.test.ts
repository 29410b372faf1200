/** Concept layers on the built dataset: like with like, what they draw, how they are named, one value per region. */
import { describe, expect, it } from 'vitest';
import { regionValueAsOf, valueAsOf } from '../../../src/lib/data/time-rule';
import { scopeDefinition } from '../../../src/lib/domain/concept-layers';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import type { LayerId } from '../../../src/lib/domain/schema';
import { drawnLayer, layerSpecs } from '../../../src/lib/layers/layer-specs';
import { layerScopeLines } from '../../../src/lib/layers/scope-notes';
import { isChoroplethRef, refDraw, toggleLayer } from '../../../src/lib/layers/stack';
import { mapPlan } from '../../../src/lib/map/map-plan';
import { slotRadiusKey } from '../../../src/lib/map/paint';
import { atlas } from '../../fixtures/dataset';

const layer = (id: string): LayerRef => ({ kind: 'concept', id: id as LayerId });
const layerOf = (indicator: string) =>
  atlas().dataset.indicators.find((i) => i.id === indicator)?.layer;

describe('concept layers', () => {
  it('each draws one concept at one scope', () => {
    for (const l of atlas().conceptLayers.values())
      expect(new Set(l.indicators.map(scopeDefinition)).size).toBe(1);
  });

  it('draws unlike money, posting rules and school levels on layers of their own', () => {
    expect(layerOf('performance-pay-added')).not.toBe(layerOf('rural-teacher-living-subsidy'));
    expect(layerOf('funding-arrears-paid')).not.toBe(layerOf('investment-quality-drive'));
    const postings = [
      'rural-teaching-for-senior-title',
      'researcher-school-posting-years',
      'teacher-research-secondment-years',
    ].map(layerOf);
    expect(new Set(postings).size).toBe(3);
    expect(layerOf('new-school-places')).not.toBe(layerOf('new-places-incl-kindergartens'));
  });

  it('draws every region with a value in any member', () => {
    const a = atlas();
    const [spec] = layerSpecs([layer('guidance-centres')], a, null);
    if (spec?.kind !== 'symbols') throw new Error('guidance-centres should be symbols');
    const members = spec.layer.indicators.map((i) => i.id);
    expect(members.length).toBeGreaterThanOrEqual(2);
    const regions = [...a.factsByRegion].filter(([, fs]) =>
      fs.some((f) => members.includes(f.indicator)),
    );
    expect(spec.valuesByRegion.size).toBe(regions.length);
    expect(spec.valuesByRegion.size).toBeGreaterThanOrEqual(2);
  });

  it('takes each region value by the one time rule over the union of its member facts', () => {
    const a = atlas();
    const [spec] = layerSpecs([layer('guidance-centres')], a, 2023);
    if (spec?.kind !== 'symbols') throw new Error('guidance-centres should be symbols');
    const ids = spec.layer.indicators.map((i) => i.id);
    for (const [code, v] of spec.valuesByRegion) {
      const union = (a.factsByRegion.get(code) ?? []).filter((f) => ids.includes(f.indicator));
      expect(v.fact).toBe(valueAsOf(union, 2023, a.sources)?.fact);
      expect(v.fact).toBe(regionValueAsOf(a, code, ids, 2023)?.fact);
    }
  });

  it('is a choropleth or symbols by the members kind, and one choropleth replaces another', () => {
    const a = atlas();
    expect(refDraw(layer('public-share'), a)).toBe('choropleth');
    expect(refDraw(layer('funds-weak-schools'), a)).toBe('symbols');
    expect(isChoroplethRef(layer('public-share'), a)).toBe(true);
    const stack = toggleLayer([layer('public-share')], layer('inclusive-share'), a);
    expect(stack).toEqual([layer('inclusive-share')]);
  });

  it('sets symbol radii on the map plan for each drawn region', () => {
    const a = atlas();
    const specs = layerSpecs([layer('places-compulsory')], a, null);
    const plan = mapPlan(
      {
        specs,
        stack: [layer('places-compulsory')],
        lang: 'en',
        selected: null,
        hovered: null,
        compared: [],
        countiesLoaded: false,
      },
      a,
    );
    const drawn = [...plan.states.values()].filter((s) => Number(s[slotRadiusKey(0)]) > 0);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
  });

  it('is named by its indicator, or by its concept when it joins several readings', () => {
    const a = atlas();
    expect(drawnLayer(layer('places-compulsory'), a)?.name.en).toBe(
      a.indicators.get('new-school-places' as never)?.name.en,
    );
    expect(drawnLayer(layer('guidance-centres'), a)?.name.en).toBe('Subject guidance centres');
    expect(drawnLayer(layer('no-such'), a)).toBeNull();
  });

  it('labels its scale in its concept’s unit', () => {
    const a = atlas();
    const built = drawnLayer(layer('kindergartens-built'), a);
    expect(built?.unit).toBe('kindergartens');
  });

  it('says in the legend what its readings share once, then each one’s own words', () => {
    const centres = drawnLayer(layer('guidance-centres'), atlas())!;
    const lines = layerScopeLines(centres, new Set(centres.indicators.map((i) => i.id)), 'en');
    expect(lines[0]).toMatch(/^All: /);
    expect(lines).toHaveLength(centres.indicators.length + 1);
  });
});
