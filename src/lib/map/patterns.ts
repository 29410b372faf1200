/**
 * The fill patterns the style names. MapLibre reads a pattern from an image added to the map
 * (the style has no sprite), so each map that draws the style — the one on the screen and the
 * ones a picture is drawn with (capture.ts) — is given them when its style has loaded. The
 * pixels are pure and tested; `addPatterns` is the one MapLibre call.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { HATCH_INK } from '../scales/color';

/** The image id of the hatching over values short of the standard (indicator-layers.ts). */
export const HATCH_IMAGE = 'verdict-hatch';

/** An RGBA image as MapLibre's `addImage` takes it: `width × height` pixels, 4 bytes each. */
export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Device pixels per CSS pixel of the pattern's tile: sharp on a dense screen, the same spacing on any. */
export const HATCH_PIXEL_RATIO = 2;

/**
 * A tile of diagonal lines (rising to the right) in `ink` ("#rrggbb"), `size` device pixels
 * square, `width` device pixels thick, transparent between; it repeats without a seam.
 */
export function hatchTile(size = 16, width = 3, ink: string = HATCH_INK): PatternImage {
  const rgb = [1, 3, 5].map((i) => parseInt(ink.slice(i, i + 2), 16));
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      // Lines where x + y is a multiple of `size`: each wraps onto the next tile's.
      if ((x + y) % size >= width) continue;
      data.set([...rgb, 200], (y * size + x) * 4);
    }
  return { width: size, height: size, data };
}

/** Gives `map` every pattern the style names, unless it has it already. */
export function addPatterns(map: Pick<MapLibreMap, 'addImage' | 'hasImage'>): void {
  if (!map.hasImage(HATCH_IMAGE))
    map.addImage(HATCH_IMAGE, hatchTile(), { pixelRatio: HATCH_PIXEL_RATIO });
}
