/**
 * The first view's hand-over from the first picture (first-paint-view.ts) to the map: the picture
 * moves into the map's box, MapLibre draws in draft under it (density.ts), once at full density
 * at the draft's first idle, and at that idle the map is shown in the picture's place and
 * `regions-visible` and `map-idle` are marked. Input that moves the map shows it at once.
 */
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import { MARK, markFirstIdle } from './debug';
import { DRAFT_PIXEL_RATIO, type MapDensity } from './density';
import type { Framing } from './first-paint';
import { markRegionsVisible, type FirstPaint } from './first-paint-view';

/** Input that starts a gesture on the map: a reader who moves it sees the map, not the picture. */
const MOVING_INPUT = ['pointerdown', 'touchstart', 'wheel', 'keydown'] as const;

/** The map calls the hand-over follows. */
type ShownMap = Pick<MapLibreMap, 'on' | 'off' | 'once'>;

export class HandOver {
  /**
   * Where the map is in its first drawing: in draft under the picture, once at full density,
   * then shown in place of the picture. Without a picture it starts at full.
   */
  #stage: 'draft' | 'full' | 'shown';
  readonly #picture: FirstPaint | null;
  /** Aborted once the map is shown: the input listeners then go. */
  readonly #input = new AbortController();

  /**
   * Before MapLibre touches `container`: moves `picture` into it, framed as the map is about to
   * be (`framing`); with no framing the map draws the regions itself, and the picture goes.
   */
  constructor(container: HTMLElement, picture: FirstPaint | null, framing: Framing | null) {
    this.#picture = picture;
    const covered = framing ? (picture?.handOver(container, framing) ?? false) : false;
    if (!framing) picture?.remove();
    this.#stage = covered ? 'draft' : 'full';
  }

  /** The map's options for its start: the draft's density while a picture covers it. */
  get mapOptions(): Pick<MapOptions, 'pixelRatio'> {
    return this.#stage === 'draft' ? { pixelRatio: DRAFT_PIXEL_RATIO } : {};
  }

  /**
   * Follows `map`, drawn in `container` at `density`, until it is shown, then calls `onShown`
   * (from then on the map as shown is what a picture or a page may take, never the draft).
   */
  follow(
    map: ShownMap,
    container: HTMLElement,
    density: Pick<MapDensity, 'set'>,
    onShown: () => void,
  ): void {
    const toFullDensity = () => {
      this.#stage = 'full';
      density.set(null);
    };
    const show = () => {
      if (this.#stage === 'draft') toFullDensity();
      this.#stage = 'shown';
      this.#input.abort();
      this.#picture?.remove();
      onShown();
    };
    // The draft's first idle has every source and label in place: one frame at full density
    // draws them for the reader, and at its idle the picture has nothing left to show.
    const onIdle = () => {
      if (this.#stage === 'draft') return toFullDensity();
      if (this.#stage !== 'shown') show();
      markRegionsVisible();
      markFirstIdle(MARK.mapIdle);
      map.off('idle', onIdle);
    };
    map.on('idle', onIdle);
    // A reader who moves the map before it is shown sees it move, not the picture standing
    // still. Caught before MapLibre's own handlers: the density change resizes the map, and a
    // resize stops any gesture already under way.
    if (this.#stage === 'draft')
      for (const type of MOVING_INPUT)
        container.addEventListener(type, show, {
          capture: true,
          passive: true,
          signal: this.#input.signal,
        });
  }

  /** Calls `done` at the map's next idle as shown, never at an idle of its draft. */
  atShownIdle(map: ShownMap, done: () => void): void {
    const wait = () => {
      if (this.#stage === 'shown') done();
      else map.once('idle', wait);
    };
    map.once('idle', wait);
  }

  /** Takes the picture away if it is still there: the map is going. */
  dispose(): void {
    this.#picture?.remove();
  }
}
