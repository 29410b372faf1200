/**
 * The map's pixels, taken through what MapView hands over once the map has loaded: the view
 * drawn at a fixed size for a picture or the printed page, and as drawn when printing begins
 * for a page printed without one, whose WebGL canvas prints blank.
 */
import type { FramedRequest, MapCapture, MapPixels } from '../map/capture';

/** Holds MapView's capture functions and the picture printed while printing lasts. */
export class PrintCapture {
  /** The map as it was drawn when printing began, printed in place of the canvas; null when not printing. */
  image = $state.raw<MapPixels | null>(null);
  #capture: MapCapture | null = null;

  /** MapView hands over how to take its pixels once the map has loaded (null when it goes). */
  set(capture: MapCapture | null): void {
    this.#capture = capture;
  }

  /** The view drawn at the request's size, framed on its regions; null before the map has loaded. */
  framed(request: FramedRequest): Promise<MapPixels | null> {
    return this.#capture ? this.#capture.framed(request) : Promise.resolve(null);
  }

  /**
   * Printing starts: the `prepared` picture of the view (the print button makes one first), or
   * else the map as drawn now, replaces the canvas (null before the map has loaded).
   */
  begin(prepared: MapPixels | null = null): void {
    this.image = prepared ?? this.#capture?.now() ?? null;
  }

  /** Printing ends: the live map is shown again. */
  end(): void {
    this.image = null;
  }
}
