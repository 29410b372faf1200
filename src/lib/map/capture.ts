/**
 * Taking the map's pixels for a picture or a printed page. MapLibre draws with WebGL without
 * keeping its drawing buffer (keeping it costs every frame), so the live map's buffer is read
 * only right after a synchronous redraw, in the same task, before the browser clears it. A
 * picture of a fixed size is drawn by a map of its own, off the screen: the same whatever the
 * window and the panels, and the map the reader sees does not move.
 */
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import type { Bounds } from './bounds';
import { MAX_FIT_ZOOM, type Inset } from './camera';
import { PICTURE_LABELS } from './ids';
import { labelProperty } from './paint';
import { addPatterns } from './patterns';
import { PICTURE_LABEL_PX, pictureLabelStyle, type PictureLabel } from './picture-labels';

/** The map's pixels and its size in CSS pixels. */
export interface MapPixels {
  image: HTMLCanvasElement;
  width: number;
  height: number;
  /** The view's named regions' labels, for the picture to set as text (none on the map as drawn). */
  labels: readonly PictureLabel[];
}

/** A picture of the view's regions: its size in CSS pixels, its density, what it keeps clear. */
export interface FramedRequest {
  size: { width: number; height: number };
  /** Device pixels per CSS pixel. */
  scale: number;
  /** Pixels along each edge the regions are framed clear of (the picture's texts and legend). */
  padding: Inset;
  /**
   * The view's named regions' labels, never dropped: drawn by the map (the printed sheet), or
   * placed but left for the picture to set as text (the PNG and the SVG), in `MapPixels.labels`.
   */
  named: 'drawn' | 'text';
}

/** What MapView offers the view model: the map's pixels now, or a picture of the view. */
export interface MapCapture {
  /** The map as drawn now, at the screen's density: for printing, which cannot wait. */
  now: () => MapPixels;
  /**
   * The view drawn by a map of its own at the request's size, framed on the view's regions;
   * rejects, the map removed, once `signal` aborts.
   */
  framed: (request: FramedRequest, signal?: AbortSignal) => Promise<MapPixels>;
}

/** What a picture draws of the view, read from MapView when a picture is made. */
export interface CaptureView {
  /** The view's regions (compared, else selected, else the focus regions); null for none. */
  bounds: () => Bounds | null;
  /** Sets the view's feature states on a map built from the live map's style. */
  paint: (map: MapLibreMap) => void;
  /** The regions the view names (compared, else selected; none for none), and the labels' language. */
  named: () => { codes: readonly string[]; lang: Lang };
}

/** Redraws the map and copies its canvas onto a 2D canvas of the same size. */
function copy(map: MapLibreMap, labels: readonly PictureLabel[] = []): MapPixels {
  map.redraw();
  const source = map.getCanvas();
  const image = source.ownerDocument.createElement('canvas');
  image.width = source.width;
  image.height = source.height;
  image.getContext('2d')?.drawImage(source, 0, 0);
  return { image, width: source.clientWidth, height: source.clientHeight, labels };
}

/** The named regions' labels as MapLibre placed them on `map`, once each, in the picture's pixels. */
function placedLabels(map: MapLibreMap, lang: Lang): PictureLabel[] {
  if (!map.getLayer(PICTURE_LABELS)) return [];
  const placed = new Map<unknown, PictureLabel>();
  for (const f of map.queryRenderedFeatures({ layers: [PICTURE_LABELS] })) {
    const text: unknown = f.properties[labelProperty(lang)];
    if (f.geometry.type !== 'Point' || typeof text !== 'string') continue;
    const [lng = 0, lat = 0] = f.geometry.coordinates;
    const { x, y } = map.project([lng, lat]);
    placed.set(f.properties.code, { text, x, y, px: PICTURE_LABEL_PX });
  }
  return [...placed.values()];
}

/** `promise`, or a rejection as soon as `signal` aborts (at once if it has). */
function until<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new Error('the picture was given up'));
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject);
  });
}

/** The view drawn on a map of its own in a box off the screen, then the map and box removed. */
async function framed(
  live: MapLibreMap,
  view: CaptureView,
  { size, scale, padding, named: labels }: FramedRequest,
  signal?: AbortSignal,
): Promise<MapPixels> {
  const doc = live.getContainer().ownerDocument;
  const box = doc.createElement('div');
  // Off the screen, not hidden: Chrome skips drawing a hidden WebGL canvas.
  box.style.cssText = `position:fixed;top:0;left:${-size.width - 100}px;width:${size.width}px;height:${size.height}px`;
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  doc.body.append(box);
  const bounds = view.bounds();
  const named = view.named();
  const map = new MapLibreMap({
    container: box,
    style: pictureLabelStyle(live.getStyle() as StyleSpecification, named.codes, labels),
    pixelRatio: scale,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    renderWorldCopies: false,
    ...(bounds
      ? { bounds, fitBoundsOptions: { padding, maxZoom: MAX_FIT_ZOOM } }
      : { center: live.getCenter(), zoom: live.getZoom() }),
  });
  try {
    await until(map.once('style.load'), signal);
    // The live map's style names its patterns but does not carry their images.
    addPatterns(map);
    view.paint(map);
    // Every source tiled, labels placed, before the copy.
    await until(map.once('idle'), signal);
    return copy(map, labels === 'text' ? placedLabels(map, named.lang) : []);
  } finally {
    map.remove();
    box.remove();
  }
}

/** The capture functions of one map and the view it shows. */
export function mapCapture(map: MapLibreMap, view: CaptureView): MapCapture {
  return {
    now: () => copy(map),
    framed: (request, signal) => framed(map, view, request, signal),
  };
}
