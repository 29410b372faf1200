/**
 * The only code that touches `location` and `history`. At start it reads the link into the
 * view; afterwards it writes the view into the link: camera moves replace the current entry
 * (throttled, trailing), every other change pushes a new one so Back and Forward walk
 * through views; `popstate` restores the view of the entry. Parameters the atlas does not own
 * (`utm_source`, `from=singlemessage`, …) ride along unchanged in every entry it writes.
 * A region the dataset does not know, selected (`r`) or compared (`cmp`), is looked up once more
 * in all of China, which takes a download: the link is read again with all of China's names, the
 * regions found open, and only then is the link rewritten to their codes.
 */
import { untrack } from 'svelte';
import type { RegionCode } from '../domain/schema';
import { LINK_KEY_ENTRIES } from './link-keys';
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

/** The keys that name regions (the selected one, the compared ones), as the link table names them. */
const REGION_KEYS: ReadonlySet<string> = new Set(
  LINK_KEY_ENTRIES.filter(([, k]) => k.field === 'region' || k.field === 'compare').map(
    ([key]) => key,
  ),
);

/** A region the link names that the dataset does not know: all of China may. */
const unknownRegion = (d: Dropped): boolean => REGION_KEYS.has(d.key) && d.reason === 'unknown-id';

/**
 * Loads the lookup of all of China (its base and search tables are fetched first): then a code or
 * name, read as search reads it, gives the code of a region of China, or null when none has it.
 */
export type LoadChinaLookup = () => Promise<(raw: string) => RegionCode | null>;

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
  /** Counts the links read, so a late lookup applies only to the read that started it. */
  #reads = 0;

  constructor(win: UrlSyncWindow) {
    this.#win = win;
  }

  /**
   * Reads the link into `view` (its current state is taken as the defaults), then keeps the
   * link in step with it.
   */
  start(view: ViewState, ctx: UrlContext, lookup?: LoadChinaLookup): void {
    this.stop();
    const defaults = view.snapshot();
    this.#defaults = defaults;
    const read = () => {
      const search = this.#win.location.search;
      const { snapshot, dropped, foreign } = parseUrl(search, ctx, defaults);
      const reading = ++this.#reads;
      const unknown = lookup ? dropped.filter(unknownRegion) : [];
      // Reported only if all of China does not know them either.
      this.dropped = dropped.filter((d) => !unknown.includes(d));
      this.#foreign = foreign;
      this.#shown = snapshot;
      view.restore(snapshot);
      if (lookup && unknown.length > 0)
        this.#lookUpLater(view, lookup, unknown, { read: reading, search, ctx, snapshot });
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

  /**
   * Reads the link (`from`: which read, its text, its context, what it gave) again once all of
   * China's names are at hand: the regions `unknown` named that China has are selected or
   * compared in the link's order, and the entry is rewritten to their codes (replaced: the link
   * asked for them); those it lacks too are reported as dropped. A later read wins; a choice the
   * reader made meanwhile (the camera aside, which the map moves) is kept.
   */
  #lookUpLater(
    view: ViewState,
    lookup: LoadChinaLookup,
    unknown: readonly Dropped[],
    from: { read: number; search: string; ctx: UrlContext; snapshot: ViewSnapshot },
  ): void {
    const current = () => from.read === this.#reads;
    lookup().then(
      (inChina) => {
        const defaults = this.#defaults;
        if (!current() || defaults === null) return;
        const { ctx } = from;
        const wider = {
          ...ctx,
          knownRegion: (raw: string) => ctx.knownRegion(raw) ?? inChina(raw),
        };
        const again = parseUrl(from.search, wider, defaults);
        const now = { ...view.snapshot(), camera: from.snapshot.camera };
        if (this.#query(now) !== this.#query(from.snapshot)) {
          this.dropped = [...this.dropped, ...again.dropped.filter(unknownRegion)];
          return;
        }
        this.dropped = again.dropped;
        view.restore({ ...again.snapshot, camera: view.camera });
        this.#write('replace', view.snapshot());
      },
      () => {
        if (current()) this.dropped = [...this.dropped, ...unknown];
      },
    );
  }

  stop(): void {
    this.#reads += 1;
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
