/**
 * The map's pixels, taken through what MapView hands over once the map has loaded: the view
 * drawn at a fixed size for a picture, the map of the printed sheet, and the map as drawn for a
 * page printed before that map is made, since WebGL's canvas prints blank.
 *
 * The sheet's map is the same whether printing starts from the print button or from the
 * browser (Ctrl+P, its menu): the browser lays the page out right after `beforeprint`, with no
 * time to draw a map, so the sheet's map is made ahead, for the view as it stands (`sheet`).
 * Made ahead, it gives way to a picture the reader asks for: two maps drawn at once take twice
 * as long, and the reader is waiting for theirs.
 */
import { PRINT_MAP_PADDING, PRINT_MAP_SIZE } from '../export/picture-sizes';
import type { FramedRequest, MapCapture, MapPixels } from '../map/capture';
import { MARK } from '../map/debug';

/** The printed sheet's map: its size, density and margin (export/picture-sizes.ts). */
const SHEET_REQUEST: FramedRequest = {
  size: PRINT_MAP_SIZE,
  scale: PRINT_MAP_SIZE.scale,
  padding: PRINT_MAP_PADDING,
  named: 'drawn',
};

/**
 * What the sheet's map draws, as a value equal for equal views: a view derived again with the
 * same regions, layers, year, language and drawing is not drawn again. Maps (the regions'
 * feature states) are written as their entries.
 */
function frameKey(view: unknown): string {
  return JSON.stringify(view, (_key, value: unknown) =>
    value instanceof Map ? [...value.entries()] : value,
  );
}

/** The sheet's map of one printed frame: on its way, then made (null if it could not be). */
interface SheetMap {
  frame: string;
  pixels: Promise<MapPixels | null>;
  made: MapPixels | null;
  settled: boolean;
  abort: AbortController;
}

/** Holds MapView's capture functions, the sheet's map, and the picture printed while printing lasts. */
export class PrintCapture {
  /** The map printed in place of the canvas while printing lasts; null when not printing. */
  image = $state.raw<MapPixels | null>(null);
  #capture = $state.raw<MapCapture | null>(null);
  /** How many of the reader's pictures are being drawn. */
  #drawing = $state(0);
  #sheet: SheetMap | null = null;

  /** The map has loaded and draws none of the reader's pictures: time to make the sheet's map. */
  get ready(): boolean {
    return this.#capture !== null && this.#drawing === 0;
  }

  /** MapView hands over how to take its pixels once the map has loaded (null when it goes). */
  set(capture: MapCapture | null): void {
    this.#giveUpSheet();
    this.#capture = capture;
  }

  /**
   * The view drawn at the request's size, framed on its regions, for a picture the reader asked
   * for; null before the map has loaded. A sheet's map being made ahead is given up for it.
   */
  framed(request: FramedRequest): Promise<MapPixels | null> {
    const capture = this.#capture;
    if (!capture) return Promise.resolve(null);
    this.#giveUpSheet();
    this.#drawing++;
    return capture.framed(request).finally(() => this.#drawing--);
  }

  /**
   * The printed sheet's map of `view` (a plain value saying what the map draws: the plan but for
   * the hover), made once per distinct frame; null before the map has loaded, or if it could not
   * be drawn or was given up. It never rejects: it is also made unasked, with no one to tell.
   */
  sheet(view: unknown): Promise<MapPixels | null> {
    const frame = frameKey(view);
    const held = this.#sheet;
    if (held !== null && held.frame === frame) return held.pixels;
    this.#giveUpSheet();
    const capture = this.#capture;
    if (!capture) return Promise.resolve(null);
    const abort = new AbortController();
    const sheet: SheetMap = {
      frame,
      pixels: Promise.resolve(null),
      made: null,
      settled: false,
      abort,
    };
    sheet.pixels = capture.framed(SHEET_REQUEST, abort.signal).then(
      (pixels) => {
        sheet.made = pixels;
        sheet.settled = true;
        // For the browser tests: the sheet's map of the view is there to print.
        performance.mark(MARK.printMap);
        return pixels;
      },
      () => {
        sheet.settled = true;
        return null;
      },
    );
    this.#sheet = sheet;
    return sheet.pixels;
  }

  /** A sheet's map still being drawn is given up (and asked for again when `ready`). */
  #giveUpSheet(): void {
    const sheet = this.#sheet;
    if (sheet === null || sheet.settled) return;
    sheet.abort.abort();
    this.#sheet = null;
  }

  /**
   * Printing starts: the sheet's map of `view` if it is made, or else the map as drawn now,
   * replaces the canvas (null before the map has loaded).
   */
  begin(view: unknown): void {
    const sheet = this.#sheet;
    const made = sheet !== null && sheet.frame === frameKey(view) ? sheet.made : null;
    this.image = made ?? this.#capture?.now() ?? null;
  }

  /** Printing ends: the live map is shown again. */
  end(): void {
    this.image = null;
  }
}
