/**
 * The focus regions' layers of the first style (pure): their fills under the indicator layers and
 * their outlines over them, each following hover and selection through feature state.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { EDGES_DRAWN_BY_LINES } from './indicator-layers';
import { LAYER, SOURCE } from './ids';
import { PALETTE } from './palette';

/** true when the feature is hovered or selected, read from feature state. */
const stateIs = (key: 'hover' | 'selected'): ExpressionSpecification => [
  'boolean',
  ['feature-state', key],
  false,
];

/** A value that depends on selection first, then hover. */
function byState<T extends number | string>(
  selected: T,
  hover: T,
  rest: T,
): ExpressionSpecification {
  return ['case', stateIs('selected'), selected, stateIs('hover'), hover, rest];
}

/**
 * A value the same in every state, written as a feature-state expression so that the layer's
 * property is data-driven like its siblings': MapLibre then draws them with one compiled shader
 * program instead of two, and each program costs a synchronous compile on the main thread the
 * first time it is drawn.
 */
const inEveryState = <T extends number | string>(value: T) => byState(value, value, value);

/**
 * The fills, coarse to fine, drawn under the indicator layers. Coarser regions are filled only
 * while hovered or selected, so the county fill shows through.
 */
export function regionFills(): LayerSpecification[] {
  return [
    {
      id: LAYER.groupFill,
      type: 'fill',
      source: SOURCE.group,
      paint: {
        'fill-color': inEveryState(PALETTE.selected),
        'fill-opacity': byState(0.25, 0.12, 0),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    {
      id: LAYER.prefectureFill,
      type: 'fill',
      source: SOURCE.prefecture,
      paint: {
        'fill-color': inEveryState(PALETTE.selected),
        'fill-opacity': byState(0.25, 0.12, 0),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    {
      id: LAYER.countyFill,
      type: 'fill',
      source: SOURCE.county,
      paint: {
        'fill-color': byState(PALETTE.selected, PALETTE.focusHover, PALETTE.focus),
        'fill-opacity': byState(0.55, 0.9, 0.85),
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
  ];
}

/** The outlines, fine to coarse, drawn over the choropleth. */
export function regionLines(): LayerSpecification[] {
  return [
    {
      id: LAYER.countyLine,
      type: 'line',
      source: SOURCE.county,
      paint: {
        'line-color': PALETTE.countyLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.5],
      },
    },
    {
      id: LAYER.prefectureLine,
      type: 'line',
      source: SOURCE.prefecture,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.prefectureLine, PALETTE.prefectureLine),
        'line-width': byState(3, 2, 1),
      },
    },
    {
      id: LAYER.groupLine,
      type: 'line',
      source: SOURCE.group,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.groupLine, PALETTE.groupLine),
        'line-width': byState(3, 2.2, 1.4),
      },
    },
    {
      id: LAYER.provinceLine,
      type: 'line',
      source: SOURCE.province,
      paint: {
        'line-color': byState(PALETTE.selected, PALETTE.provinceLine, PALETTE.provinceLine),
        'line-width': byState(3.5, 2.5, 1.6),
      },
    },
    // Drawn over any choropleth, so the selected or hovered county stays visible under a fill.
    {
      id: LAYER.countyFocusLine,
      type: 'line',
      source: SOURCE.county,
      paint: {
        'line-color': inEveryState(PALETTE.selected),
        'line-width': byState(3, 1.5, 0),
      },
    },
  ];
}
