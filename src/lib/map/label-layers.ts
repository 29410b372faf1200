/**
 * The label layers of the first style (pure): the context provinces' names and the focus regions'
 * names by level, in the plan's language, drawn by MapLibre from local fonts, never overlapping.
 */
import type {
  FilterSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Lang } from '../i18n/lang';
import { LAYER, SOURCE, type MapLayerId } from './ids';
import { labelField } from './paint';
import { LABEL_FONT, PALETTE } from './palette';

function label(
  id: MapLayerId,
  source: string,
  lang: Lang,
  opts: {
    filter?: FilterSpecification;
    minzoom?: number;
    maxzoom?: number;
    size: [number, number];
    context?: boolean;
  },
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...(opts.filter ? { filter: opts.filter } : {}),
    ...(opts.minzoom !== undefined ? { minzoom: opts.minzoom } : {}),
    ...(opts.maxzoom !== undefined ? { maxzoom: opts.maxzoom } : {}),
    layout: {
      'text-field': labelField(lang),
      'text-font': LABEL_FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, opts.size[0], 10, opts.size[1]],
      'text-allow-overlap': false,
      'text-padding': 4,
      'text-max-width': 8,
      // Only context labels carry a rank (bigger provinces first); focus labels tie at 0.
      'symbol-sort-key': ['coalesce', ['get', 'rank'], 0],
    },
    paint: {
      'text-color': opts.context ? PALETTE.textContext : PALETTE.text,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.4,
    },
  };
}

const levelIs = (level: string): FilterSpecification => ['==', ['get', 'level'], level];

/** Every label layer in `lang`, in drawing order: the style puts them above all other layers. */
export function labelLayers(lang: Lang): SymbolLayerSpecification[] {
  return [
    label(LAYER.provinceLabels, SOURCE.provinceLabels, lang, {
      maxzoom: 6.5,
      size: [11, 13],
      context: true,
    }),
    // Later symbol layers are placed first: coarser labels win over finer ones where they collide.
    label(LAYER.labelCounty, SOURCE.labels, lang, {
      filter: levelIs('county'),
      minzoom: 6.5,
      size: [10, 14],
    }),
    label(LAYER.labelPrefecture, SOURCE.labels, lang, {
      filter: levelIs('prefecture'),
      minzoom: 4.5,
      size: [11, 15],
    }),
    label(LAYER.labelGroup, SOURCE.labels, lang, {
      filter: levelIs('group'),
      minzoom: 5,
      maxzoom: 8,
      size: [12, 16],
    }),
    label(LAYER.labelProvince, SOURCE.labels, lang, {
      filter: levelIs('province'),
      maxzoom: 7,
      size: [13, 16],
    }),
  ];
}
