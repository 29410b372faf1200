/**
 * The map's pixels, taken through what MapView hands over once the map has loaded: redrawn at a
 * density for the downloaded picture, and as drawn when printing begins for the printed page,
 * whose WebGL canvas prints blank.
 */
import type { MapCapture, MapPixels } from '../map/capture';

/** Holds MapView's capture functions and the picture printed while printing lasts. */
export class PrintCapture {
  /** The map as it was drawn when printing began, printed in place of the canvas; null when not printing. */
  image = $state.raw<MapPixels | null>(null);
  #capture: MapCapture | null = null;

  /** MapView hands over how to take its pixels once the map has loaded (null when it goes). */
  set(capture: MapCapture | null): void {
    this.#capture = capture;
  }

  /** The map's pixels at `scale` device pixels per CSS pixel; null before the map has loaded. */
  atScale(scale: number): Promise<MapPixels | null> {
    return this.#capture ? this.#capture.atScale(scale) : Promise.resolve(null);
  }

  /** Printing starts: the map as drawn now replaces the canvas (null before the map has loaded). */
  begin(): void {
    this.image = this.#capture?.now() ?? null;
  }

  /** Printing ends: the live map is shown again. */
  end(): void {
    this.image = null;
  }
}
