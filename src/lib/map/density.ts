/**
 * How many device pixels the map draws per CSS pixel, and why it starts low. MapLibre draws a
 * frame whenever a source's tiles arrive: about ten before the first idle with the atlas's
 * sources, and in software WebGL each full-size frame holds the main thread 60–250 ms (its
 * pixels are shaded and read back). While the first picture (first-paint-view.ts) covers the
 * map none of those frames is seen, so they are drawn at a sliver of the density, and the map
 * is drawn at the screen's density once, when its data is in place. The picture covers the
 * canvas rather than the canvas being hidden: Chrome does not run the drawing of a hidden (or
 * transparent) WebGL canvas, and the frame that shows it then pays for all of it (~600 ms).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Device pixels per CSS pixel of the draft under the picture: a 1280 × 800 map draws 80 × 50.
 * The tiles, labels and their placement do not depend on it (they are laid out in CSS pixels),
 * so the frame at full density shows exactly what it would have shown.
 */
export const DRAFT_PIXEL_RATIO = 1 / 16;

/**
 * Sets the map's density; null follows the screen's `devicePixelRatio` again (MapLibre reads it
 * at each resize, as after a browser zoom). MapLibre documents null but types a number.
 */
function setPixelRatio(map: MapLibreMap, ratio: number | null): void {
  (map.setPixelRatio as (this: MapLibreMap, ratio: number | null) => void).call(map, ratio);
}

/**
 * Sets one map's density, and says while it does: the change resizes the map, which MapLibre
 * reports as a move, and MapView must not report that as a camera the reader chose.
 */
export class MapDensity {
  readonly #map: MapLibreMap;
  #changing = false;

  constructor(map: MapLibreMap) {
    this.#map = map;
  }

  /** True only while `set` runs. */
  get changing(): boolean {
    return this.#changing;
  }

  /** Sets device pixels per CSS pixel; null follows the screen's again. */
  readonly set = (ratio: number | null): void => {
    this.#changing = true;
    try {
      setPixelRatio(this.#map, ratio);
    } finally {
      this.#changing = false;
    }
  };
}
