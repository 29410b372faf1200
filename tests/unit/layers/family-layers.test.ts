/** Family layers on the built dataset: what they draw, how they are named, and one value per region. */
import { describe, expect, it } from 'vitest';
import { regionValueAsOf, valueAsOf } from '../../../src/lib/data/time-rule';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import type { LayerId } from '../../../src/lib/domain/schema';
import { drawnLayer, layerSpecs } from '../../../src/lib/layers/layer-specs';
import { legendModel } from '../../../src/lib/layers/legend';
import { layerScopeLines, valueScopeNote } from '../../../src/lib/layers/scope-notes';
import { isChoroplethRef, refDraw, toggleLayer } from '../../../src/lib/layers/stack';
import { mapPlan } from '../../../src/lib/map/map-plan';
import { slotRadiusKey } from '../../../src/lib/map/paint';
import { atlas } from '../../fixtures/dataset';

const fam = (id: string): LayerRef => ({ kind: 'family', id: id as LayerId });

describe('family layers', () => {
  it('draws every region with a value in any member, more than any member alone', () => {
    const a = atlas();
    const [spec] = layerSpecs([fam('places')], a, null);
    if (spec?.kind !== 'symbols') throw new Error('places should be symbols');
    const members = spec.layer.indicators.map((i) => i.id);
    const regionsOf = (id: string) =>
      [...a.factsByRegion.values()].filter((fs) => fs.some((f) => f.indicator === id)).length;
    const alone = Math.max(...members.map(regionsOf));
    expect(spec.valuesByRegion.size).toBeGreaterThan(alone);
    expect(spec.valuesByRegion.size).toBeGreaterThanOrEqual(2);
  });

  it('takes each region value by the one time rule over the union of its member facts', () => {
    const a = atlas();
    const [spec] = layerSpecs([fam('schools-built')], a, 2023);
    if (spec?.kind !== 'symbols') throw new Error('schools-built should be symbols');
    const ids = spec.layer.indicators.map((i) => i.id);
    for (const [code, v] of spec.valuesByRegion) {
      const union = (a.factsByRegion.get(code) ?? []).filter((f) => ids.includes(f.indicator));
      expect(v.fact).toBe(valueAsOf(union, 2023, a.sources)?.fact);
      expect(v.fact).toBe(regionValueAsOf(a, code, ids, 2023)?.fact);
    }
  });

  it('is a choropleth or symbols by the members kind, and one choropleth replaces another', () => {
    const a = atlas();
    expect(refDraw(fam('public-share'), a)).toBe('choropleth');
    expect(refDraw(fam('investment'), a)).toBe('symbols');
    expect(isChoroplethRef(fam('public-share'), a)).toBe(true);
    const stack = toggleLayer([fam('public-share')], fam('inclusive-share'), a);
    expect(stack).toEqual([fam('inclusive-share')]);
  });

  it('sets symbol radii on the map plan for each drawn region', () => {
    const a = atlas();
    const specs = layerSpecs([fam('students-count')], a, null);
    const plan = mapPlan(
      {
        specs,
        stack: [fam('students-count')],
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

  it('is named by its family when the family has one such layer, else by its members', () => {
    const a = atlas();
    expect(drawnLayer(fam('places'), a)?.name.en).toBe('School places');
    expect(drawnLayer(fam('students-count'), a)?.name.en).toBe(
      'Pupils enrolled, all levels / Pupils enrolled, compulsory stage',
    );
    expect(drawnLayer(fam('no-such'), a)).toBeNull();
  });

  it('labels a scale over schools and kindergartens with the word for both', () => {
    const layer = drawnLayer(fam('schools-built'), atlas())!;
    expect(layer.unit).toBe('schools-and-kindergartens');
    const [block] = legendModel(layerSpecs([fam('schools-built')], atlas(), null), 'en');
    expect(block?.kind === 'symbols' && block.sizes[0]?.label).toMatch(
      /schools and kindergartens$/,
    );
  });

  it('says the levels next to a value only where the layer mixes them', () => {
    const a = atlas();
    const places = drawnLayer(fam('places'), a)!;
    const incl = places.indicators.find((i) => i.scope.levels === 'schools-and-kindergartens')!;
    expect(valueScopeNote(places, incl, 'en')).toBe('incl. kindergartens');
    expect(valueScopeNote(places, incl, 'zh')).toBe('含幼儿园');
    const pay = drawnLayer(fam('pay-funds'), a)!;
    expect(pay.mixedScopes).toBe(false);
    expect(valueScopeNote(pay, pay.indicators[0]!, 'en')).toBeNull();
    expect(layerScopeLines(places, new Set([incl.id]), 'en')).toEqual([
      'Incl. kindergartens: New school places, incl. kindergartens',
    ]);
  });

  it('says the period next to a value where the layer mixes periods, and each scope once in the legend', () => {
    const a = atlas();
    const investment = drawnLayer(fam('investment'), a)!;
    const project = investment.indicators.find((i) => i.scope.period === 'project')!;
    expect(valueScopeNote(investment, project, 'en')).toBe(
      'compulsory stage only, a single project',
    );
    const pay = drawnLayer(fam('pay-funds'), a)!;
    const lines = layerScopeLines(pay, new Set(pay.indicators.map((i) => i.id)), 'en');
    expect(lines[0]).toMatch(/^All: levels not stated; total to date/);
    expect(lines.slice(1).join(' ')).not.toContain('levels not stated');
    expect(lines).toHaveLength(pay.indicators.length + 1);
  });
});
