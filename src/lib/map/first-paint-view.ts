/**
 * Shows the first-paint picture (first-paint.ts) as an image until MapLibre has drawn the map:
 * first where the page's layout will put the map, then, once the app has laid the page out,
 * inside the map's own box and framed as the map is, and removed when the map is drawn at full
 * density (hand-over.ts: its draft under the picture, then one full frame).
 * An image, not inline SVG, so browsers count it as the page's largest contentful paint.
 */
import { firstPaintSvg, type FirstPaintRegions, type Framing, type Size } from './first-paint';
import { desktopColumns, PAGE, PHONE_QUERY } from './page-layout';
import { PALETTE } from './palette';

/** The user-timing mark of the first frame that shows the focus regions, whoever drew them. */
export const REGIONS_VISIBLE = 'regions-visible';

/**
 * Marks REGIONS_VISIBLE once, at `paintedAt` (ms since navigation, when the browser reports the
 * paint) or now; the map calls it too, for links the picture cannot frame.
 */
export function markRegionsVisible(paintedAt?: number): void {
  if (performance.getEntriesByName(REGIONS_VISIBLE).length > 0) return;
  performance.mark(REGIONS_VISIBLE, paintedAt === undefined ? undefined : { startTime: paintedAt });
}

/**
 * Where the atlas layout (ui/AtlasLayout.svelte) puts the map before any of it exists, from the
 * page's sizes (page-layout.ts): between the header and the timeline, right of the side column
 * and left of the region's column when one is open, on a desktop; the top 60 % under the header
 * on a phone, where panels go below the map. A guess off by a few pixels only moves the picture
 * when the page appears; `handOver` then draws it again for the real box.
 */
function expectedBox(regionOpen: boolean): Size & { left: number; top: number } {
  const w = window.innerWidth;
  const h = window.innerHeight;
  if (window.matchMedia(PHONE_QUERY).matches) {
    const share = regionOpen ? PAGE.phoneMapShareWithPanel : PAGE.phoneMapShare;
    return { left: 0, top: 170, width: w, height: Math.round(h * share) };
  }
  const columns = desktopColumns(w, regionOpen);
  return {
    left: Math.round(columns.aside),
    top: PAGE.headerHeight,
    width: Math.round(columns.map),
    height: Math.max(0, h - PAGE.headerHeight - PAGE.timelineHeight),
  };
}

const sizeOf = (box: HTMLElement): Size => ({ width: box.clientWidth, height: box.clientHeight });

/** A key for what a picture shows: equal keys draw equal pictures. */
const drawnFor = (framing: Framing, size: Size): string =>
  JSON.stringify([framing, size.width, size.height]);

/** The Element Timing name of the picture (the `elementtiming` attribute). */
const ELEMENT_TIMING = 'first-paint';

/**
 * Resolves once `img` is on screen, with the time it was painted (ms since navigation) when the
 * browser reports it (Element Timing); where it cannot, after the next frame, with no time; at
 * the latest after a second (a hidden tab paints nothing). Only then does main.ts request the
 * app and its data, so the picture's paint comes before every other request: a frame callback
 * alone runs before the frame is presented, and Lighthouse counts requests started before the
 * largest paint as holding it up.
 */
function presented(img: HTMLImageElement): Promise<number | undefined> {
  img.setAttribute('elementtiming', ELEMENT_TIMING);
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 1000);
    const done = (paintedAt?: number) => {
      clearTimeout(fallback);
      resolve(paintedAt);
    };
    if (!PerformanceObserver.supportedEntryTypes.includes('element')) {
      requestAnimationFrame(() => setTimeout(done, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      const entry = list
        .getEntries()
        .find((e) => 'identifier' in e && e.identifier === ELEMENT_TIMING);
      if (!entry) return;
      observer.disconnect();
      // 0 where the browser may not say when (a cross-origin image): then now.
      const at = 'renderTime' in entry ? Number(entry.renderTime) : 0;
      done(at > 0 ? at : undefined);
    });
    observer.observe({ type: 'element', buffered: true });
  });
}

export class FirstPaint {
  readonly #regions: FirstPaintRegions;
  /** The pictures in the page, oldest first, with their object URLs; the last is the current. */
  #shown: { img: HTMLImageElement; url: string }[] = [];
  #removed = false;
  /** What the current picture was drawn for (framing and size), so an equal hand-over keeps it. */
  #drawnFor = '';

  private constructor(regions: FirstPaintRegions) {
    this.#regions = regions;
  }

  /** Draws the regions over the page where the map will be; resolves once it is on screen. */
  static async show(
    regions: FirstPaintRegions,
    framing: Framing,
    regionOpen: boolean,
  ): Promise<FirstPaint> {
    const paint = new FirstPaint(regions);
    const box = expectedBox(regionOpen);
    const img = paint.#image(framing, box);
    // Decoded before it is shown, so the picture is never seen half drawn.
    await img.decode().catch(() => undefined);
    Object.assign(img.style, { position: 'fixed', left: `${box.left}px`, top: `${box.top}px` });
    document.body.append(img);
    markRegionsVisible(await presented(img));
    return paint;
  }

  /** A new image of the regions framed in a box of `size`, now the current picture. */
  #image(framing: Framing, size: Size): HTMLImageElement {
    const svg = firstPaintSvg(this.#regions, framing, size, window.devicePixelRatio || 1);
    this.#drawnFor = drawnFor(framing, { width: size.width, height: size.height });
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const img = new Image(size.width, size.height);
    // The map canvas carries the map's name; the picture is only its stand-in.
    img.alt = '';
    img.setAttribute('aria-hidden', 'true');
    img.className = 'first-paint';
    Object.assign(img.style, { pointerEvents: 'none', userSelect: 'none', zIndex: '1' });
    img.src = url;
    this.#shown.push({ img, url });
    return img;
  }

  /**
   * Moves the picture into the map's container, above its canvas and under its controls,
   * framed as the map is about to frame itself, on the map's water colour: from this call on
   * it hides the whole canvas, which MapLibre draws in draft beneath it (density.ts). False
   * when there is no picture left to hand over (it was removed).
   */
  handOver(container: HTMLElement, framing: Framing): boolean {
    if (this.#removed) return false;
    const current = this.#shown.at(-1);
    const size = sizeOf(container);
    // Where the layout was guessed right (the usual case) the picture only changes parent:
    // drawing it again would cost the page's busiest moment tens of milliseconds for nothing.
    const fits = current && this.#drawnFor === drawnFor(framing, size);
    const img = fits ? current.img : this.#image(framing, size);
    // The whole box, whatever its size becomes: MapLibre keeps the centre when the box is
    // resized, and the picture, drawn at its own size, stays centred with it.
    Object.assign(img.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      objectFit: 'none',
      objectPosition: 'center',
      background: PALETTE.water,
    });
    container.insertBefore(img, container.querySelector('.maplibregl-control-container'));
    if (fits) return true;
    // A new picture covers the canvas at once with its colour; the old one stays over it until
    // the new one is decoded, so the regions never blink.
    void img
      .decode()
      .catch(() => undefined)
      .then(() => {
        if (!this.#removed) this.#drop(this.#shown.slice(0, -1));
      });
    return true;
  }

  /** Takes the picture away: the map now shows the same regions in the same place. */
  remove(): void {
    this.#removed = true;
    this.#drop(this.#shown);
  }

  #drop(pictures: readonly { img: HTMLImageElement; url: string }[]): void {
    for (const { img, url } of pictures) {
      img.remove();
      URL.revokeObjectURL(url);
    }
    this.#shown = this.#shown.filter((p) => !pictures.includes(p));
  }
}
