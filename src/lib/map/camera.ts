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
