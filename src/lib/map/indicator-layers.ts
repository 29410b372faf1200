/**
 * The indicator layers of the first style (pure): choropleth fills and dashed outlines per region
 * level, measure outlines, a pool of symbol slots and the milestone markers. They read everything
 * from feature state; all but the point layers start hidden; `MapView` only toggles visibility
 * and swaps colours.
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  comparedLineOpacity,
  choroplethFillOpacity,
  choroplethHatchOpacity,
  dashedOutlineOpacity,
  measureFillOpacity,
  measureLineOpacity,
  milestoneFillOpacity,
  milestoneRadius,
  symbolFillOpacity,
  slotRadius,
  symbolStrokeOpacity,
} from './paint';
import { MILESTONE_COLOUR, NO_DATA } from '../scales/color';
import {
  COMPARED_LINE,
  INDICATOR_LAYER,
  REGION_LEVELS,
  REGION_SOURCE_BY_LEVEL,
  SOURCE,
} from './ids';
import { PALETTE } from './palette';
import { HATCH_IMAGE } from './patterns';

const hidden = { visibility: 'none' } as const;

/**
 * `fill-antialias` of the fills on focus regions: off, because the county, prefecture, group and
 * province lines drawn above cover every edge they have. On, MapLibre draws each fill's outline
 * once more in each frame (and compiles a program for it), which nobody would see.
 */
export const EDGES_DRAWN_BY_LINES = false;

/**
 * Fills, each level's followed by its hatching of values short of the standard (so a finer
 * region's own fill covers a coarser one's hatching, as it covers its fill), then the dashed
 * outlines, coarse to fine, drawn above the base county fill.
 */
export function choroplethLayers(): LayerSpecification[] {
  return [
    ...REGION_LEVELS.flatMap((level): LayerSpecification[] => [
      {
        id: INDICATOR_LAYER.choroplethFill[level],
        type: 'fill',
        source: REGION_SOURCE_BY_LEVEL[level],
        layout: hidden,
        paint: {
          'fill-color': NO_DATA.fill,
          'fill-opacity': choroplethFillOpacity,
          'fill-antialias': EDGES_DRAWN_BY_LINES,
        },
      },
      {
        id: INDICATOR_LAYER.choroplethHatch[level],
        type: 'fill',
        source: REGION_SOURCE_BY_LEVEL[level],
        layout: hidden,
        paint: {
          'fill-pattern': HATCH_IMAGE,
          'fill-opacity': choroplethHatchOpacity,
          'fill-antialias': EDGES_DRAWN_BY_LINES,
        },
      },
    ]),
    ...REGION_LEVELS.map((level): LayerSpecification => ({
      id: INDICATOR_LAYER.choroplethDash[level],
      type: 'line',
      source: REGION_SOURCE_BY_LEVEL[level],
      layout: hidden,
      paint: {
        'line-color': NO_DATA.outline,
        'line-width': 1.2,
        'line-dasharray': [...NO_DATA.dash],
        'line-opacity': dashedOutlineOpacity,
      },
    })),
  ];
}

/** The compared regions' outlines: one dashed dark line per level, readable over every fill. */
export function comparedLayers(): LayerSpecification[] {
  return REGION_LEVELS.map((level): LayerSpecification => ({
    id: COMPARED_LINE[level],
    type: 'line',
    source: REGION_SOURCE_BY_LEVEL[level],
    layout: hidden,
    paint: {
      'line-color': PALETTE.compared,
      'line-width': 2.5,
      'line-dasharray': [2, 1],
      'line-opacity': comparedLineOpacity,
    },
  }));
}

/** A light fill and a strong outline on the regions reporting the measure shown. */
export function measureLayers(): LayerSpecification[] {
  return REGION_LEVELS.flatMap((level): LayerSpecification[] => [
    {
      id: INDICATOR_LAYER.measureFill[level],
      type: 'fill',
      source: REGION_SOURCE_BY_LEVEL[level],
      layout: hidden,
      paint: {
        'fill-color': '#000000',
        'fill-opacity': measureFillOpacity,
        'fill-antialias': EDGES_DRAWN_BY_LINES,
      },
    },
    {
      id: INDICATOR_LAYER.measureLine[level],
      type: 'line',
      source: REGION_SOURCE_BY_LEVEL[level],
      layout: hidden,
      paint: { 'line-color': '#000000', 'line-width': 3, 'line-opacity': measureLineOpacity },
    },
  ]);
}

/** Proportional circles on the label points (one slot per stacked indicator) and milestone markers. */
export function pointLayers(): LayerSpecification[] {
  return [
    ...INDICATOR_LAYER.symbols.map((id, slot): LayerSpecification => ({
      id,
      type: 'circle',
      source: SOURCE.labels,
      // Always visible: with no value a slot's radius is 0 and it draws nothing, whereas toggling
      // visibility on the label source would re-lay out every label (measured by npm run bench).
      paint: {
        'circle-radius': slotRadius(slot),
        'circle-color': '#000000',
        'circle-opacity': symbolFillOpacity(slot),
        'circle-stroke-color': '#000000',
        // Data-driven like the milestones' (and nothing where there is no symbol), so both
        // layers share one compiled shader program.
        'circle-stroke-width': ['case', ['>', slotRadius(slot), 0], 1.5, 0],
        'circle-stroke-opacity': symbolStrokeOpacity(slot),
      },
    })),
    {
      id: INDICATOR_LAYER.milestones,
      type: 'circle',
      source: SOURCE.labels,
      // Always visible like the symbol slots: it shares their point source and draws nothing unset.
      paint: {
        'circle-radius': milestoneRadius,
        'circle-color': MILESTONE_COLOUR,
        'circle-opacity': milestoneFillOpacity,
        'circle-stroke-color': MILESTONE_COLOUR,
        // Zero where there is no marker: a stroke alone would leave a dot on every label point.
        'circle-stroke-width': ['case', ['>', milestoneRadius, 0], 2, 0],
        // Opaque wherever there is a marker, a hollow one (all milestones ahead) too; written
        // as an expression so the layer is data-driven like the symbol slots and both share one
        // compiled shader program.
        'circle-stroke-opacity': ['case', ['>', milestoneRadius, 0], 1, 0],
        // Above the label point, so it does not cover a symbol centred there.
        'circle-translate': [0, -14],
      },
    },
  ];
}
