/**
 * The pointer on the map: which region is under it (the topmost of the pick layers), reported
 * as hover when it changes, as a position while it moves, and as a selection when clicked.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { RegionCodeSchema, type RegionCode } from '../domain/schema';
import { PICK_LAYERS } from './ids';

/** Where the pointer's events go (MapView's props of the same names). */
export interface PointerEvents {
  onselect: (code: RegionCode | null) => void;
  onhover: (code: RegionCode | null) => void;
  /** Where the pointer is over a region, in pixels of the map's box; null when it leaves. */
  onpointer: (at: { x: number; y: number } | null) => void;
}

/** A feature's `code` property as a region code, or null when it is not one. */
const toCode = (raw: unknown): RegionCode | null => {
  const parsed = RegionCodeSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** Reports the pointer's regions on `map` to `events` for as long as the map lives. */
export function followPointer(map: MapLibreMap, events: PointerEvents): void {
  let pointed: RegionCode | null = null;
  const point = (code: RegionCode | null) => {
    if (code === pointed) return;
    pointed = code;
    map.getCanvas().style.cursor = code ? 'pointer' : '';
    events.onhover(code);
  };
  /** The region under a point of the map: the topmost of the pick layers' features there. */
  const regionAt = (at: PointLike) =>
    toCode(map.queryRenderedFeatures(at, { layers: [...PICK_LAYERS] })[0]?.properties?.code);
  map.on('mousemove', (e) => {
    const code = regionAt(e.point);
    point(code);
    events.onpointer(code ? { x: e.point.x, y: e.point.y } : null);
  });
  map.on('mouseout', () => {
    point(null);
    events.onpointer(null);
  });
  map.on('click', (e) => events.onselect(regionAt(e.point)));
}
