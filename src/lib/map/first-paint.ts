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
 * MapLibre's `cameraForBounds` with no bearing, padded as the map pads `fitBounds` (fitPadding
 * per edge, camera-follow.ts#fitOptions): the zoom that fits the padded box, capped, and the centre moved by half the
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
  return { x, y, zoom: Math.min(camera.zoom, MAP_MAX_ZOOM) };
}

/**
 * MapLibre's default `maxZoom`, which MapView keeps: a link may ask for more (up to 24), and the
 * map shows this instead, so the picture does too.
 */
const MAP_MAX_ZOOM = 22;

/** Where the picture is framed: the link's camera, or bounds fitted as the map fits them. */
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

/** A rectangle in the picture's units: the box and its margin for strokes. */
interface Clip {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * One ring (flat x, y pairs) clipped to `clip` (Sutherland–Hodgman, one edge at a time). Inside
 * the rectangle an even-odd fill of the clipped rings is the fill of the whole rings; the edges
 * the clip adds run along its margin, outside the picture.
 */
function clipRing(ring: number[], clip: Clip): number[] {
  const edges: [axis: 0 | 1, bound: number, keepAbove: boolean][] = [
    [0, clip.x0, true],
    [0, clip.x1, false],
    [1, clip.y0, true],
    [1, clip.y1, false],
  ];
  let points = ring;
  for (const [axis, bound, keepAbove] of edges) {
    const inside = (i: number) => (points[i + axis] ?? 0) >= bound === keepAbove;
    const out: number[] = [];
    for (let i = 0; i < points.length; i += 2) {
      const j = (i + points.length - 2) % points.length;
      if (inside(i) !== inside(j)) {
        const [xi = 0, yi = 0, xj = 0, yj = 0] = [
          points[i],
          points[i + 1],
          points[j],
          points[j + 1],
        ];
        const t = (bound - (axis === 0 ? xj : yj)) / (axis === 0 ? xi - xj : yi - yj);
        out.push(xj + t * (xi - xj), yj + t * (yi - yj));
      }
      if (inside(i)) out.push(points[i] ?? 0, points[i + 1] ?? 0);
    }
    points = out;
    if (points.length === 0) break;
  }
  return points;
}

/**
 * The SVG path data of `geometries`' rings placed by `to` (Web Mercator as `world`) and clipped
 * to `clip`, in whole units (`step`s of a CSS pixel): each point relative to the one before, a
 * point in the same unit as the one before left out. Pictures are drawn once per page on its
 * busiest moment: the fewer points the browser parses and rasterises, the sooner the regions
 * are on screen. Clipped, so every coordinate stays small: browsers add relative points up in
 * 32-bit floats, which drift once coordinates pass 2^24 (a link's camera zoomed in far).
 */
function pathData(geometries: readonly Geometry[], to: Placement, clip: Clip): string {
  // Plain numbers and strings only: this runs once, cold, on tens of thousands of points.
  const parts: string[] = [];
  for (const g of geometries)
    for (const ring of rings(g)) {
      let placed: number[] = [];
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const p of ring) {
        const lng = p[0] ?? 0;
        const lat = p[1] ?? 0;
        const sin = Math.sin((lat * Math.PI) / 180);
        const x = ((lng + 180) / 360) * TILE * to.k + to.dx;
        const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE * to.k + to.dy;
        placed.push(x, y);
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      if (x1 < clip.x0 || y1 < clip.y0 || x0 > clip.x1 || y0 > clip.y1) continue;
      if (x0 < clip.x0 || y0 < clip.y0 || x1 > clip.x1 || y1 > clip.y1)
        placed = clipRing(placed, clip);
      let d = '';
      let px = 0;
      let py = 0;
      for (let i = 0; i < placed.length; i += 2) {
        const x = Math.round(placed[i] ?? 0);
        const y = Math.round(placed[i + 1] ?? 0);
        if (d === '') d = 'M' + x + ' ' + y;
        else if (x !== px || y !== py) d += 'l' + (x - px) + ' ' + (y - py);
        else continue;
        px = x;
        py = y;
      }
      if (d !== '') parts.push(d + 'z');
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
  const [width, height] = [size.width / step, size.height / step];
  // Four pixels round the box: wider than any outline's half, so a clipped edge is never seen.
  const margin = 4 / step;
  const clip = { x0: -margin, y0: -margin, x1: width + margin, y1: height + margin };
  const d = (geometries: readonly Geometry[]) => pathData(geometries, { k, dx, dy }, clip);
  const counties = d(regions.county);
  const line = (path: string, colour: string, width: number) =>
    `<path d="${path}" fill="none" stroke="${colour}" stroke-width="${(width / step).toFixed(2)}" stroke-linejoin="round"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${width} ${height}">`,
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
