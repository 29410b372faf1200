/**
 * The two globals the map sets for tooling: the browser tests read the map through
 * `__atlasDebug`, and render.mjs reads `__mapIdleMs` when it waits for the first idle map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    __atlasDebug?: { map: MapLibreMap };
    __mapIdleMs?: number;
  }
}

/**
 * User-timing marks: the first idle map as shown (after its draft, at the screen's density),
 * the first such idle with the all-China counties, and each printed sheet's map once made
 * (state/print-capture.svelte.ts).
 */
export const MARK = {
  mapIdle: 'map-idle',
  countiesIdle: 'counties-idle',
  printMap: 'print-map',
} as const;

/** Marks the first moment a map of the page is idle with its data drawn; later calls do nothing. */
export function markFirstIdle(name: typeof MARK.mapIdle | typeof MARK.countiesIdle): void {
  if (performance.getEntriesByName(name).length > 0) return;
  performance.mark(name);
  if (name === MARK.mapIdle) window.__mapIdleMs = performance.now();
}

export function exposeForTests(map: MapLibreMap): void {
  window.__atlasDebug = { map };
}
