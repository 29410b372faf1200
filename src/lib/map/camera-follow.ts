/**
 * The map's camera: how it is first framed (the link's camera, or the selection, or the focus
 * regions), and how it then follows the view: a new selection or comparison is framed, a
 * camera from the link or history is jumped to, and a cleared one frames as a fresh load would.
 */
import { LngLat, type Map as MapLibreMap, type MapOptions } from 'maplibre-gl';
import type { Camera } from '../domain/camera';
import type { RegionCode } from '../domain/schema';
import { unionOf, type Bounds } from './bounds';
import { fitPadding, MAX_FIT_ZOOM, sameCamera, type Inset } from './camera';
import type { RegionPlace } from './features';
import type { Framing } from './first-paint';

/** Where each focus region is drawn, by code (features.ts#indexRegions). */
type Places = ReadonlyMap<string, RegionPlace>;

/** Where the open place (a region without figures) lies, once its shape has arrived. */
export interface PlaceBox {
  code: RegionCode;
  bounds: Bounds;
}

/** How the camera frames a region: padding in CSS pixels per edge, and the closest zoom. */
export interface FitOptions {
  padding: Inset;
  maxZoom: number;
}

/** The fit in a map box of `width` × `height` CSS pixels, clear of what floats over it (`inset`). */
export function fitOptions(width: number, height: number, inset: Inset): FitOptions {
  return { padding: fitPadding(width, height, inset), maxZoom: MAX_FIT_ZOOM };
}

/**
 * What a fresh load frames without a camera: the selected region where it is drawn, or else
 * `focus` (the bounds of the focus counties); null when there is neither.
 */
export function homeBounds(
  selected: RegionCode | null,
  places: Places,
  focus: Bounds | null,
): Bounds | null {
  return (selected && places.get(selected)?.bounds) || focus;
}

/** How the map is first framed: the link's camera, or else `fit` clear of `inset`; null for neither. */
export function initialFraming(
  camera: Camera | null,
  fit: Bounds | null,
  inset: Inset,
): Framing | null {
  return camera ? { camera } : fit && { bounds: fit, inset };
}

/** The map constructor's camera options for `framing`; `fit` gives the fit's options now. */
export function cameraOptions(
  framing: Framing | null,
  fit: () => FitOptions,
): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
  if (!framing) return {};
  return 'camera' in framing
    ? { center: framing.camera.center, zoom: framing.camera.zoom }
    : { bounds: framing.bounds, fitBoundsOptions: fit() };
}

/** The box holding every compared region drawn in the focus layers; null when none is. */
export function comparedBounds(compared: readonly RegionCode[], places: Places): Bounds | null {
  return unionOf(
    compared.map((c) => places.get(c)?.bounds).filter((b): b is Bounds => b !== undefined),
  );
}

/** The MapLibre calls camera following makes. */
type FollowedMap = Pick<
  MapLibreMap,
  'cameraForBounds' | 'fitBounds' | 'getCenter' | 'getZoom' | 'jumpTo' | 'loaded' | 'resize'
>;

/** The camera `map` shows now, as the view state holds one. */
export function currentCamera(map: Pick<MapLibreMap, 'getCenter' | 'getZoom'>): Camera {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

/**
 * What camera following reads of the view, each only when it needs it, so that a Svelte effect
 * calling it depends on no more than the original reads.
 */
export interface FollowInputs {
  places: () => Places;
  /** The bounds of the focus counties, framed when nothing is selected. */
  focus: () => Bounds | null;
  /** How a fit frames now (the map box's size, what floats over it). */
  fit: () => FitOptions;
}

/**
 * The camera following the view once the map has loaded. It remembers what it last framed, so
 * that only a new selection or comparison moves the camera, never a repeat of the same one.
 */
export class CameraFollow {
  readonly #inputs: FollowInputs;
  /** The region the camera last framed. */
  #framed: RegionCode | null = null;
  /** The selection has no bounds yet (a place whose shape is on its way): framed when it has. */
  #waiting = false;
  /** The comparison the camera last framed, codes joined by commas ('' for none). */
  #framedComparison = '';
  /** Set at the first `camera` call: before it the constructor's framing stands. */
  #followed = false;

  constructor(inputs: FollowInputs) {
    this.#inputs = inputs;
  }

  /** At load: the map's constructor has framed `selected` already. */
  loaded(selected: RegionCode | null): void {
    this.#framed = selected;
  }

  /**
   * Frames `selected` when it is newly selected, where the focus layers draw it or else where
   * `place` lies; a cleared selection leaves the camera. A selection with nowhere to frame yet is
   * framed when called again with its place.
   */
  selection(map: FollowedMap, selected: RegionCode | null, place: PlaceBox | null = null): void {
    if (selected === this.#framed && !this.#waiting) return;
    this.#framed = selected;
    const bounds =
      selected &&
      (this.#inputs.places().get(selected)?.bounds ??
        (place?.code === selected ? place.bounds : null));
    this.#waiting = selected !== null && !bounds;
    if (!bounds) return;
    // The selection may have opened a panel beside the map in this same update: measure the
    // container now, before the resize observer would, so the fit uses the new size.
    map.resize();
    map.fitBounds(bounds, this.#inputs.fit());
  }

  /**
   * Frames the compared regions when the comparison changes and holds two or more: the comparison
   * panel opening under the map shortens it, so they are framed in what is left. Not at load: the
   * link's camera stands.
   */
  comparison(map: FollowedMap, compared: readonly RegionCode[]): void {
    const key = compared.join(',');
    if (key === this.#framedComparison) return;
    const first = this.#framedComparison === '' && !map.loaded();
    this.#framedComparison = key;
    const fit = comparedBounds(compared, this.#inputs.places());
    if (first || compared.length < 2 || !fit) return;
    map.resize();
    map.fitBounds(fit, this.#inputs.fit());
  }

  /**
   * Shows `camera` (the view's), unless the map shows it already. With none after load (Back to
   * a view from before the map moved) it frames `selected()` or the focus regions, as a fresh
   * load would.
   */
  camera(map: FollowedMap, camera: Camera | null, selected: () => RegionCode | null): void {
    const first = !this.#followed;
    this.#followed = true;
    if (camera) {
      if (!sameCamera(camera, currentCamera(map)))
        map.jumpTo({ center: camera.center, zoom: camera.zoom });
      return;
    }
    // At load the constructor's framing stands, and a reader may be dragging the map already.
    if (first) return;
    const fit = homeBounds(selected(), this.#inputs.places(), this.#inputs.focus());
    const target = fit && map.cameraForBounds(fit, this.#inputs.fit());
    if (!target?.center || target.zoom === undefined) return;
    const to: Camera = { center: LngLat.convert(target.center).toArray(), zoom: target.zoom };
    if (!sameCamera(to, currentCamera(map))) map.jumpTo(to);
  }
}
