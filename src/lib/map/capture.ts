/**
 * Taking the map's pixels for a picture or a printed page. MapLibre draws with WebGL without
 * keeping its drawing buffer (keeping it costs every frame), so the buffer is read only right
 * after a synchronous redraw, in the same task, before the browser clears it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map's pixels and its size in CSS pixels. */
export interface MapPixels {
  image: HTMLCanvasElement;
  width: number;
  height: number;
}

/** What MapView offers the view model: the map's pixels now, or at a given density. */
export interface MapCapture {
  /** The map as drawn now, at the screen's density: for printing, which cannot wait. */
  now: () => MapPixels;
  /** The map redrawn at `scale` device pixels per CSS pixel, then back to the screen's density. */
  atScale: (scale: number) => Promise<MapPixels>;
}

/** Redraws the map and copies its canvas onto a 2D canvas of the same size. */
function copy(map: MapLibreMap): MapPixels {
  map.redraw();
  const source = map.getCanvas();
  const image = source.ownerDocument.createElement('canvas');
  image.width = source.width;
  image.height = source.height;
  image.getContext('2d')?.drawImage(source, 0, 0);
  return { image, width: source.clientWidth, height: source.clientHeight };
}

/**
 * The capture functions of one map. `setDensity` changes its device pixels per CSS pixel (null:
 * the screen's), as MapView does, which does not report the resize as a move of the map.
 */
export function mapCapture(
  map: MapLibreMap,
  setDensity: (ratio: number | null) => void,
): MapCapture {
  return {
    now: () => copy(map),
    atScale: async (scale) => {
      setDensity(scale);
      try {
        // Everything redrawn at the new size, labels placed again, before the copy.
        await map.once('idle');
        return copy(map);
      } finally {
        setDensity(null);
      }
    },
  };
}
