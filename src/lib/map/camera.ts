/** Pure camera helpers: reading a map's camera and deciding whether a requested one is new. */
import type { Camera } from '../domain/camera';

/** Closer than this (degrees, zoom levels) counts as the same camera: links round the camera. */
const EPSILON = { deg: 1e-3, zoom: 1e-2 } as const;

export function sameCamera(a: Camera, b: Camera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < EPSILON.deg &&
    Math.abs(a.center[1] - b.center[1]) < EPSILON.deg &&
    Math.abs(a.zoom - b.zoom) < EPSILON.zoom
  );
}

/** Pixels along each edge of the map that something floating over it covers (the legend card). */
export interface Inset {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The margin a framed region keeps from the map's edge, in pixels, beyond what covers it. */
const FIT_MARGIN = 60;
/** Not closer than a county and its neighbours: a region without its surroundings is hard to place. */
export const MAX_FIT_ZOOM = 8;
/**
 * What the open legend card covers of the map's left edge: its widest (`max-width: 16rem` in
 * ui/MapArea.svelte) plus its 0.5rem offset and a gap. Not measured: the first picture (drawn
 * before the legend exists), the map's first framing and every later one use the same inset,
 * so the map does not shift as it appears (a measured, narrower card re-framed it then, and
 * put a camera nobody had moved into the link).
 */
export const LEGEND_INSET_PX = 16.5 * 16 + 8;
export const NO_INSET: Inset = { top: 0, right: 0, bottom: 0, left: 0 };
/** The framed region keeps at least this much of the map's width and height, in pixels. */
const MIN_FRAME = 160;

/**
 * Padding for fitting a region into a `width` × `height` pixel map: the margin plus what floats
 * over each edge, so the legend never hides what the camera framed. Where the map is too small
 * for that, the covered edges give way first (a region under the legend beats a tiny region).
 */
export function fitPadding(width: number, height: number, inset: Inset): Inset {
  const side = (total: number, a: number, b: number): [number, number] => {
    const room = Math.max(0, total - MIN_FRAME - 2 * FIT_MARGIN);
    const scale = a + b > room ? room / (a + b) : 1;
    return [FIT_MARGIN + a * scale, FIT_MARGIN + b * scale];
  };
  const [left, right] = side(width, inset.left, inset.right);
  const [top, bottom] = side(height, inset.top, inset.bottom);
  return { top, right, bottom, left };
}
