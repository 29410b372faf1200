/**
 * What a picture of the map is drawn with: rectangles, circles and lines of text in the
 * picture's CSS pixels, which picture-canvas.ts and picture-svg.ts render alike; and how text
 * is measured and wrapped to a width.
 */

/** The width in CSS pixels of `text` set at `px` pixels and `weight`. */
export type Measure = (text: string, px: number, weight: number) => number;

/** A rectangle, a circle or a line of text, in the picture's CSS pixels. */
export type Shape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      /** null: not filled. */
      fill: string | null;
      /** The fill's opacity; the stroke is opaque. */
      alpha?: number;
      stroke?: string;
      lineWidth?: number;
      dash?: readonly number[];
    }
  | {
      kind: 'circle';
      cx: number;
      cy: number;
      r: number;
      fill: string | null;
      alpha?: number;
      stroke?: string;
      lineWidth?: number;
    }
  /**
   * Diagonal lines rising to the right across a box, `ink` on transparent: the hatching the map
   * lays over a value short of the standard (map/patterns.ts), so colour is never the only cue.
   */
  | { kind: 'hatch'; x: number; y: number; width: number; height: number; ink: string }
  /**
   * A line of text from (x, y) on its baseline, or centred on x; with a halo, ringed in that
   * colour, as the map rings its labels.
   */
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      px: number;
      weight: number;
      fill: string;
      centred?: boolean;
      halo?: string;
    };

/** Every font of the picture: the page's. */
export const FONT_FAMILY =
  "system-ui, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
/** Text and marks. */
export const INK = '#1d232a';
/** The hatching's spacing along each edge and its lines' width, in CSS pixels, as the page's legend draws it. */
export const HATCH = { step: 6, width: 1.5 } as const;
/** The width in CSS pixels of the ring round a label's letters, as the map's halo (1.4 px each side). */
export const HALO_WIDTH = 3;
/** The height of a line of 12-pixel text, and of a legend row. */
export const LINE = 15;

/**
 * Marks a line never starts with, in Chinese and in English: closing brackets and quotes, and
 * the stops and commas that end a phrase (the rule of 避头尾; GB/T 15834's line-breaking note).
 */
const NO_LINE_START = /^[)\]}）】》〉」』”’。，、；：！？.,;:!?%]/u;

/**
 * `text` broken into lines no wider than `width`: at spaces where there are any, else anywhere
 * (Chinese has no spaces between words), but never before a closing bracket or a stop: the
 * character before it goes down with it.
 */
export function wrap(measure: (s: string) => number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.split(/(?<=[\s；;，,、])/u)) {
    for (const piece of measure(token) > width ? [...token] : [token]) {
      if (line !== '' && measure(line + piece) > width) {
        const chars = [...line.trimEnd()];
        let next = piece;
        while (NO_LINE_START.test(next) && chars.length > 1) next = chars.pop()! + next;
        lines.push(chars.join('').trimEnd());
        line = next.trimStart();
      } else line += piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}
