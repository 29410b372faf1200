/**
 * The view model: once the dataset is loaded, the one object that derives everything the map
 * and panels show from the data and the view state (what the user chose), and takes the user's
 * intents back. Components receive its fields as props and call its methods; App only lays out.
 *
 * Derivations are `$derived`, so each is computed once per change and read by every consumer:
 * layer specs → map plan and legend; the time rule behind specs, tooltip and region panel.
 */
import { untrack } from 'svelte';
import { comparisonModel } from '../compare/comparison';
import { nextSort, sortRows, type SortColumn, type TableSort } from '../compare/sort';
import { comparisonTable, layerTable, type TableModel } from '../compare/table';
import type { Atlas } from '../data/atlas';
import type { CountiesGeometry } from '../data/load-app-data';
import type { Progress } from '../data/fetch-json';
import type { GeoLoadResult } from '../data/load-geometry';
import { regionDetail } from '../data/region-detail';
import { regionsInTreeOrder } from '../data/select';
import { documentView } from '../data/source-items';
import { effectiveDate, regionValueAsOf, type AsOf } from '../data/time-rule';
import type { Camera } from '../domain/camera';
import type { CountyLineProps } from '../domain/geometry';
import type { LayerRef } from '../domain/layer-ref';
import { yearOf } from '../domain/dates';
import type { Fact, Indicator, Region, RegionCode, Source, SourceId } from '../domain/schema';
import { viewSources } from '../layers/view-sources';
import type { DrawnLayer } from '../layers/layer-specs';
import { valueScopeNote } from '../layers/scope-notes';
import type { Lang } from '../i18n/lang';
import { buildCatalogue, firstViewLayer } from '../layers/layer-catalogue';
import { layerSpecs } from '../layers/layer-specs';
import { legendModel } from '../layers/legend';
import type { MapCapture, MapPixels } from '../map/capture';
import { mapPlan } from '../map/map-plan';
import { datedYears, yearSpan } from '../timeline/years';
import { viewTitle } from './title';
import { DEFAULT_LAYERS, type Tab, type ViewSnapshot } from './types';
import { urlContextFromAtlas } from './url-context';
import type { UrlSync } from './url-sync.svelte';
import type { ViewState } from './view-state.svelte';

/** What the tooltip says about the region under the pointer or keyboard focus. */
export interface TooltipModel {
  region: Region;
  /** The layer tooltips speak of (AtlasView.activeLayer); null when none is drawn. */
  layer: DrawnLayer | null;
  value: AsOf | null;
  /** The indicator the value is of: on a family layer, the member the time rule picked. */
  indicator: Indicator | null;
  /** Said next to the value where the layer's members count different school levels or periods. */
  scopeNote: string | null;
  source: Source | null;
  /** The region's other facts on the layer for the value's date (AsOf.alongside), each with its indicator. */
  alongside: { fact: Fact; indicator: Indicator }[];
  /** The region's standing targets on the layer that are not drawn (AsOf.targets), each with its indicator. */
  targets: { fact: Fact; indicator: Indicator }[];
}

/** The all-China counties, fetched the first time their layer is turned on. */
export type CountiesState =
  | { status: 'idle' }
  | { status: 'loading'; progress: Progress }
  | { status: 'ready'; geometry: CountiesGeometry }
  | { status: 'failed'; message: string };

/** What the view model needs from outside: loaders and browser APIs, so tests can pass fakes. */
export interface AtlasViewDeps {
  loadCounties: (
    onProgress: (progress: Progress) => void,
  ) => Promise<GeoLoadResult<keyof CountiesGeometry, CountyLineProps>>;
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
  pointer = $state.raw<{ x: number; y: number } | null>(null);
  counties = $state.raw<CountiesState>({ status: 'idle' });

  /** Every layer a reader can turn on, grouped, with the regions each compares. */
  readonly catalogue;
  /** Regions in outline order, for the list beside the map. */
  readonly regionList: Region[];
  /** The timeline: its inclusive year range (null when nothing is dated) and its milestones. */
  readonly span;

  specs = $derived.by(() => layerSpecs(this.view.layers, this.atlas, this.view.year));
  /** The map plan without hover and selection, so a hover re-derives no feature state. */
  #layerPlan = $derived.by(() =>
    mapPlan(
      {
        specs: this.specs,
        stack: this.view.layers,
        lang: this.view.lang,
        selected: null,
        hovered: null,
        compared: [],
        countiesLoaded: this.counties.status === 'ready',
      },
      this.atlas,
    ),
  );
  /** Everything the map shows (map/map-plan.ts); MapView applies its diff. */
  plan = $derived.by(() => ({
    ...this.#layerPlan,
    selected: this.view.region,
    hovered: this.view.hovered,
    compared: this.view.compare,
  }));
  legend = $derived.by(() => legendModel(this.specs, this.view.lang));
  /**
   * The layer the tooltip speaks of: the indicator the user chose if the map draws it, else the
   * topmost drawn indicator or family layer (a link may name an indicator whose layer it hides
   * or that lost its slot); null when none is drawn.
   */
  activeLayer = $derived.by((): DrawnLayer | null => {
    const drawn = this.specs.flatMap((s) =>
      s.kind === 'choropleth' || s.kind === 'symbols' ? [s.layer] : [],
    );
    const chosen = this.view.indicator;
    const picked = drawn.find((l) => l.ref.kind === 'indicator' && l.ref.id === chosen);
    return picked ?? drawn.at(-1) ?? null;
  });
  /** The tooltip's content; it does not depend on the pointer, so moving it re-derives nothing. */
  tooltip = $derived.by((): TooltipModel | null => {
    const region = this.view.hovered && this.atlas.regions.get(this.view.hovered);
    if (!region) return null;
    const layer = this.activeLayer;
    const ids = layer ? layer.indicators.map((i) => i.id) : [];
    const value = layer ? regionValueAsOf(this.atlas, region.code, ids, this.view.year) : null;
    const indicator = (value && this.atlas.indicators.get(value.fact.indicator)) || null;
    const scopeNote = layer && indicator ? valueScopeNote(layer, indicator, this.view.lang) : null;
    const source = (value && this.atlas.sources.get(value.fact.source)) || null;
    const withIndicators = (facts: readonly Fact[]) =>
      facts.flatMap((fact) => {
        const of = this.atlas.indicators.get(fact.indicator);
        return of ? [{ fact, indicator: of }] : [];
      });
    const alongside = withIndicators(value?.alongside ?? []);
    const targets = withIndicators(value?.targets ?? []);
    return { region, layer, value, indicator, scopeNote, source, alongside, targets };
  });
  /** Where the tooltip sits: at the pointer, or a fixed corner for a region focused in a list. */
  tooltipAt = $derived(this.pointer ?? TOOLTIP_CORNER);
  milestones = $derived.by(() =>
    this.atlas.dataset.events.map((e) => ({ date: e.date, title: e.title[this.view.lang] })),
  );
  /** The open document, for the viewer; null when none is open or its id is unknown. */
  document = $derived.by(() =>
    this.view.source ? documentView(this.atlas, this.view.source.id) : null,
  );
  regionDetail = $derived.by(() =>
    this.view.region ? regionDetail(this.atlas, this.view.region, this.view.year) : null,
  );
  /** The regions side by side at the timeline's year; null while none is chosen. */
  comparison = $derived.by(() =>
    this.view.compare.length > 0
      ? comparisonModel(this.atlas, this.view.compare, this.view.year)
      : null,
  );
  /** The table's sort order; null keeps the region list's order. Not in the link. */
  tableSort = $state.raw<TableSort | null>(null);
  /**
   * The table view: the compared regions across every family once two are compared, else every
   * region with a value of the active layer's family; null with neither (nothing to tabulate).
   * Rows come sorted by `tableSort`.
   */
  table = $derived.by((): TableModel | null => {
    const v = this.view;
    const model =
      v.compare.length >= 2
        ? comparisonTable(this.atlas, v.compare, v.year)
        : this.activeLayer
          ? layerTable(this.atlas, this.activeLayer, this.regionList, v.year)
          : null;
    if (!model) return null;
    const keys = model.columns.map((c) => c.key);
    return { ...model, rows: sortRows(model.rows, keys, this.tableSort, v.lang) };
  });
  /** The document title names the view, so history entries and bookmarks are told apart. */
  title = $derived.by(() => {
    const v = this.view;
    return viewTitle(v.lang, [
      v.region && this.atlas.regions.get(v.region)?.name[v.lang],
      v.indicator && this.atlas.indicators.get(v.indicator)?.name[v.lang],
      v.year,
    ]);
  });
  /** What the view shows, in words: region and drawn layers ("巴南区 · 新增学位"); "" when neither. */
  heading = $derived.by(() => {
    const lang = this.view.lang;
    const region = this.view.region && this.atlas.regions.get(this.view.region);
    const layers = this.specs.flatMap((s) =>
      s.kind === 'choropleth' || s.kind === 'symbols' ? [s.layer.name[lang]] : [],
    );
    return [region?.name[lang], ...layers.reverse()].filter(Boolean).join(' · ');
  });
  /** The year the map shows: the one chosen, else the latest the data has (null if nothing is dated). */
  yearShown = $derived.by(() => this.view.year ?? this.span?.[1] ?? null);
  /** The documents behind what the map draws (all of them when it draws no values). */
  sources = $derived.by(() => viewSources(this.specs, this.atlas));
  /** The map as it is drawn now, printed in place of the canvas; null when not printing. */
  printImage = $state.raw<MapPixels | null>(null);
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
    this.#stop();
    // The first view's family layer depends on the data, so the defaults the link is read
    // against are completed only now that it is here.
    const first = firstViewLayer(this.atlas);
    this.view.layers = first ? [...DEFAULT_LAYERS, first] : [...DEFAULT_LAYERS];
    this.sync.start(this.view, urlContextFromAtlas(this.atlas));
    const stop = $effect.root(() => {
      $effect(() => {
        page.title = this.title;
      });
      $effect(() => {
        page.documentElement.lang = this.htmlLang;
      });
      $effect(() => {
        // untrack: loading writes `counties`, which this effect must not then re-run on.
        if (this.plan.context.counties) untrack(() => this.#loadCounties());
      });
    });
    this.#stop = () => {
      stop();
      this.sync.stop();
      this.#stop = () => {};
    };
    return () => this.#stop();
  }

  /** Stops what `start` began; a second `start` stops the first. */
  #stop: () => void = () => {};

  /** What the link asked for and did not get (read at start and on Back/Forward). */
  get dropped() {
    return this.sync.dropped;
  }

  /** Fetches the counties once, with its progress; a failure stays until `retryCounties`. */
  #loadCounties(): void {
    if (this.counties.status !== 'idle') return;
    this.counties = { status: 'loading', progress: { received: 0, total: null } };
    this.#deps
      .loadCounties((progress) => {
        if (this.counties.status === 'loading') this.counties = { status: 'loading', progress };
      })
      .then((r) => {
        this.counties = r.ok
          ? { status: 'ready', geometry: r.collections }
          : { status: 'failed', message: r.message };
      });
  }

  /** Fetches the counties again after a failed download (their layer is still on). */
  retryCounties = (): void => {
    if (this.counties.status !== 'failed') return;
    this.counties = { status: 'idle' };
    if (this.plan.context.counties) this.#loadCounties();
  };

  /** A document's publication date (ISO, possibly partial), or null when unknown. */
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
  addToComparison = (code: RegionCode): void => this.view.addToComparison(code);
  removeFromComparison = (code: RegionCode): void => this.view.removeFromComparison(code);
  clearComparison = (): void => this.view.clearComparison();
  setTab = (tab: Tab): void => this.view.setTab(tab);
  /** A click on a column's sort button: that column, or the other direction if it is the one. */
  sortTable = (column: SortColumn): void => {
    this.tableSort = nextSort(this.tableSort, column);
  };
  dismissNotice = (): void => {
    this.sync.dropped = [];
  };

  /** An item picked in the open document: show its layer, select its region, mark it. */
  pick = (code: RegionCode, ref: LayerRef, item: string): void => {
    this.view.showLayer(ref, this.atlas);
    this.view.select(code);
    this.view.highlight(item);
  };

  /** The pinned share link of the current view, or of it with some choices changed. */
  shareUrl(change: Partial<ViewSnapshot> = {}): string {
    return this.sync.shareUrl({ ...this.view.snapshot(), ...change }, this.span?.[1] ?? null);
  }

  /**
   * A link that opens one value: its region selected, its indicator alone on the map, the year
   * it speaks of, and its sentence marked in its document.
   */
  valueLink = (fact: Fact): string =>
    this.sync.shareUrl(
      {
        ...this.view.snapshot(),
        region: fact.region,
        layers: [...DEFAULT_LAYERS, { kind: 'indicator', id: fact.indicator }],
        indicator: fact.indicator,
        year: yearOf(effectiveDate(fact, this.atlas.sources).date),
        camera: null,
        source: { id: fact.source, highlight: fact.id },
        compare: [],
        tab: 'map',
        embed: false,
      },
      this.span?.[1] ?? null,
    );

  /** Copies text; false when the browser refused (no clipboard, no permission). */
  copyText = async (text: string): Promise<boolean> => {
    try {
      await this.#deps.writeClipboard(text);
      return true;
    } catch {
      return false;
    }
  };

  #capture: MapCapture | null = null;
  /** MapView hands over how to take its pixels once the map has loaded (null when it goes). */
  setCapture = (capture: MapCapture | null): void => {
    this.#capture = capture;
  };

  /** The map's pixels at `scale` device pixels per CSS pixel; null before the map has loaded. */
  captureMap(scale: number): Promise<MapPixels | null> {
    return this.#capture ? this.#capture.atScale(scale) : Promise.resolve(null);
  }

  /** Printing starts: the map as drawn now replaces the canvas, which prints blank. */
  beginPrint = (): void => {
    this.printImage = this.#capture?.now() ?? null;
  };

  endPrint = (): void => {
    this.printImage = null;
  };
}
