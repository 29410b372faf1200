/**
 * The all-China counties' download, started the first time their layer is turned on: its
 * progress while it runs, a failure (kept until a retry) and the geometry once it is here.
 */
import { untrack } from 'svelte';
import type { Progress } from '../data/fetch-json';
import type { CountiesGeometry } from '../data/load-app-data';
import type { GeoLoadResult } from '../data/load-geometry';
import type { CountyLineProps } from '../domain/geometry';

/** The all-China counties, fetched the first time their layer is turned on. */
export type CountiesState =
  | { status: 'idle' }
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; geometry: CountiesGeometry }
  | { status: 'failed'; message: string };

/** Fetches the counties, reporting the bytes as they arrive (data/load-app-data.ts#loadCounties). */
export type LoadCounties = (
  onProgress: (progress: Progress) => void,
) => Promise<GeoLoadResult<keyof CountiesGeometry, CountyLineProps>>;

/** One download of the counties at a time, and none again once it succeeded. */
export class CountiesLoader {
  state = $state.raw<CountiesState>({ status: 'idle' });
  readonly #fetch: LoadCounties;

  constructor(fetch: LoadCounties) {
    this.#fetch = fetch;
  }

  /** Inside an effect root: loads the counties once `wanted()` (their layer is on) first holds. */
  follow(wanted: () => boolean): void {
    $effect(() => {
      // untrack: loading writes `state`, which this effect must not then re-run on.
      if (wanted()) untrack(() => this.load());
    });
  }

  /** Fetches the counties once, with its progress; a failure stays until `retry`. */
  load(): void {
    if (this.state.status !== 'idle') return;
    this.state = { status: 'loading', progress: { received: 0, total: null } };
    this.#fetch((progress) => {
      if (this.state.status === 'loading') this.state = { status: 'loading', progress };
    }).then((r) => {
      this.state = r.ok
        ? { status: 'ready', geometry: r.collections }
        : { status: 'failed', message: r.message };
    });
  }

  /** Forgets a failed download and, when `wanted` (their layer is still on), fetches again. */
  retry(wanted: boolean): void {
    if (this.state.status !== 'failed') return;
    this.state = { status: 'idle' };
    if (wanted) this.load();
  }
}
