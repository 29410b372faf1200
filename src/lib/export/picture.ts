/**
 * The map as one picture: the map's pixels with the view's title and year, its legend, the line
 * naming the documents and the boundaries disclaimer drawn over them, on a 2D canvas in the
 * browser (no server). Used by the PNG download and by printing. The picture keeps the map's own
 * size (scaled): the texts sit in bands over its edges, where the map shows context, not data.
 */
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { LegendBlock } from '../layers/legend';
import { MILESTONE_COLOUR, NO_DATA } from '../scales/color';

/** The words around the map. */
export interface PictureText {
  /** The atlas's name. */
  title: string;
  /** What the view shows: layers and region. */
  subtitle: string;
  /** "2023" or the words for the latest year. */
  year: string;
  /** sourceLine(): the documents behind the values. */
  sources: string;
  disclaimer: string;
}

/** What composePicture draws. */
export interface PictureInput {
  /** The map's pixels, `scale` device pixels per CSS pixel. */
  map: CanvasImageSource;
  /** The map's size in CSS pixels: the picture is this size times `scale`. */
  size: { width: number; height: number };
  scale: number;
  legend: readonly LegendBlock[];
  text: PictureText;
  lang: Lang;
}

const FONT_FAMILY =
  "system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const INK = '#1d232a';
const MUTED = '#4a5560';
const PAPER = 'rgb(255 255 255 / 90%)';
const PAD = 8;
const LINE = 15;

const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT_FAMILY}`;

/**
 * `text` broken into lines no wider than `width`: at spaces where there are any, else anywhere
 * (Chinese has no spaces between words).
 */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(/(?<=[\s；;，,])/u)) {
    for (const piece of ctx.measureText(token).width > width ? [...token] : [token]) {
      if (line !== '' && ctx.measureText(line + piece).width > width) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** One legend row: its mark, drawn in a box `width` wide and `height` tall at (x, y), and its label. */
interface Row {
  mark: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
  label: string;
  width?: number;
  height?: number;
}

function swatch(fill: string, opts: { stroke?: string; dashed?: boolean; alpha?: number } = {}) {
  return (ctx: CanvasRenderingContext2D, x: number, y: number) => {
    ctx.save();
    ctx.globalAlpha = opts.alpha ?? 1;
    if (fill !== 'none') {
      ctx.fillStyle = fill;
      ctx.fillRect(x + 1, y + 2, 16, 11);
    }
    ctx.globalAlpha = 1;
    if (opts.stroke) {
      ctx.strokeStyle = opts.stroke;
      ctx.lineWidth = 1.5;
      ctx.setLineDash(opts.dashed ? [...NO_DATA.dash] : []);
      ctx.strokeRect(x + 1, y + 2, 16, 11);
    }
    ctx.restore();
  };
}

/** A wider region's colour under the counties' white veil, as the map and Legend.svelte draw it. */
function veiled(colour: string) {
  return (ctx: CanvasRenderingContext2D, x: number, y: number) => {
    swatch(colour, { alpha: 0.85 })(ctx, x, y);
    swatch('#ffffff', { alpha: 0.55 })(ctx, x, y);
  };
}

function dot(colour: string, hollow: boolean, r = 5) {
  return (ctx: CanvasRenderingContext2D, x: number, y: number) => {
    ctx.beginPath();
    ctx.arc(x + 9, y + LINE / 2, r, 0, Math.PI * 2);
    if (hollow) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = 2;
      ctx.stroke();
    } else {
      ctx.fillStyle = colour;
      ctx.fill();
    }
  };
}

/** A legend block as a heading and rows, as Legend.svelte shows it. */
function blockRows(block: LegendBlock, lang: Lang): { title: string; rows: Row[] } {
  switch (block.kind) {
    case 'choropleth': {
      const rows: Row[] = block.classes.map((c) => ({ mark: swatch(c.colour), label: c.label }));
      if (block.target)
        rows.push({
          mark: swatch(block.target.colour, { stroke: '#333', dashed: true, alpha: 0.3 }),
          label: t(lang, 'targetLegend'),
        });
      if (block.inherited) {
        const from = block.inherited.from.join(lang === 'zh' ? '、' : ', ');
        rows.push({
          mark: veiled(block.inherited.colour),
          label: t(lang, 'inheritedLegend').replace('{regions}', from),
        });
      }
      rows.push({
        mark: swatch(NO_DATA.fill, { stroke: NO_DATA.outline, dashed: true }),
        label: t(lang, 'noData'),
      });
      return { title: block.title, rows };
    }
    case 'symbols': {
      // Circles sit on one baseline, as on screen, in a column as wide as the largest.
      const rows: Row[] = block.sizes.map((size) => ({
        mark: (ctx, x, y) => {
          const height = Math.max(LINE, size.radius * 2 + 3);
          ctx.beginPath();
          ctx.arc(x + block.box / 2, y + height - size.radius - 1, size.radius, 0, Math.PI * 2);
          ctx.globalAlpha = 0.7;
          ctx.fillStyle = block.colour;
          ctx.fill();
          ctx.globalAlpha = 1;
          ctx.strokeStyle = block.colour;
          ctx.lineWidth = 1;
          ctx.stroke();
        },
        label: size.label,
        width: block.box,
        height: Math.max(LINE, size.radius * 2 + 3),
      }));
      if (block.target)
        rows.push({ mark: dot(block.colour, true, 6), label: t(lang, 'targetLegend') });
      return { title: block.title, rows };
    }
    case 'milestones':
      return {
        title: t(lang, 'events'),
        rows: [
          { mark: dot(MILESTONE_COLOUR, false), label: t(lang, 'milestoneDone') },
          ...(block.upcoming
            ? [{ mark: dot(MILESTONE_COLOUR, true), label: t(lang, 'milestoneAhead') }]
            : []),
        ],
      };
    case 'measure':
      return {
        title: block.title,
        rows: [
          {
            mark: swatch('none', { stroke: block.colour }),
            label: `${t(lang, 'measureLegend')} (${block.regionCount})`,
          },
        ],
      };
    default:
      return block satisfies never;
  }
}

/** Lays the legend out from (x, y); draws it when `draw`. Returns its size. */
function legend(
  ctx: CanvasRenderingContext2D,
  blocks: readonly LegendBlock[],
  lang: Lang,
  at: { x: number; y: number; maxWidth: number },
  draw: boolean,
): { width: number; height: number } {
  let y = at.y;
  let width = 0;
  for (const block of blocks) {
    const { title, rows } = blockRows(block, lang);
    ctx.font = font(12, 600);
    ctx.fillStyle = INK;
    for (const line of wrap(ctx, title, at.maxWidth)) {
      if (draw) ctx.fillText(line, at.x, y + 11);
      width = Math.max(width, ctx.measureText(line).width);
      y += LINE;
    }
    ctx.font = font(11);
    const indent = Math.max(18, ...rows.map((r) => r.width ?? 18)) + 6;
    for (const row of rows) {
      const lines = wrap(ctx, row.label, at.maxWidth - indent);
      const height = Math.max(row.height ?? LINE, lines.length * 14);
      // The label's lines centred on the row, whose mark may be taller.
      const top = y + (height - lines.length * 14) / 2;
      if (draw) {
        row.mark(ctx, at.x, y);
        ctx.fillStyle = INK;
        lines.forEach((line, i) => ctx.fillText(line, at.x + indent, top + 11 + i * 14));
      }
      for (const line of lines) width = Math.max(width, indent + ctx.measureText(line).width);
      y += height + 2;
    }
    y += 4;
  }
  return { width, height: y - at.y };
}

/**
 * The picture, on a new canvas of `doc`: the map's size, or taller when the map is too short for
 * its legend between the bands over its edges (a comparison open under it shortens it). The
 * legend and the bottom band then go below the map, so nothing covers the title or the map.
 */
export function composePicture(input: PictureInput, doc: Document = document): HTMLCanvasElement {
  const { width, height } = input.size;
  const { text } = input;
  // Measured before the canvas is sized: sizing a canvas resets its drawing state.
  const measure = doc.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2D canvas');
  measure.font = font(12);
  const sub = wrap(measure, `${text.subtitle} · ${text.year}`, width - 2 * PAD);
  const top = PAD + 18 + sub.length * LINE + PAD / 2;
  measure.font = font(10);
  const foot = [
    ...wrap(measure, text.sources, width - 2 * PAD),
    ...wrap(measure, text.disclaimer, width - 2 * PAD),
  ];
  const bottom = foot.length * 13 + PAD;
  const maxWidth = Math.min(240, width / 3);
  const card =
    input.legend.length > 0
      ? legend(measure, input.legend, input.lang, { x: 0, y: 0, maxWidth }, false)
      : null;
  const cardHeight = card ? card.height + 2 * PAD : 0;
  const fits = !card || top + PAD + cardHeight + PAD + bottom <= height;
  const total = fits ? height : height + PAD + cardHeight + PAD + bottom;

  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(width * input.scale);
  canvas.height = Math.round(total * input.scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(input.map, 0, 0, canvas.width, Math.round(height * input.scale));
  ctx.scale(input.scale, input.scale);
  ctx.textBaseline = 'alphabetic';

  // Top band: the atlas, what the view shows, the year.
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, width, top);
  ctx.fillStyle = INK;
  ctx.font = font(16, 700);
  ctx.fillText(text.title, PAD, PAD + 14);
  ctx.font = font(12);
  ctx.fillStyle = MUTED;
  sub.forEach((line, i) => ctx.fillText(line, PAD, PAD + 18 + (i + 1) * LINE - 3));

  // Bottom band: the documents and the disclaimer.
  ctx.font = font(10);
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, total - bottom, width, bottom);
  ctx.fillStyle = MUTED;
  foot.forEach((line, i) => ctx.fillText(line, PAD, total - bottom + PAD / 2 + 10 + i * 13));

  // The legend, in a card above the bottom band at the left, as on screen; or under the map.
  if (card) {
    const box = { x: PAD, y: fits ? height - bottom - PAD - cardHeight : height + PAD };
    ctx.fillStyle = PAPER;
    ctx.fillRect(box.x, box.y, card.width + 2 * PAD, cardHeight);
    ctx.strokeStyle = '#e2dfd6';
    ctx.lineWidth = 1;
    ctx.strokeRect(box.x, box.y, card.width + 2 * PAD, cardHeight);
    ctx.fillStyle = INK;
    legend(ctx, input.legend, input.lang, { x: box.x + PAD, y: box.y + PAD, maxWidth }, true);
  }
  return canvas;
}
