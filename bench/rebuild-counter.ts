/**
 * Counts, in the app's page, what would mean a source was rebuilt: `sourcedata` metadata events
 * and `setData` calls. Installed once per page; the timed steps read `window.__rebuilds` after.
 */
import type { Page } from 'playwright-core';

export interface RebuildCounts {
  /** `sourcedata` events with sourceDataType 'metadata': a source (re)loaded its data. */
  metadataEvents: number;
  setDataCalls: number;
}

declare global {
  interface Window {
    __rebuilds?: RebuildCounts;
  }
}

/** Runs in the page. */
function countRebuilds(): void {
  const map = window.__atlasDebug?.map;
  if (!map) throw new Error('window.__atlasDebug.map is missing');
  const counts: RebuildCounts = { metadataEvents: 0, setDataCalls: 0 };
  window.__rebuilds = counts;
  map.on('sourcedata', (e) => {
    if (e.sourceDataType === 'metadata') counts.metadataEvents++;
  });
  for (const id of Object.keys(map.getStyle().sources)) {
    const source = map.getSource(id) as unknown as { setData?: (...args: unknown[]) => unknown };
    const setData = source.setData?.bind(source);
    if (setData)
      source.setData = (...args: unknown[]) => {
        counts.setDataCalls++;
        return setData(...args);
      };
  }
}

/** Prepares the page for functions serialised from here, and starts counting. */
export async function installRebuildCounter(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps functions in `__name(...)`; the page
  // needs that helper to run a function serialised from here.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(countRebuilds);
}
