import { describe, expect, it } from 'vitest';
import {
  featureFilter,
  validateStyleMin,
  type FilterSpecification,
  type StyleSpecification,
  type SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LAYER, PICTURE_LABELS } from '../../../src/lib/map/ids';
import type { MapPlan } from '../../../src/lib/map/map-plan';
import { PICTURE_LABEL_PX, pictureLabelStyle } from '../../../src/lib/map/picture-labels';
import { buildStyle } from '../../../src/lib/map/style';
import { COLLECTIONS } from './fixtures';
import { layerOf } from './evaluate-layer';

const plan = (labels: boolean): MapPlan => ({
  lang: 'zh',
  selected: null,
  hovered: null,
  compared: [],
  countiesLoaded: false,
  context: { labels, boundaries: true, counties: false },
  choropleth: null,
  symbols: [],
  measure: null,
  states: new Map(),
});
const style = (labels = true) => buildStyle({ collections: COLLECTIONS, plan: plan(labels) });

/** Whether a label point of `code` at `level` passes a layer's filter, as MapLibre reads it. */
function shows(layer: SymbolLayerSpecification, code: string, level: string): boolean {
  const filter = featureFilter(layer.filter as FilterSpecification, `layers.${layer.id}.filter`);
  const feature = { type: 1, properties: { code, level }, geometry: [] } as never;
  return filter.filter({ zoom: 7 }, feature);
}

const FOCUS = [LAYER.labelCounty, LAYER.labelPrefecture, LAYER.labelGroup, LAYER.labelProvince];
const symbols = (s: StyleSpecification) =>
  s.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');

describe('pictureLabelStyle', () => {
  it('takes the named regions out of the label layers into one of their own, placed first', () => {
    const s = pictureLabelStyle(style(), ['500113'], 'text');
    expect(validateStyleMin(s)).toEqual([]);
    // Last in the list, so MapLibre places it before any other label.
    expect(s.layers.at(-1)?.id).toBe(PICTURE_LABELS);
    const named = layerOf(symbols(s), PICTURE_LABELS);
    expect(shows(named, '500113', 'county')).toBe(true);
    expect(shows(named, '500000', 'province')).toBe(false);
    for (const id of FOCUS) expect(shows(layerOf(symbols(s), id), '500113', 'county')).toBe(false);
    // The other regions keep their labels, by level as before.
    expect(shows(layerOf(symbols(s), LAYER.labelProvince), '500000', 'province')).toBe(true);
    expect(shows(layerOf(symbols(s), LAYER.labelCounty), '500114', 'county')).toBe(true);
  });

  it('never drops them, at any zoom, in the words of the map’s labels', () => {
    const base = layerOf(symbols(style()), LAYER.labelCounty);
    const named = layerOf(symbols(pictureLabelStyle(style(), ['500113'], 'text')), PICTURE_LABELS);
    expect(named.minzoom).toBeUndefined();
    expect(named.maxzoom).toBeUndefined();
    expect(named.layout?.['text-allow-overlap']).toBe(true);
    expect(named.layout?.['text-size']).toBe(PICTURE_LABEL_PX);
    expect(named.layout?.['text-field']).toEqual(base.layout?.['text-field']);
  });

  it('leaves them transparent for the picture to set as text, or draws them for the sheet', () => {
    const base = layerOf(symbols(style()), LAYER.labelCounty);
    const text = layerOf(symbols(pictureLabelStyle(style(), ['500113'], 'text')), PICTURE_LABELS);
    expect(text.paint?.['text-opacity']).toBe(0);
    const drawn = layerOf(symbols(pictureLabelStyle(style(), ['500113'], 'drawn')), PICTURE_LABELS);
    expect(drawn.paint).toEqual(base.paint);
  });

  it('changes nothing when no region is named or the labels are off', () => {
    const s = style();
    expect(pictureLabelStyle(s, [], 'text')).toBe(s);
    const hidden = style(false);
    expect(pictureLabelStyle(hidden, ['500113'], 'text')).toBe(hidden);
  });
});
