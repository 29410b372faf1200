/**
 * The only code that touches `location` and `history`. At start it reads the link into the
 * view; afterwards it writes the view into the link: camera moves replace the current entry
 * (throttled, trailing), every other change pushes a new one so Back and Forward walk
 * through views; `popstate` restores the view of the entry. Parameters the atlas does not own
 * (`utm_source`, `from=singlemessage`, …) ride along unchanged in every entry it writes.
 */
import { untrack } from 'svelte';
import type { ViewState } from './view-state.svelte';
import type { ViewSnapshot } from './types';
import { parseUrl, serialiseUrl, type Dropped, type UrlContext } from './url';

/** The parts of `window` this module uses, so tests can pass a fake. */
export interface UrlSyncWindow {
  readonly location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>;
  readonly history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** At most one camera write per this many milliseconds: browsers throttle history calls too. */
export const CAMERA_WRITE_INTERVAL_MS = 500;
/** Year changes closer together than this (play steps every 1 s) are one run, one history entry. */
export const YEAR_RUN_MS = 1500;

export class UrlSync {
  /** What the last link read (at start or on Back/Forward) asked for and did not get. */
  dropped = $state<Dropped[]>([]);

  #win: UrlSyncWindow;
  #stopEffect: (() => void) | null = null;
  #timer: number | null = null;
  /** Set while a run of year changes is going on: they replace the entry the run pushed. */
  #yearRun: number | null = null;
  #defaults: ViewSnapshot | null = null;
  /** The pairs of the last link read that the atlas does not own, written back as they came. */
  #foreign: readonly string[] = [];
  /** The snapshot the current history entry shows. */
  #shown: ViewSnapshot | null = null;
  /** The latest camera-only change, written when the throttle timer fires. */
  #pendingCamera: ViewSnapshot | null = null;
  #onPop = () => {};

  constructor(win: UrlSyncWindow) {
    this.#win = win;
  }

  /**
   * Reads the link into `view` (its current state is taken as the defaults), then keeps the
   * link in step with it.
   */
  start(view: ViewState, ctx: UrlContext): void {
    this.stop();
    const defaults = view.snapshot();
    this.#defaults = defaults;
    const read = () => {
      const { snapshot, dropped, foreign } = parseUrl(this.#win.location.search, ctx, defaults);
      this.dropped = dropped;
      this.#foreign = foreign;
      this.#shown = snapshot;
      view.restore(snapshot);
    };
    read();
    // Rewrite the link in its canonical form: what was dropped is gone from the address bar,
    // what belongs to others stays.
    this.#write('replace', view.snapshot());
    this.#onPop = () => {
      this.#cancelTimer();
      read();
    };
    this.#win.addEventListener('popstate', this.#onPop);
    this.#stopEffect = $effect.root(() => {
      $effect(() => {
        const s = view.snapshot();
        untrack(() => this.#changed(s));
      });
    });
  }

  stop(): void {
    this.#stopEffect?.();
    this.#stopEffect = null;
    this.#cancelTimer();
    if (this.#yearRun !== null) this.#win.clearTimeout(this.#yearRun);
    this.#yearRun = null;
    this.#win.removeEventListener('popstate', this.#onPop);
  }

  /**
   * A link to share: pinned, so later changes to the defaults don't change what it shows, and
   * clean: the tracking parameters the page was opened with are not passed on.
   */
  shareUrl(s: ViewSnapshot, latestYear: number | null): string {
    const query =
      this.#defaults === null ? '' : serialiseUrl(s, this.#defaults, { pin: true, latestYear });
    return `${this.#win.location.origin}${this.#win.location.pathname}${query}`;
  }

  #query(s: ViewSnapshot): string {
    return this.#defaults === null
      ? ''
      : serialiseUrl(s, this.#defaults, { pin: false, foreign: this.#foreign });
  }

  #changed(s: ViewSnapshot): void {
    const shown = this.#shown;
    if (shown === null) return;
    if (this.#query(s) === this.#query(shown)) {
      this.#cancelTimer(); // back where the entry already is: a pending camera write is stale
      return;
    }
    if (this.#query({ ...s, camera: shown.camera }) === this.#query(shown)) {
      this.#pendingCamera = s;
      this.#timer ??= this.#win.setTimeout(() => {
        this.#timer = null;
        if (this.#pendingCamera) this.#write('replace', this.#pendingCamera);
      }, CAMERA_WRITE_INTERVAL_MS);
      return;
    }
    // A discrete change: its entry carries the latest camera too.
    this.#cancelTimer();
    const yearOnly =
      this.#query({ ...s, year: shown.year, camera: shown.camera }) === this.#query(shown);
    // Years stepped in a run (play, a drag, held arrow keys) share one entry: Back leaves the run.
    this.#write(yearOnly && this.#yearRun !== null ? 'replace' : 'push', s);
    if (this.#yearRun !== null) this.#win.clearTimeout(this.#yearRun);
    this.#yearRun = yearOnly
      ? this.#win.setTimeout(() => (this.#yearRun = null), YEAR_RUN_MS)
      : null;
  }

  #cancelTimer(): void {
    if (this.#timer !== null) this.#win.clearTimeout(this.#timer);
    this.#timer = null;
    this.#pendingCamera = null;
  }

  #write(how: 'push' | 'replace', s: ViewSnapshot): void {
    const { pathname, hash } = this.#win.location;
    const url = `${pathname}${this.#query(s)}${hash}`;
    if (how === 'push') this.#win.history.pushState(null, '', url);
    else this.#win.history.replaceState(null, '', url);
    this.#shown = s;
    this.#pendingCamera = null;
  }
}
