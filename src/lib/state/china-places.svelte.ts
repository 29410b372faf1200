/**
 * China beyond the dataset's regions: the region base, fetched the first time search is used or a
 * link names a region the dataset lacks; such a region found by code or name as search finds it;
 * and the shape of the place open in the panel, for the map (place-shapes.svelte.ts).
 */
import { untrack } from 'svelte';
import type { RegionBaseResult } from '../data/region-base';
import { byCode, parentsOf } from '../data/region-parents';
import type { Region, RegionCode } from '../domain/schema';
import { loadNormalisers } from '../search/normalise';
import { buildSearchIndex, exactRegion, type SearchIndex } from '../search/search';
import {
  loadPlaceShapes,
  PlaceShapes,
  type LoadPlaceShapes,
  type PlaceShapeState,
} from './place-shapes.svelte';
import type { LoadChinaLookup } from './url-sync.svelte';

/** What it fetches with: the defaults fetch the files; tests pass fakes. */
export interface ChinaPlacesDeps {
  loadRegionBase?: () => Promise<RegionBaseResult>;
  loadPlaceShapes?: LoadPlaceShapes;
}

/** A region of the base the dataset lacks, chosen in search or a link: no figures yet, only where it is. */
export interface Place {
  region: Region;
  /** Nearest first, up to the province. */
  parents: readonly Region[];
}

export class ChinaPlaces {
  /** Every region of China by code, once the base has arrived; null until then. */
  base = $state.raw<ReadonlyMap<string, Region> | null>(null);
  /** The dataset's regions, which win over the base's entries for their codes. */
  readonly #regions: readonly Region[];
  readonly #loadRegionBase: () => Promise<RegionBaseResult>;
  #baseLoading: Promise<readonly Region[]> | null = null;
  readonly #shapes: PlaceShapes;
  /** The index links are looked up in, built once the base and search tables have arrived. */
  #index: Promise<SearchIndex> | null = null;

  constructor(regions: readonly Region[], deps: ChinaPlacesDeps = {}) {
    this.#regions = regions;
    // Imported when first needed: its schema and fetch stay out of the first view's code.
    this.#loadRegionBase =
      deps.loadRegionBase ?? (() => import('../data/region-base').then((m) => m.loadRegionBase()));
    this.#shapes = new PlaceShapes(deps.loadPlaceShapes ?? loadPlaceShapes);
  }

  /** Fetches the region base once; rejects on failure, and a later call tries again. */
  loadBase = (): Promise<readonly Region[]> => {
    this.#baseLoading ??= this.#loadRegionBase().then((r) => {
      if (!r.ok) {
        this.#baseLoading = null;
        throw new Error(r.message);
      }
      this.base = byCode(r.regions);
      return r.regions;
    });
    return this.#baseLoading;
  };

  /**
   * Regions a link names that the dataset lacks, found as search finds them (any script, pinyin,
   * English, former codes) in all of China, once its base and search tables have arrived.
   */
  lookup: LoadChinaLookup = async () => {
    this.#index ??= Promise.all([this.loadBase(), loadNormalisers()]).then(
      ([base, normalisers]) => buildSearchIndex(this.#regions, normalisers, base),
      (err: unknown) => {
        this.#index = null;
        throw err;
      },
    );
    const index = await this.#index;
    return (raw) => exactRegion(index, raw);
  };

  /** The region `code` as a place, when the dataset lacks it and the base has it; null otherwise. */
  placeOf(code: RegionCode | null): Place | null {
    const base = this.base;
    const known = code && this.#regions.some((r) => r.code === code);
    const region = code && !known ? base?.get(code) : undefined;
    return region && base ? { region, parents: parentsOf(base, region) } : null;
  }

  /** Inside an effect root: keeps the shape of the open place (`open()`, null: none) cut. */
  follow(open: () => Region | null): void {
    $effect(() => {
      const region = open();
      const base = this.base;
      // No base, no place: a place is a region of the base.
      untrack(() => this.#shapes.show(region && base && { region, base }));
    });
  }

  /** The shape of the place `code`, if it is the one last opened; null otherwise. */
  shapeOf(code: RegionCode | null): PlaceShapeState | null {
    const shape = this.#shapes.state;
    return shape && shape.code === code ? shape : null;
  }
}
