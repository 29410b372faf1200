/**
 * How the reader handles the map and what stands on it: no rotation, tilt or world copies, the
 * zoom buttons (no compass) and the attribution line, whose height is reported as it wraps so
 * that what floats above it keeps clear.
 */
import {
  AttributionControl,
  NavigationControl,
  type Map as MapLibreMap,
  type MapOptions,
} from 'maplibre-gl';
import { ATTRIBUTION } from './map-words';
import { PHONE_QUERY } from './page-layout';

/** The map's constructor options that never change: `addControls` adds its own attribution. */
export const FIXED_OPTIONS = {
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  renderWorldCopies: false,
  fadeDuration: 0,
} as const satisfies Partial<MapOptions>;

/**
 * Turns off the rotation gestures left on, adds the controls to `map` in `container`, and reports the attribution's height in CSS pixels
 * to `onattribution`, now and at each change; returns the function that stops reporting.
 */
export function addControls(
  map: MapLibreMap,
  container: HTMLElement,
  onattribution?: (height: number) => void,
): () => void {
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(
    // On a phone, three lines of it would cover the regions: folded to its button there.
    new AttributionControl({
      compact: window.matchMedia(PHONE_QUERY).matches,
      customAttribution: Object.values(ATTRIBUTION),
    }),
    'bottom-right',
  );
  // MapLibre shows a folded attribution unfolded at first: it starts folded.
  container.querySelector('.maplibregl-compact')?.classList.remove('maplibregl-compact-show');
  const attribution = container.querySelector<HTMLElement>('.maplibregl-ctrl-bottom-right');
  const report = () => onattribution?.(attribution?.offsetHeight ?? 0);
  // Measured now as well, so what stands on it is first drawn in its place, not moved there.
  report();
  const size = new ResizeObserver(report);
  if (attribution) size.observe(attribution);
  return () => size.disconnect();
}
