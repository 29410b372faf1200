/**
 * The focus regions drawn as one SVG picture before MapLibre has started, placed exactly where
 * MapLibre will draw them: the same Web Mercator framing as `fitBounds` (512-pixel tiles, the
 * same padding and zoom cap), the same colours and line widths as the style. Pure, so the
 * framing is unit-tested against MapLibre's own numbers.
 */
import type { Geometry, Position } from 'geojson';
import type { Camera } from '../domain/camera';
import type { Bounds } from './bounds';
import { fitPadding, MAX_FIT_ZOOM, NO_INSET, type Inset } from './camera';
import { PALETTE } from './palette';

/** MapLibre's world width in pixels at zoom 0 (its tile size). */
const TILE = 512;

/** A point in MapLibre's world pixels at zoom 0: x east from the antimeridian, y south from the top. */
function world([lng = 0, lat = 0]: Position): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lng + 180) / 360) * TILE,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE,
  ];
}

/** The map box in CSS pixels, as MapLibre reads it (the container's client size). */
export interface Size {
  width: number;
  height: number;
}

/** A camera in world pixels: the centre at zoom 0 and the zoom. */
interface WorldCamera {
  x: number;
  y: number;
  zoom: number;
}

/**
 * MapLibre's `cameraForBounds` with no bearing, padded as MapView pads `fitBounds` (fitPadding,
 * per edge): the zoom that fits the padded box, capped, and the centre moved by half the
 * difference of opposite paddings at that zoom, as MapLibre's camera helper moves it.
 */
export function fitCamera(bounds: Bounds, size: Size, inset: Inset = NO_INSET): WorldCamera {
  const [x0, y0] = world(bounds[0]);
  const [x1, y1] = world(bounds[1]);
  const pad = fitPadding(size.width, size.height, inset);
  const scale = Math.min(
    (size.width - pad.left - pad.right) / Math.abs(x1 - x0),
    (size.height - pad.top - pad.bottom) / Math.abs(y1 - y0),
  );
  const zoom = Math.min(Math.log2(scale), MAX_FIT_ZOOM);
  const k = 2 ** zoom;
  return {
    x: (x0 + x1) / 2 - (pad.left - pad.right) / 2 / k,
    y: (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / k,
    zoom,
  };
}

/** A camera of the link (centre and zoom) in world pixels. */
function fromCamera(camera: Camera): WorldCamera {
  const [x, y] = world(camera.center);
  return { x, y, zoom: camera.zoom };
}

/** Where the picture is framed: the link's camera, or bounds fitted as MapView fits them. */
export type Framing = { camera: Camera } | { bounds: Bounds; inset: Inset };

/** The regions to draw, each as the GeoJSON geometries of one object of `geo/focus.json`. */
export interface FirstPaintRegions {
  county: readonly Geometry[];
  prefecture: readonly Geometry[];
  group: readonly Geometry[];
  province: readonly Geometry[];
}

/** The rings of a polygonal geometry (other kinds draw nothing). */
function rings(g: Geometry): Position[][] {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates;
    case 'MultiPolygon':
      return g.coordinates.flat();
    case 'GeometryCollection':
      return g.geometries.flatMap(rings);
    default:
      return [];
  }
}

/** Linear in zoom between two stops, held outside them: the style's `interpolate`. */
function interpolate(zoom: number, [z0, v0]: [number, number], [z1, v1]: [number, number]) {
  const t = Math.min(1, Math.max(0, (zoom - z0) / (z1 - z0)));
  return v0 + t * (v1 - v0);
}

/** `over` at `opacity` laid on `under` (both `#rrggbb`), as the browser composites them. */
function composite(over: string, opacity: number, under: string): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) =>
    Math.round(opacity * channel(over, i) + (1 - opacity) * channel(under, i)),
  );
  return '#' + mixed.map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** World pixels at zoom 0 to the picture's units: `x * k + dx`, `y * k + dy`. */
interface Placement {
  k: number;
  dx: number;
  dy: number;
}

/**
 * The SVG path data of `geometries`' rings placed by `to` (Web Mercator as `world`), in whole `step`s of a CSS pixel:
 * each point relative to the one before, a point in the same step as the one before left out,
 * and a ring wholly outside the `width` × `height` box (in steps, with a margin for strokes)
 * left out too. Pictures are drawn once per page on its busiest moment: the fewer points the
 * browser parses and rasterises, the sooner the regions are on screen.
 */
function pathData(
  geometries: readonly Geometry[],
  to: Placement,
  box: { width: number; height: number; margin: number },
): string {
  // Plain numbers and strings only: this runs once, cold, on tens of thousands of points.
  const parts: string[] = [];
  for (const g of geometries)
    for (const ring of rings(g)) {
      let d = '';
      let px = 0;
      let py = 0;
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const p of ring) {
        const lng = p[0] ?? 0;
        const lat = p[1] ?? 0;
        const sin = Math.sin((lat * Math.PI) / 180);
        const x = Math.round(((lng + 180) / 360) * TILE * to.k + to.dx);
        const y = Math.round(
          (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE * to.k + to.dy,
        );
        if (d === '') d = 'M' + x + ' ' + y;
        else if (x !== px || y !== py) d += 'l' + (x - px) + ' ' + (y - py);
        else continue;
        px = x;
        py = y;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      const outside =
        x1 < -box.margin ||
        y1 < -box.margin ||
        x0 > box.width + box.margin ||
        y0 > box.height + box.margin;
      if (d !== '' && !outside) parts.push(d + 'z');
    }
  return parts.join('');
}

/**
 * The SVG document of the regions framed in a box of `size` (CSS pixels) on a screen of
 * `pixelRatio` device pixels per CSS pixel: fills and outlines in the style's order (counties,
 * their white lines, prefecture, group and province outlines) with the colours and widths the
 * style gives a region neither hovered nor selected. Points are placed to half a device pixel.
 */
export function firstPaintSvg(
  regions: FirstPaintRegions,
  framing: Framing,
  size: Size,
  pixelRatio = 1,
): string {
  const cam =
    'camera' in framing
      ? fromCamera(framing.camera)
      : fitCamera(framing.bounds, size, framing.inset);
  /** CSS pixels per unit of the paths and of the view box. */
  const step = 0.5 / pixelRatio;
  const k = 2 ** cam.zoom / step;
  const dx = size.width / 2 / step - cam.x * k;
  const dy = size.height / 2 / step - cam.y * k;
  const box = { width: size.width / step, height: size.height / step, margin: 4 / step };
  const d = (geometries: readonly Geometry[]) => pathData(geometries, { k, dx, dy }, box);
  const counties = d(regions.county);
  const line = (path: string, colour: string, width: number) =>
    `<path d="${path}" fill="none" stroke="${colour}" stroke-width="${(width / step).toFixed(2)}" stroke-linejoin="round"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${box.width} ${box.height}">`,
    // The style lays the county fill at 85 % over China's land colour: one fill of the colour
    // that makes, so the browser parses and fills the counties once.
    `<path d="${counties}" fill="${composite(PALETTE.focus, 0.85, PALETTE.china)}" fill-rule="evenodd"/>`,
    line(counties, PALETTE.countyLine, interpolate(cam.zoom, [4, 0.4], [9, 1.5])),
    line(d(regions.prefecture), PALETTE.prefectureLine, 1),
    line(d(regions.group), PALETTE.groupLine, 1.4),
    line(d(regions.province), PALETTE.provinceLine, 1.6),
    '</svg>',
  ].join('');
}
