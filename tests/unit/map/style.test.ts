import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  validateStyleMin,
  type StyleSpecification,
  type SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { ContextLayerId } from '../../../src/lib/domain/layer-ref';
import { COUNTIES_BEFORE, countiesLayer } from '../../../src/lib/map/context-layers';
import { buildStyle, countiesSource } from '../../../src/lib/map/style';
import type { CountyCollections } from '../../../src/lib/map/collections';
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
import { layerOf } from './evaluate-layer';
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

/** Every toggle combination of the context layers, in both languages. */
const everyStyle = () =>
  (['zh', 'en'] as const).flatMap((lang) =>
    [[], ['labels'], ['boundaries'], ['labels', 'boundaries', 'counties']].map((visible) =>
      style(lang, visible as ContextLayerId[]),
    ),
  );

/** The style once the all-China counties have arrived, as MapView adds them. */
function withCounties(): StyleSpecification {
  const counties: CountyCollections = {
    counties: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 500113,
          properties: {},
          geometry: {
            type: 'MultiLineString',
            coordinates: [
              [
                [106, 29],
                [107, 29],
              ],
            ],
          },
        },
      ],
    },
  };
  const s = buildStyle({
    collections: COLLECTIONS,
    plan: { ...plan('zh', ['counties']), countiesLoaded: true },
  });
  const at = s.layers.findIndex((l) => l.id === COUNTIES_BEFORE);
  return {
    ...s,
    sources: { ...s.sources, [SOURCE.chinaCounties]: countiesSource(counties) },
    layers: [...s.layers.slice(0, at), countiesLayer(), ...s.layers.slice(at)],
  };
}

const ids = (s: StyleSpecification) => s.layers.map((l) => l.id);
const indexOf = (s: StyleSpecification, id: string) => ids(s).indexOf(id);

/** Every string anywhere in a value. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) yield* strings(v);
}

/** Every key anywhere in a value. */
function* keys(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const v of value) yield* keys(v);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      yield k;
      yield* keys(v);
    }
}

describe('buildStyle', () => {
  it('is a valid MapLibre style for every language and context toggle, and with the counties added', () => {
    for (const s of [...everyStyle(), withCounties()]) expect(validateStyleMin(s)).toEqual([]);
  });

  it('fetches nothing: no glyphs, sprite, tile or data URL, every source inline', () => {
    const offOrigin = /^([a-z][a-z\d+.-]*:|\/\/)/i;
    for (const s of [...everyStyle(), withCounties()]) {
      expect([...keys(s)].filter((k) => ['glyphs', 'sprite', 'url', 'tiles'].includes(k))).toEqual(
        [],
      );
      for (const source of Object.values(s.sources))
        expect(source).toMatchObject({ type: 'geojson', data: { type: 'FeatureCollection' } });
      expect([...strings(s)].filter((v) => offOrigin.test(v))).toEqual([]);
    }
  });

  it('keys every region source by code, for feature state', () => {
    const s = style();
    for (const id of REGION_SOURCES)
      expect(s.sources[id]).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('reads only sources the style has (the background reads none)', () => {
    for (const s of [style(), withCounties()])
      for (const l of s.layers)
        if (l.type === 'background') expect(l).not.toHaveProperty('source');
        else expect(Object.keys(s.sources)).toContain(l.source);
  });

  it('uses the layer ids from ids.ts, each once', () => {
    for (const s of [style(), withCounties()]) {
      expect(new Set(ids(s)).size).toBe(ids(s).length);
      const known = new Set<string>([
        ...Object.values(LAYER),
        ...INDICATOR_LAYER_IDS,
        ...Object.values(COMPARED_LINE),
      ]);
      for (const id of ids(s)) expect(known.has(id)).toBe(true);
    }
  });

  it('draws the base layers in the order ids.ts lists them, bottom to top', () => {
    const s = withCounties();
    const drawn = ids(s).filter((id) => (Object.values(LAYER) as string[]).includes(id));
    expect(drawn).toEqual(Object.values(LAYER));
  });

  it('draws the indicators over the focus fills and under the outlines, and labels over everything', () => {
    const s = style();
    const choropleth = [
      ...Object.values(INDICATOR_LAYER.choroplethFill),
      ...Object.values(INDICATOR_LAYER.choroplethDash),
    ];
    for (const id of choropleth) {
      expect(indexOf(s, id)).toBeGreaterThan(indexOf(s, LAYER.countyFill));
      // The selected or hovered county stays outlined over any fill.
      expect(indexOf(s, id)).toBeLessThan(indexOf(s, LAYER.countyFocusLine));
    }
    for (const id of Object.values(INDICATOR_LAYER.choroplethFill))
      expect(indexOf(s, id)).toBeLessThan(indexOf(s, LAYER.countyLine));
    const fills = s.layers.filter((l) => l.type === 'fill').map((l) => indexOf(s, l.id));
    for (const id of [...INDICATOR_LAYER.symbols, INDICATOR_LAYER.milestones])
      expect(indexOf(s, id)).toBeGreaterThan(Math.max(...fills));
    const firstLabel = s.layers.findIndex((l) => l.type === 'symbol');
    expect(s.layers.slice(firstLabel).every((l) => l.type === 'symbol')).toBe(true);
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

  it('name a dataset province drawn from context.json’s outline, which has no focus label', () => {
    const { focus } = COLLECTIONS;
    const sichuan = COLLECTIONS.context.provinces.features[1];
    if (!sichuan) throw new Error('the fixture has no second province');
    const collections = {
      ...COLLECTIONS,
      focus: {
        ...focus,
        province: { ...focus.province, features: [...focus.province.features, sichuan] },
      },
    };
    const s = buildStyle({ collections, plan: plan('zh', ['labels']) });
    const source = s.sources[SOURCE.provinceLabels] as { data: FeatureCollection };
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
        choropleth: { colours, hatched: false },
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

describe('the all-China counties', () => {
  it('are drawn from their own source, above the provinces and under the focus regions', () => {
    const s = withCounties();
    expect(layerOf(s.layers, LAYER.chinaCountiesLine)).toMatchObject({
      source: SOURCE.chinaCounties,
    });
    const at = indexOf(s, LAYER.chinaCountiesLine);
    expect(at).toBeGreaterThan(indexOf(s, LAYER.provincesFill));
    for (const id of REGION_SOURCES.flatMap((source) =>
      s.layers.filter((l) => 'source' in l && l.source === source).map((l) => l.id),
    ))
      expect(at).toBeLessThan(indexOf(s, id));
  });
});
