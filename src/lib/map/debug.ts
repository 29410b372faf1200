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

const IDLE_MARK = 'map-idle';

/** Marks the first moment any map of the page is idle with its data drawn; later calls do nothing. */
export function markFirstIdle(): void {
  if (performance.getEntriesByName(IDLE_MARK).length > 0) return;
  performance.mark(IDLE_MARK);
  window.__mapIdleMs = performance.now();
}

export function exposeForTests(map: MapLibreMap): void {
  window.__atlasDebug = { map };
}
