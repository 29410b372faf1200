/**
 * Pure geometry helpers for the map: where a region is drawn (source and bounds),
 * and label points for polygons that the geometry files do not label themselves.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { GeoFeatureProps } from '../domain/geometry';
import type { Region } from '../domain/schema';
import type { FocusCollections } from './collections';
import { boundsOf, type Bounds } from './bounds';
import { SOURCE, type RegionSourceId } from './ids';

/** Where a region is drawn: its source (for feature state) and its bounds (for fitting). */
export interface RegionPlace {
  source: RegionSourceId;
  bounds: Bounds;
}

/**
 * Indexes every focus polygon by code. A code appears in one source only; were the geometry
 * to repeat it, the finer level wins because selection is shown on what the pointer picks.
 */
export function indexRegions(focus: FocusCollections): ReadonlyMap<string, RegionPlace> {
  const out = new Map<string, RegionPlace>();
  const order = [
    [SOURCE.group, focus.group],
    [SOURCE.province, focus.province],
    [SOURCE.prefecture, focus.prefecture],
    [SOURCE.county, focus.county],
  ] as const;
  for (const [source, fc] of order) {
    for (const f of fc.features) {
      const bounds = boundsOf([f]);
      if (bounds) out.set(f.properties.code, { source, bounds });
    }
  }
  return out;
}

/**
 * Whether the map draws a region: the country as the whole basemap, any other region by a shape
 * of its own (focus.json's or extra.json's). One without (a unit the county file lacks) cannot
 * be framed, and its panel says so.
 */
export function regionDrawn(
  focus: FocusCollections,
): (region: { code: string; level: Region['level'] }) => boolean {
  const shaped = new Set(
    [focus.county, focus.prefecture, focus.province, focus.group].flatMap((fc) =>
      fc.features.map((f) => f.properties.code),
    ),
  );
  return (region) => region.level === 'country' || shaped.has(region.code);
}

/** Twice the signed area and the area-weighted centroid of a ring (shoelace formula). */
function ringCentroid(ring: Position[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0
    ? { area: 0, x: ring[0]?.[0] ?? 0, y: ring[0]?.[1] ?? 0 }
    : { area: a, x: cx / (3 * a), y: cy / (3 * a) };
}

/**
 * One label point per polygon feature: the centroid of its largest outer ring. Tiled GeoJSON
 * would otherwise label a polygon once per tile it crosses.
 */
export function labelPoints(
  fc: FeatureCollection<Geometry, GeoFeatureProps>,
): FeatureCollection<Geometry, GeoFeatureProps & { rank: number }> {
  const features: Feature<Geometry, GeoFeatureProps & { rank: number }>[] = [];
  for (const f of fc.features) {
    const polys =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [];
    let best: { area: number; x: number; y: number } | null = null;
    for (const [outer] of polys) {
      if (!outer) continue;
      const c = ringCentroid(outer);
      if (!best || Math.abs(c.area) > Math.abs(best.area)) best = c;
    }
    if (!best) continue;
    // Larger polygons get a lower rank so their labels win collisions (symbol-sort-key).
    features.push({
      type: 'Feature',
      properties: { ...f.properties, rank: -Math.abs(best.area) },
      geometry: { type: 'Point', coordinates: [best.x, best.y] },
    });
  }
  return { type: 'FeatureCollection', features };
}
