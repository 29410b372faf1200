import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { validateStyleMin, type SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { ContextLayerId } from '../../../src/lib/domain/layer-ref';
import { buildStyle, countiesLayer } from '../../../src/lib/map/style';
import type { MapPlan } from '../../../src/lib/map/map-plan';
import { labelField } from '../../../src/lib/map/paint';
import {
  INDICATOR_LAYER,
  INDICATOR_LAYER_IDS,
  COMPARED_LINE,
  LABEL_LAYERS,
  LAYER,
  REGION_SOURCES,
  SOURCE,
} from '../../../src/lib/map/ids';
import { COLLECTIONS } from './fixtures';

/** A plan with no indicator layers and the given context layers on. */
const plan = (lang: 'zh' | 'en', visible: readonly ContextLayerId[]): MapPlan => ({
  lang,
  selected: null,
  hovered: null,
  compared: [],
  countiesLoaded: false,
  context: {
    labels: visible.includes('labels'),
    boundaries: visible.includes('boundaries'),
    counties: visible.includes('counties'),
  },
  choropleth: null,
  symbols: [],
  measure: null,
  states: new Map(),
});
const style = (
  lang: 'zh' | 'en' = 'zh',
  visible: readonly ContextLayerId[] = ['labels', 'boundaries'],
) => buildStyle({ collections: COLLECTIONS, plan: plan(lang, visible) });

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style())).toEqual([]);
  });

  it('has no glyphs URL, so labels are drawn locally and nothing is fetched', () => {
    expect(style()).not.toHaveProperty('glyphs');
    expect(style()).not.toHaveProperty('sprite');
  });

  it('keys every region source by code, for feature state', () => {
    const s = style();
    for (const id of REGION_SOURCES)
      expect(s.sources[id]).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('uses the layer ids from ids.ts, each once', () => {
    const ids = style().layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const known = new Set<string>([
      ...Object.values(LAYER),
      ...INDICATOR_LAYER_IDS,
      ...Object.values(COMPARED_LINE),
    ]);
    for (const id of ids) expect(known.has(id)).toBe(true);
  });

  it('labels in the chosen language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const symbols = style(lang).layers.filter(
        (l): l is SymbolLayerSpecification => l.type === 'symbol',
      );
      expect(symbols.map((l) => l.id).sort()).toEqual([...LABEL_LAYERS].sort());
      for (const l of symbols) expect(l.layout?.['text-field']).toEqual(labelField(lang));
    }
  });

  it('shows county labels only from zoom 6.5, and never lets labels overlap', () => {
    const county = style().layers.find(
      (l) => l.id === LAYER.labelCounty,
    ) as SymbolLayerSpecification;
    expect(county.minzoom).toBe(6.5);
    expect(county.layout?.['text-allow-overlap']).toBe(false);
    expect(county.layout?.['symbol-sort-key']).toBeDefined();
  });

  it('drives hover and selection through feature state', () => {
    const fill = style().layers.find((l) => l.id === LAYER.countyFill);
    expect(JSON.stringify(fill)).toContain('"feature-state","selected"');
    expect(JSON.stringify(fill)).toContain('"feature-state","hover"');
  });

  it('hides the layers of context toggles that are off, and the indicator and comparison layers until used', () => {
    const s = style('zh', []);
    const hidden = s.layers.filter(
      (l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none',
    );
    expect(hidden.map((l) => l.id).sort()).toEqual(
      [
        ...LABEL_LAYERS,
        LAYER.provincesLine,
        LAYER.countriesLine,
        ...INDICATOR_LAYER_IDS.filter(
          (id) =>
            id !== INDICATOR_LAYER.milestones && !INDICATOR_LAYER.symbols.some((s) => s === id),
        ),
        ...Object.values(COMPARED_LINE),
      ].sort(),
    );
  });
});

describe('context province labels', () => {
  it('leave out the provinces the focus layer labels itself', () => {
    const source = style().sources[SOURCE.provinceLabels] as { data: FeatureCollection };
    expect(source.data.features.map((f) => f.properties?.code)).toEqual(['610000']);
  });
});

describe('the first style follows the first plan', () => {
  it('colours the choropleth and the symbol slots the plan draws', () => {
    const colours = ['#111111', '#222222'];
    const s = buildStyle({
      collections: COLLECTIONS,
      plan: {
        ...plan('en', []),
        choropleth: { colours },
        symbols: [{ slot: 1, colour: '#abcdef' }],
      },
    });
    const fill = s.layers.find((l) => l.id === INDICATOR_LAYER.choroplethFill.county);
    expect(fill?.layout?.visibility).toBe('visible');
    expect(JSON.stringify(fill?.paint)).toContain('#222222');
    const slot = s.layers.find((l) => l.id === INDICATOR_LAYER.symbols[1]);
    expect(slot?.paint).toMatchObject({ 'circle-color': '#abcdef' });
  });
});

describe('countiesLayer', () => {
  it('reads the all-China county source', () => {
    expect(countiesLayer()).toMatchObject({
      id: LAYER.chinaCountiesLine,
      source: SOURCE.chinaCounties,
    });
  });
});
