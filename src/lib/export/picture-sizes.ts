/**
 * The sizes a picture of the map is made in: the same whatever the window and the panels, so
 * a picture made on a phone and one made on a desktop match.
 */

/** A named size: the picture's CSS pixels, drawn at `scale` device pixels each. */
export interface PictureSize {
  /** Width and height in CSS pixels; the PNG is `scale` times this. */
  width: number;
  height: number;
  scale: number;
}

/** Landscape for articles and slides (the default), square for social media, narrow for phones. */
export const PICTURE_SIZES = {
  landscape: { width: 800, height: 500, scale: 2 },
  square: { width: 540, height: 540, scale: 2 },
  narrow: { width: 450, height: 800, scale: 2 },
} as const satisfies Record<string, PictureSize>;

/** A picture size's name. */
export type PictureSizeName = keyof typeof PICTURE_SIZES;

/** The names in the order the dialog offers them, the default first. */
export const PICTURE_SIZE_NAMES = Object.keys(PICTURE_SIZES) as PictureSizeName[];

/** The picture's size in its file's pixels: "1600 × 1000". */
export function pixelSize(size: PictureSize): string {
  return `${size.width * size.scale} × ${size.height * size.scale}`;
}

/**
 * The map on the printed A4 landscape sheet (ui/PrintSheet.svelte), in CSS pixels: about
 * 200 × 137 mm beside the legend, at twice the density for print.
 */
export const PRINT_MAP_SIZE: PictureSize = { width: 760, height: 520, scale: 2 };

/** The margin the sheet's map keeps around the view's regions, in CSS pixels on each edge. */
export const PRINT_MAP_PADDING = { top: 24, right: 24, bottom: 24, left: 24 } as const;
