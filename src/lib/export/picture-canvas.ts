/**
 * The planned picture (picture.ts) drawn on a 2D canvas for the PNG: the map's pixels, then the
 * shapes over them, at `scale` device pixels per CSS pixel. Also measures text for the plan.
 */
import type { PicturePlan } from './picture';
import { FONT_FAMILY, HALO_WIDTH, HATCH, type Measure, type Shape } from './picture-shapes';

const font = (px: number, weight: number) => `${weight} ${px}px ${FONT_FAMILY}`;

/** Measures text as the canvas draws it, on a canvas of `doc`. */
export function canvasMeasure(doc: Document = document): Measure {
  const ctx = doc.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  return (text, px, weight) => {
    ctx.font = font(px, weight);
    return ctx.measureText(text).width;
  };
}

function draw(ctx: CanvasRenderingContext2D, s: Shape): void {
  ctx.save();
  switch (s.kind) {
    case 'rect':
      if (s.fill !== null) {
        ctx.globalAlpha = s.alpha ?? 1;
        ctx.fillStyle = s.fill;
        ctx.fillRect(s.x, s.y, s.width, s.height);
        ctx.globalAlpha = 1;
      }
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.lineWidth ?? 1;
        ctx.setLineDash(s.dash ? [...s.dash] : []);
        ctx.strokeRect(s.x, s.y, s.width, s.height);
      }
      break;
    case 'circle':
      ctx.beginPath();
      ctx.arc(s.cx, s.cy, s.r, 0, Math.PI * 2);
      if (s.fill !== null) {
        ctx.globalAlpha = s.alpha ?? 1;
        ctx.fillStyle = s.fill;
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      if (s.stroke) {
        ctx.strokeStyle = s.stroke;
        ctx.lineWidth = s.lineWidth ?? 1;
        ctx.stroke();
      }
      break;
    case 'hatch':
      ctx.beginPath();
      ctx.rect(s.x, s.y, s.width, s.height);
      ctx.clip();
      ctx.beginPath();
      // Diagonals rising to the right, from below the box's left edge to past its right.
      for (let k = -s.height; k < s.width; k += HATCH.step) {
        ctx.moveTo(s.x + k, s.y + s.height);
        ctx.lineTo(s.x + k + s.height, s.y);
      }
      ctx.strokeStyle = s.ink;
      ctx.lineWidth = HATCH.width;
      ctx.stroke();
      break;
    case 'text':
      ctx.font = font(s.px, s.weight);
      ctx.textBaseline = 'alphabetic';
      ctx.textAlign = s.centred ? 'center' : 'start';
      if (s.halo) {
        ctx.strokeStyle = s.halo;
        ctx.lineWidth = HALO_WIDTH;
        ctx.lineJoin = 'round';
        ctx.strokeText(s.text, s.x, s.y);
      }
      ctx.fillStyle = s.fill;
      ctx.fillText(s.text, s.x, s.y);
      break;
    default:
      s satisfies never;
  }
  ctx.restore();
}

/** The picture on a new canvas of `doc`, `scale` times its CSS size, over the map's pixels. */
export function pictureCanvas(
  plan: PicturePlan,
  map: CanvasImageSource,
  scale: number,
  doc: Document = document,
): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(plan.width * scale);
  canvas.height = Math.round(plan.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(map, 0, 0, canvas.width, canvas.height);
  ctx.scale(scale, scale);
  for (const shape of plan.shapes) draw(ctx, shape);
  return canvas;
}
