import { describe, expect, it } from 'vitest';
import type { GeoLoadResult } from '../../../src/lib/data/load-geometry';
import type { CountyLineProps } from '../../../src/lib/domain/geometry';
import { CountiesLoader, type LoadCounties } from '../../../src/lib/state/counties-loader.svelte';

type Answer = GeoLoadResult<'counties', CountyLineProps>;
const READY: Answer = {
  ok: true,
  collections: { counties: { type: 'FeatureCollection', features: [] } },
};
const FAILED: Answer = { ok: false, message: 'geo/china-counties.json: HTTP 503' };

/** A download that waits to be answered, with the progress callback of each call. */
function pending() {
  const calls: { onProgress: Parameters<LoadCounties>[0]; answer: (a: Answer) => void }[] = [];
  const load: LoadCounties = (onProgress) =>
    new Promise((answer) => calls.push({ onProgress, answer }));
  return { calls, load };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

// `follow` runs inside an effect root: the view model's tests (tests/component/atlas-view.test.ts)
// turn the layer on and off around it.
describe('CountiesLoader', () => {
  it('is idle until asked, then loading from nothing received, with the progress reported', () => {
    const { calls, load } = pending();
    const loader = new CountiesLoader(load);
    expect(loader.state).toEqual({ status: 'idle' });
    loader.load();
    expect(loader.state).toEqual({ status: 'loading', progress: { received: 0, total: null } });
    calls[0]!.onProgress({ received: 500, total: 2000 });
    expect(loader.state).toEqual({ status: 'loading', progress: { received: 500, total: 2000 } });
  });

  it('downloads once however often it is asked, and holds the geometry once it is here', async () => {
    const { calls, load } = pending();
    const loader = new CountiesLoader(load);
    loader.load();
    loader.load();
    calls[0]!.answer(READY);
    await settled();
    expect(loader.state).toEqual({ status: 'ready', geometry: READY.ok && READY.collections });
    calls[0]!.onProgress({ received: 1, total: null });
    loader.load();
    loader.retry(true);
    expect(calls).toHaveLength(1);
    expect(loader.state.status).toBe('ready');
  });

  it('keeps a failure until a retry, which downloads again only if the layer is still on', async () => {
    const { calls, load } = pending();
    const loader = new CountiesLoader(load);
    loader.load();
    calls[0]!.answer(FAILED);
    await settled();
    expect(loader.state).toEqual({ status: 'failed', message: FAILED.ok || FAILED.message });
    loader.load();
    expect(calls).toHaveLength(1);
    loader.retry(false);
    expect(loader.state).toEqual({ status: 'idle' });
    expect(calls).toHaveLength(1);
    loader.load();
    calls[1]!.answer(FAILED);
    await settled();
    loader.retry(true);
    expect(loader.state.status).toBe('loading');
    expect(calls).toHaveLength(3);
  });
});
