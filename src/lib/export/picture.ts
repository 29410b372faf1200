/**
 * The map as one picture, planned: where the view's title and year, its legend, the line naming
 * the documents and the boundaries disclaimer go on a picture of a fixed size, as shapes any
 * renderer draws (picture-canvas.ts for the PNG, picture-svg.ts for the SVG), and the padding
 * the map is framed within so that none of them covers a region. Pure but for measuring text,
 * which the caller does (a 2D canvas in the browser).
 */
import type { Lang } from '../i18n/lang';
import type { LegendBlock } from '../layers/legend';
import { legendShapes } from './picture-legend';
import { INK, LINE, wrap, type Measure, type Shape } from './picture-shapes';

/** The words around the map. */
export interface PictureText {
  /** The atlas's name. */
  title: string;
  /** What the view shows: layers and regions (state/title.ts#viewHeading). */
  subtitle: string;
  /** "2023" or the words for the latest year. */
  year: string;
  /** sourceLine(): the documents behind the values. */
  sources: string;
  disclaimer: string;
}

/** What a picture is planned from. */
export interface PictureInput {
  /** The picture's size in CSS pixels. */
  size: { width: number; height: number };
  legend: readonly LegendBlock[];
  text: PictureText;
  lang: Lang;
}

/** Pixels along each edge of the picture (map/camera.ts#Inset, which export/ may not import). */
export interface Edges {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The planned picture: its shapes over the map, and the map's framing padding. */
export interface PicturePlan {
  width: number;
  height: number;
  /** Pixels along each edge the map must keep its regions clear of. */
  mapPadding: Edges;
  /** Drawn over the map, in order. */
  shapes: readonly Shape[];
}

/** A region's name where the picture's map placed it: centred on (x, y), `px` pixels tall. */
export interface PlacedLabel {
  text: string;
  x: number;
  y: number;
  px: number;
}

const INK_MUTED = '#4a5560';
const PAPER = 'rgb(255 255 255 / 90%)';
const PAD = 8;
/** Room between the framed regions and what stands over the map. */
const MARGIN = 24;

/**
 * The picture `input.size` big: the title band over the top edge, the documents and the
 * disclaimer over the bottom, the legend in a card at the left (above the bottom band on a
 * wide or square picture; across it on a narrow one), and the map framed clear of all three.
 */
export function planPicture(input: PictureInput, measure: Measure): PicturePlan {
  const { width, height } = input.size;
  const { text } = input;
  const inner = width - 2 * PAD;
  const sub = wrap((s) => measure(s, 12, 400), `${text.subtitle} · ${text.year}`, inner);
  const top = PAD + 18 + sub.length * LINE + PAD / 2;
  const foot = [text.sources, text.disclaimer].flatMap((s) =>
    wrap((x) => measure(x, 10, 400), s, inner),
  );
  const bottom = foot.length * 13 + PAD;
  const narrow = width < height;
  const maxWidth = narrow ? inner - 2 * PAD : Math.min(240, width / 3);
  // Laid out once at the origin to be measured, then again where it goes.
  const size = legendShapes(measure, input.legend, input.lang, { x: 0, y: 0, maxWidth });
  const hasLegend = input.legend.length > 0;
  const card = { width: size.width + 2 * PAD, height: size.height + 2 * PAD };
  const cardY = Math.max(top + PAD, height - bottom - PAD - card.height);

  const shapes: Shape[] = [
    { kind: 'rect', x: 0, y: 0, width, height: top, fill: PAPER },
    { kind: 'text', x: PAD, y: PAD + 14, text: text.title, px: 16, weight: 700, fill: INK },
    ...sub.map((line, i): Shape => ({
      kind: 'text',
      x: PAD,
      y: PAD + 18 + (i + 1) * LINE - 3,
      text: line,
      px: 12,
      weight: 400,
      fill: INK_MUTED,
    })),
    { kind: 'rect', x: 0, y: height - bottom, width, height: bottom, fill: PAPER },
    ...foot.map((line, i): Shape => ({
      kind: 'text',
      x: PAD,
      y: height - bottom + PAD / 2 + 10 + i * 13,
      text: line,
      px: 10,
      weight: 400,
      fill: INK_MUTED,
    })),
  ];
  if (hasLegend)
    shapes.push(
      { kind: 'rect', x: PAD, y: cardY, ...card, fill: PAPER, stroke: '#e2dfd6', lineWidth: 1 },
      ...legendShapes(measure, input.legend, input.lang, { x: 2 * PAD, y: cardY + PAD, maxWidth })
        .shapes,
    );
  const beside = hasLegend && !narrow ? PAD + card.width : 0;
  const under = hasLegend && narrow ? PAD + card.height : 0;
  return {
    width,
    height,
    mapPadding: {
      top: top + MARGIN,
      right: MARGIN,
      bottom: bottom + under + MARGIN,
      left: beside + MARGIN,
    },
    shapes,
  };
}

/**
 * `plan` with the view's named regions set as text where its map placed them (map/capture.ts):
 * under the bands and the legend, which the map's framing keeps the regions clear of.
 */
export function withLabels(plan: PicturePlan, labels: readonly PlacedLabel[]): PicturePlan {
  const named = labels.map((l): Shape => ({
    kind: 'text',
    // The baseline a third of the size under the centre, as MapLibre centres a label.
    x: l.x,
    y: l.y + l.px / 3,
    text: l.text,
    px: l.px,
    weight: 600,
    fill: INK,
    centred: true,
    halo: '#ffffff',
  }));
  return { ...plan, shapes: [...named, ...plan.shapes] };
}
