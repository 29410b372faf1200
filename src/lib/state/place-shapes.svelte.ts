/**
 * The shape of the place open in the panel (a region of the base the dataset lacks), for the map
 * to outline and frame: cut from the counties of its province, which are fetched the first time a
 * place of that province is opened (data/place-shape.ts, imported then too), so a view of one
 * place downloads its province, never all of China.
 */
import type { PlaceFeature } from '../data/place-shape';
import { provinceCountiesFile, provinceOf } from '../domain/geometry';
import type { Region, RegionCode } from '../domain/schema';

/** The open place's shape: being fetched, cut, not in the county file, or the fetch failed. */
export type PlaceShapeState =
  | { status: 'loading'; code: RegionCode }
  | { status: 'ready'; code: RegionCode; feature: PlaceFeature }
  | { status: 'unshaped'; code: RegionCode }
  | { status: 'failed'; code: RegionCode; message: string };

/** Cuts a region's shape out of the fetched county file; null when it has none. */
export type CutPlace = (region: Region, base: ReadonlyMap<string, Region>) => PlaceFeature | null;

/**
 * Fetches the counties of one province (`province`: its code, `530000`); what it gives is the
 * cutter for the places of that province, or why it failed.
 */
export type LoadPlaceShapes = (
  province: string,
) => Promise<{ ok: true; cut: CutPlace } | { ok: false; message: string }>;

/** The province's county file and data/place-shape.ts, both fetched on first use. */
export const loadPlaceShapes: LoadPlaceShapes = (province) =>
  import('../data/place-shape').then(async ({ loadCountyShapes, placeShape }) => {
    const r = await loadCountyShapes(fetch, provinceCountiesFile(province));
    return r.ok
      ? { ok: true, cut: (region, base) => placeShape(r.shapes, region, base) }
      : { ok: false, message: r.message };
  });

export class PlaceShapes {
  /** The shape of the place last shown; null when none is. */
  state = $state.raw<PlaceShapeState | null>(null);
  readonly #load: LoadPlaceShapes;
  /**
   * Each province's download, by province code; a failed one is forgotten. Not state: nothing
   * shown reads it (a plain record, where a Map would be taken for a reactive one).
   */
  readonly #loading: Partial<Record<string, ReturnType<LoadPlaceShapes>>> = {};

  constructor(load: LoadPlaceShapes) {
    this.#load = load;
  }

  /**
   * Cuts the shape of `open`'s region, under its parents in `base` (null: no place is open),
   * fetching its province's county file the first time; a failed fetch is tried again when a
   * place of that province is next shown.
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
    const province = provinceOf(code);
    const loading = (this.#loading[province] ??= this.#load(province));
    void loading.then((r) => {
      if (!r.ok) delete this.#loading[province];
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
