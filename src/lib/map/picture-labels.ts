/**
 * The labels of the view's named regions on a picture (the regions compared, else the one
 * selected). At a picture's zoom MapLibre drops a label that collides with another (银川 and 汉中
 * beside 重庆), and a picture that names three regions in its title must show where they are. So
 * the picture's map places those labels first, whatever they collide with, and the other labels
 * keep clear of them. The printed sheet's map draws them; for the PNG and the SVG they are left
 * transparent, and the picture sets them as text (export/picture.ts), which an SVG keeps
 * editable. Pure; capture.ts applies it.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { LAYER, PICTURE_LABELS, SOURCE } from './ids';

/** A label the picture sets: its words, its centre in the picture's CSS pixels, its size. */
export interface PictureLabel {
  text: string;
  x: number;
  y: number;
  /** Font size in CSS pixels, the size MapLibre placed it at. */
  px: number;
}

/** The named regions' labels' size: a little larger than any region label of the map at a picture's zoom. */
export const PICTURE_LABEL_PX = 14;

/** The focus regions' label layers, one per level (label-layers.ts). */
const FOCUS_LABELS: readonly string[] = [
  LAYER.labelCounty,
  LAYER.labelPrefecture,
  LAYER.labelGroup,
  LAYER.labelProvince,
];

/**
 * `style` for a picture naming `codes`: the focus label layers leave them out, and a layer of
 * their own, on top (placed first), holds them at every zoom, overlapping whatever they must,
 * `drawn` or transparent (`text`). The style is returned as it is when nothing is named or the
 * labels are hidden.
 */
export function pictureLabelStyle(
  style: StyleSpecification,
  codes: readonly string[],
  named: 'drawn' | 'text',
): StyleSpecification {
  const template = style.layers.find((l) => l.id === LAYER.labelCounty);
  if (codes.length === 0 || template?.type !== 'symbol') return style;
  if (template.layout?.visibility === 'none') return style;
  const chosen: ExpressionSpecification = ['in', ['get', 'code'], ['literal', [...codes]]];
  const others: ExpressionSpecification = ['!', chosen];
  const layers = style.layers.map((l): LayerSpecification => {
    if (l.type !== 'symbol' || !FOCUS_LABELS.includes(l.id)) return l;
    // The label layers' filters are expressions (label-layers.ts), which `all` joins.
    const filter = l.filter ? (['all', l.filter, others] as FilterSpecification) : others;
    return { ...l, filter };
  });
  layers.push({
    id: PICTURE_LABELS,
    type: 'symbol',
    source: SOURCE.labels,
    filter: chosen,
    layout: {
      ...template.layout,
      'text-size': PICTURE_LABEL_PX,
      'text-allow-overlap': true,
      'symbol-sort-key': 0,
    },
    paint: named === 'text' ? { 'text-opacity': 0 } : template.paint,
  });
  return { ...style, layers };
}
