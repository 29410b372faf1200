/**
 * The view model: once the dataset is loaded, the one object that derives everything the map
 * and panels show from the data and the view state (what the user chose), and takes the user's
 * intents back. Components receive its fields as props and call its methods; App only lays out.
 *
 * Derivations are `$derived`, so each is computed once per change and read by every consumer:
 * layer specs → map plan and legend; the time rule behind specs, tooltip and region panel.
 */
import type { Atlas } from '../data/atlas';
import type { CountiesGeometry } from '../data/load-app-data';
import type { GeoLoadResult } from '../data/load-geometry';
import { regionDetail } from '../data/region-detail';
import { regionsInTreeOrder } from '../data/select';
import { regionValueAsOf, type AsOf } from '../data/time-rule';
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { Indicator, Region, RegionCode, Source, SourceId } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { buildCatalogue } from '../layers/layer-catalogue';
import { layerSpecs } from '../layers/layer-specs';
import { legendModel } from '../layers/legend';
import { mapPlan } from '../map/map-plan';
import { datedYears, yearSpan } from '../timeline/years';
import { viewTitle } from './title';
import { urlContextFromAtlas } from './url-context';
import type { UrlSync } from './url-sync.svelte';
import type { ViewState } from './view-state.svelte';

/** What the tooltip says about the region under the pointer or keyboard focus. */
export interface TooltipModel {
  region: Region;
  /** The indicator tooltips speak of (ViewState.activeIndicator); null when none is shown. */
  indicator: Indicator | null;
  value: AsOf | null;
  source: Source | null;
  /** Pixels in the map's box: the pointer's, or a fixed corner for a region focused in a list. */
  x: number;
  y: number;
}

/** The all-China counties, fetched the first time their layer is turned on. */
export type CountiesState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; geometry: CountiesGeometry }
  | { status: 'failed'; message: string };

/** What the view model needs from outside: loaders and browser APIs, so tests can pass fakes. */
export interface AtlasViewDeps {
  loadCounties: () => Promise<GeoLoadResult<keyof CountiesGeometry>>;
  writeClipboard: (text: string) => Promise<void>;
}

/** The page the view model writes to: its title and language. */
export interface AtlasPage {
  title: string;
  documentElement: { lang: string };
}

/** Where the tooltip sits when no pointer placed it (a region hovered in the list). */
const TOOLTIP_CORNER = { x: 12, y: 12 } as const;

export class AtlasView {
  readonly atlas: Atlas;
  readonly view: ViewState;
  readonly sync: UrlSync;
  #deps: AtlasViewDeps;

  /** The pointer over the map, in pixels of its box; null when it is elsewhere. Never in the URL. */
  pointer = $state<{ x: number; y: number } | null>(null);
  counties = $state.raw<CountiesState>({ status: 'idle' });

  /** Every layer a reader can turn on, grouped, with the regions each compares. */
  readonly catalogue;
  /** Regions in outline order, for the list beside the map. */
  readonly regionList: Region[];
  /** The timeline: its inclusive year range (null when nothing is dated) and its milestones. */
  readonly span;

  specs = $derived.by(() => layerSpecs(this.view.layers, this.atlas, this.view.year));
  plan = $derived.by(() => mapPlan(this.specs, this.view.layers, this.view.lang, this.atlas));
  legend = $derived.by(() => legendModel(this.specs, this.view.lang));
  tooltip = $derived.by((): TooltipModel | null => {
    const region = this.view.hovered && this.atlas.regions.get(this.view.hovered);
    if (!region) return null;
    const id = this.view.activeIndicator;
    const indicator = (id && this.atlas.indicators.get(id)) || null;
    const value = indicator
      ? regionValueAsOf(this.atlas, region.code, indicator.id, this.view.year)
      : null;
    const source = (value && this.atlas.sources.get(value.fact.source)) || null;
    return { region, indicator, value, source, ...(this.pointer ?? TOOLTIP_CORNER) };
  });
  milestones = $derived.by(() =>
    this.atlas.dataset.events.map((e) => ({ date: e.date, title: e.title[this.view.lang] })),
  );
  regionDetail = $derived.by(() =>
    this.view.region ? regionDetail(this.atlas, this.view.region, this.view.year) : null,
  );
  /** The document title names the view, so history entries and bookmarks are told apart. */
  title = $derived.by(() => {
    const v = this.view;
    return viewTitle(v.lang, [
      v.region && this.atlas.regions.get(v.region)?.name[v.lang],
      v.indicator && this.atlas.indicators.get(v.indicator)?.name[v.lang],
      v.year,
    ]);
  });
  /** The `<html lang>` value, so screen readers and fonts pick the right language. */
  htmlLang = $derived.by(() => (this.view.lang === 'zh' ? 'zh-Hans' : 'en'));

  constructor(atlas: Atlas, view: ViewState, sync: UrlSync, deps: AtlasViewDeps) {
    this.atlas = atlas;
    this.view = view;
    this.sync = sync;
    this.#deps = deps;
    this.catalogue = buildCatalogue(atlas);
    this.regionList = regionsInTreeOrder(atlas);
    this.span = yearSpan(datedYears(atlas.dataset));
  }

  /**
   * Reads the link into the view and keeps link, page title and language in step with it; loads
   * the counties once their layer is on. Returns the function that stops all of it.
   */
  start(page: AtlasPage): () => void {
    this.sync.start(this.view, urlContextFromAtlas(this.atlas));
    const stop = $effect.root(() => {
      $effect(() => {
        page.title = this.title;
      });
      $effect(() => {
        page.documentElement.lang = this.htmlLang;
      });
      $effect(() => {
        if (this.plan.context.counties && this.counties.status === 'idle') this.#loadCounties();
      });
    });
    return () => {
      stop();
      this.sync.stop();
    };
  }

  #loadCounties(): void {
    this.counties = { status: 'loading' };
    this.#deps.loadCounties().then((r) => {
      this.counties = r.ok
        ? { status: 'ready', geometry: r.collections }
        : { status: 'failed', message: r.message };
    });
  }

  /** A document's publication date (ISO, possibly partial), or null when unknown. */
  published = (source: SourceId): string | null =>
    this.atlas.sources.get(source)?.published ?? null;

  select = (code: RegionCode | null): void => this.view.select(code);
  hover = (code: RegionCode | null): void => this.view.hover(code);
  point = (at: { x: number; y: number } | null): void => {
    this.pointer = at;
  };
  toggleLayer = (ref: LayerRef): void => this.view.toggleLayer(ref, this.atlas);
  moveLayer = (ref: LayerRef, dir: 'up' | 'down'): void => this.view.moveLayer(ref, dir);
  setYear = (year: number | null): void => this.view.setYear(year);
  setLang = (lang: Lang): void => this.view.setLang(lang);
  setCamera = (camera: Camera): void => this.view.setCamera(camera);
  openSource = (source: SourceId, item: string | null): void => this.view.openSource(source, item);
  closeSource = (): void => this.view.closeSource();
  dismissNotice = (): void => {
    this.sync.dropped = [];
  };

  /** An item picked in the open document: show its layer, select its region, mark it. */
  pick = (code: RegionCode, ref: LayerRef, item: string): void => {
    this.view.showLayer(ref, this.atlas);
    this.view.select(code);
    this.view.highlight(item);
  };

  /** The pinned share link of the current view. */
  shareUrl(): string {
    return this.sync.shareUrl(this.view.snapshot(), this.span?.[1] ?? null);
  }

  /** Copies the share link; false when the browser refused (no clipboard, no permission). */
  copyLink = async (): Promise<boolean> => {
    try {
      await this.#deps.writeClipboard(this.shareUrl());
      return true;
    } catch {
      return false;
    }
  };
}
