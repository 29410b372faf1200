/**
 * The planned picture (picture.ts) as an SVG document, for designers who set it in their own
 * layout: the map as an embedded raster image, and the title, legend, sources and disclaimer as
 * SVG text and shapes they can edit.
 */
import type { PicturePlan } from './picture';
import { FONT_FAMILY, HALO_WIDTH, HATCH, type Shape } from './picture-shapes';

/** Text and attribute values escaped for XML. */
const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The fill and stroke attributes of a rectangle or a circle. */
function paint(s: Extract<Shape, { kind: 'rect' | 'circle' }>): string {
  const fill = s.fill === null ? 'fill="none"' : `fill="${esc(s.fill)}"`;
  const alpha = s.fill !== null && s.alpha !== undefined ? ` fill-opacity="${s.alpha}"` : '';
  const stroke = s.stroke ? ` stroke="${esc(s.stroke)}" stroke-width="${s.lineWidth ?? 1}"` : '';
  const dash = s.kind === 'rect' && s.dash ? ` stroke-dasharray="${s.dash.join(' ')}"` : '';
  return `${fill}${alpha}${stroke}${dash}`;
}

/** The <pattern> id of the hatching in `ink`: one per ink the picture uses. */
const hatchId = (inks: readonly string[], ink: string) => `hatch-${inks.indexOf(ink)}`;

/** A hatching as a pattern of one diagonal and its corners, so tiles join without a seam. */
function hatchPattern(id: string, ink: string): string {
  const n = HATCH.step;
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${n}" height="${n}"><path d="M0 ${n} L${n} 0 M-1 1 L1 -1 M${n - 1} ${n + 1} L${n + 1} ${n - 1}" stroke="${esc(ink)}" stroke-width="${HATCH.width}"/></pattern>`;
}

function element(s: Shape, inks: readonly string[]): string {
  switch (s.kind) {
    case 'rect':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" ${paint(s)}/>`;
    case 'circle':
      return `<circle cx="${num(s.cx)}" cy="${num(s.cy)}" r="${num(s.r)}" ${paint(s)}/>`;
    case 'hatch':
      return `<rect x="${num(s.x)}" y="${num(s.y)}" width="${num(s.width)}" height="${num(s.height)}" fill="url(#${hatchId(inks, s.ink)})"/>`;
    case 'text': {
      const anchor = s.centred ? ' text-anchor="middle"' : '';
      const halo = s.halo
        ? ` stroke="${esc(s.halo)}" stroke-width="${HALO_WIDTH}" stroke-linejoin="round" paint-order="stroke"`
        : '';
      return `<text x="${num(s.x)}" y="${num(s.y)}" font-size="${s.px}" font-weight="${s.weight}" fill="${esc(s.fill)}"${anchor}${halo}>${esc(s.text)}</text>`;
    }
    default:
      return s satisfies never;
  }
}

/**
 * The SVG document: `mapHref` (a data: URL of the map's PNG) under the shapes, in a view box of
 * the picture's CSS pixels and `scale` times as many pixels wide and high, as the PNG.
 */
export function pictureSvg(
  plan: PicturePlan,
  mapHref: string,
  scale: number,
  lang: string,
): string {
  const { width, height } = plan;
  const inks = [...new Set(plan.shapes.flatMap((s) => (s.kind === 'hatch' ? [s.ink] : [])))];
  const defs = inks.map((ink) => hatchPattern(hatchId(inks, ink), ink));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${esc(lang)}" width="${width * scale}" height="${height * scale}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_FAMILY)}">`,
    ...(defs.length > 0 ? [`<defs>${defs.join('')}</defs>`] : []),
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<image href="${esc(mapHref)}" x="0" y="0" width="${width}" height="${height}" preserveAspectRatio="none"/>`,
    ...plan.shapes.map((s) => element(s, inks)),
    '</svg>',
  ].join('\n');
}
