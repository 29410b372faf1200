/**
 * The shape of the place open in the panel (a region of the base the dataset lacks), for the map
 * to outline and frame: cut from the all-China counties, which are fetched the first time a
 * place is opened (data/place-shape.ts, imported then too).
 */
import type { PlaceFeature } from '../data/place-shape';
import type { Region, RegionCode } from '../domain/schema';

/** The open place's shape: being fetched, cut, not in the county file, or the fetch failed. */
export type PlaceShapeState =
  | { status: 'loading'; code: RegionCode }
  | { status: 'ready'; code: RegionCode; feature: PlaceFeature }
  | { status: 'unshaped'; code: RegionCode }
  | { status: 'failed'; code: RegionCode; message: string };

/** Cuts a region's shape out of the fetched county file; null when it has none. */
export type CutPlace = (region: Region, base: ReadonlyMap<string, Region>) => PlaceFeature | null;

/** Fetches the county file once; what it gives is the cutter, or why it failed. */
export type LoadPlaceShapes = () => Promise<
  { ok: true; cut: CutPlace } | { ok: false; message: string }
>;

/** The county file and data/place-shape.ts, both fetched on first use. */
export const loadPlaceShapes: LoadPlaceShapes = () =>
  import('../data/place-shape').then(async ({ loadCountyShapes, placeShape }) => {
    const r = await loadCountyShapes();
    return r.ok
      ? { ok: true, cut: (region, base) => placeShape(r.shapes, region, base) }
      : { ok: false, message: r.message };
  });

export class PlaceShapes {
  /** The shape of the place last shown; null when none is. */
  state = $state.raw<PlaceShapeState | null>(null);
  readonly #load: LoadPlaceShapes;
  #loading: ReturnType<LoadPlaceShapes> | null = null;

  constructor(load: LoadPlaceShapes) {
    this.#load = load;
  }

  /**
   * Cuts the shape of `open`'s region, under its parents in `base` (null: no place is open),
   * fetching the county file the first time; a failed fetch is tried again when a place is next
   * shown.
   */
  show(open: { region: Region; base: ReadonlyMap<string, Region> } | null): void {
    if (!open) {
      this.state = null;
      return;
    }
    const { region, base } = open;
    const { code } = region;
    if (this.state?.code === code && this.state.status !== 'failed') return;
    this.state = { status: 'loading', code };
    const loading = (this.#loading ??= this.#load());
    void loading.then((r) => {
      if (!r.ok) this.#loading = null;
      // Another place (or none) was opened meanwhile: its own call decides.
      if (this.state?.code !== code) return;
      if (!r.ok) this.state = { status: 'failed', code, message: r.message };
      else {
        const feature = r.cut(region, base);
        this.state = feature ? { status: 'ready', code, feature } : { status: 'unshaped', code };
      }
    });
  }
}
