/**
 * The view model: once the dataset is loaded, the one object that derives everything the map
 * and panels show from the data and the view state (what the user chose), and takes the user's
 * intents back. Components receive its fields as props and call its methods; App only lays out.
 *
 * Derivations are `$derived`, so each is computed once per change and read by every consumer:
 * layer specs → map plan and legend; the time rule behind specs, tooltip and region panel.
 */
import { comparisonModel } from '../compare/comparison';
import { nextSort, sortRows, type SortColumn, type TableSort } from '../compare/sort';
import { viewTable, type TableModel } from '../compare/table';
import { atlasSubtitle, coveredAreas } from '../data/covered-areas';
import type { Atlas } from '../data/atlas';
import { regionDetail } from '../data/region-detail';
import { regionsInTreeOrder } from '../data/select';
import { documentView } from '../data/source-items';
import type { LoadSourceText } from '../data/source-texts';
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { Fact, Region, RegionCode, SourceId } from '../domain/schema';
import { viewSources } from '../layers/view-sources';
import type { Lang } from '../i18n/lang';
import { buildCatalogue, firstViewLayer } from '../layers/layer-catalogue';
import { layerSpecs } from '../layers/layer-specs';
import { legendModel } from '../layers/legend';
import { activeLayer, tooltipModel, type TooltipModel } from '../layers/tooltip';
import type { FramedRequest, MapCapture, MapPixels } from '../map/capture';
import { mapPlan } from '../map/map-plan';
import { datedYears, yearSpan } from '../timeline/years';
import { ChinaPlaces, type ChinaPlacesDeps, type Place } from './china-places.svelte';
import { CountiesLoader, type CountiesState, type LoadCounties } from './counties-loader.svelte';
import type { PlaceShapeState } from './place-shapes.svelte';
import { PrintCapture } from './print-capture.svelte';
import { SourceTextStore } from './source-texts.svelte';
import { copyWith, valueView } from './share-links';
import { viewHeading, viewTitle } from './title';
import { DEFAULT_LAYERS, type Tab, type ViewSnapshot } from './types';
import { urlContextFromAtlas } from './url-context';
import type { UrlSync } from './url-sync.svelte';
import type { ViewState } from './view-state.svelte';

/**
 * What the view model needs from outside: loaders and browser APIs, so tests can pass fakes; the
 * region base and the places' shapes are fetched from their files by default (china-places).
 */
export interface AtlasViewDeps extends ChinaPlacesDeps {
  loadCounties: LoadCounties;
  /** A document's text; by default fetched from the texts file (state/source-texts.svelte.ts). */
  loadSourceText?: LoadSourceText;
  writeClipboard: (text: string) => Promise<void>;
}

/** The page the view model writes to: its title and language. */
export interface AtlasPage {
  title: string;
  documentElement: { lang: string };
}

/** Where the tooltip sits when no pointer placed it (a region hovered in the list): px of the
 * map's box, under the Map | Table switch (ui/MapArea.svelte), which the very corner covered. */
const TOOLTIP_CORNER = { x: 8, y: 48 } as const;

export class AtlasView {
  readonly atlas: Atlas;
  readonly view: ViewState;
  readonly sync: UrlSync;
  readonly #writeClipboard: AtlasViewDeps['writeClipboard'];
  readonly #counties: CountiesLoader;
  readonly #print = new PrintCapture();
  readonly #china: ChinaPlaces;
  readonly #texts: SourceTextStore;

  /** The pointer over the map, in pixels of its box; null when it is elsewhere. Never in the URL. */
  pointer = $state.raw<{ x: number; y: number } | null>(null);

  /** Every layer a reader can turn on, grouped, with the regions each compares. */
  readonly catalogue;
  /** Regions in outline order, for the list beside the map. */
  readonly regionList: Region[];
  /** The timeline: its inclusive year range (null when nothing is dated) and its milestones. */
  readonly span;

  specs = $derived.by(() =>
    layerSpecs(this.view.layers, this.atlas, this.view.year, this.view.againstStandard),
  );
  /** The map plan without hover and selection, so a hover re-derives no feature state. */
  #layerPlan = $derived.by(() => {
    const { layers: stack, lang } = this.view;
    const countiesLoaded = this.counties.status === 'ready';
    const unfocused = { selected: null, hovered: null, compared: [] };
    return mapPlan({ specs: this.specs, stack, lang, countiesLoaded, ...unfocused }, this.atlas);
  });
  /**
   * What the printed sheet's map draws, changed whenever that does: the map plan but for the
   * hover (a picture of the view frames its regions, whatever the camera).
   */
  printView = $derived.by(() => ({
    ...this.#layerPlan,
    selected: this.view.region,
    compared: this.view.compare,
  }));
  /** Everything the map shows (map/map-plan.ts); MapView applies its diff. */
  plan = $derived.by(() => ({ ...this.printView, hovered: this.view.hovered }));
  legend = $derived.by(() => legendModel(this.specs, this.view.lang, this.atlas.standards));
  /** The layer the tooltip and the table speak of (layers/tooltip.ts); null when none is drawn. */
  activeLayer = $derived.by(() => activeLayer(this.specs, this.view.indicator));
  /** The tooltip's content; it does not depend on the pointer, so moving it re-derives nothing. */
  tooltip = $derived.by((): TooltipModel | null => {
    const { hovered, year } = this.view;
    return tooltipModel(this.atlas, hovered, this.activeLayer, year);
  });
  /** Where the tooltip sits: at the pointer, or a fixed corner for a region focused in a list. */
  tooltipAt = $derived(this.pointer ?? TOOLTIP_CORNER);
  milestones = $derived.by(() =>
    this.atlas.dataset.events.map((e) => ({ date: e.date, title: e.title[this.view.lang] })),
  );
  /** The open document, for the viewer; null when none is open or its id is unknown. */
  document = $derived.by(() => {
    const id = this.view.source?.id;
    return id ? documentView(this.atlas, id, this.#texts.of(id)) : null;
  });
  regionDetail = $derived.by(() =>
    this.view.region ? regionDetail(this.atlas, this.view.region, this.view.year) : null,
  );
  /**
   * The selected region when the dataset lacks it but the base has it (search, a link): the
   * panel says there are no figures yet and where it is. Null otherwise.
   */
  place = $derived.by((): Place | null => this.#china.placeOf(this.view.region));
  /** The open place's shape for the map (place-shapes.svelte.ts); null when no place is open. */
  placeShape = $derived.by((): PlaceShapeState | null =>
    this.place ? this.#china.shapeOf(this.place.region.code) : null,
  );
  /** The map can draw the open place: its shape is here or on its way (the panel says if not). */
  placeDrawn = $derived.by(() => {
    const status = this.placeShape?.status;
    return status !== 'unshaped' && status !== 'failed';
  });
  /**
   * The regions side by side at the timeline's year (a region of China beyond the dataset once
   * the base that names it has arrived); null while none is chosen.
   */
  comparison = $derived.by(() =>
    this.view.compare.length > 0
      ? comparisonModel(this.atlas, this.view.compare, this.view.year, this.#china.base)
      : null,
  );
  /** The table's sort order; null keeps the region list's order. Not in the link. */
  tableSort = $state.raw<TableSort | null>(null);
  /** The table view (compare/table.ts#viewTable), its rows sorted by `tableSort`; null when empty. */
  table = $derived.by((): TableModel | null => {
    const v = this.view;
    const { atlas, activeLayer, regionList } = this;
    const model = viewTable(atlas, v.compare, activeLayer, regionList, v.year, this.#china.base);
    if (!model) return null;
    const keys = model.columns.map((c) => c.key);
    return { ...model, rows: sortRows(model.rows, keys, this.tableSort, v.lang) };
  });
  /** The document title names the view, so history entries and bookmarks are told apart. */
  title = $derived.by(() => viewTitle(this.atlas, this.view));
  /** What the view shows, in words: region and drawn layers ("巴南区 · 新增学位"); "" when neither. */
  heading = $derived.by(() => viewHeading(this.atlas, this.view, this.specs));
  /** The header's subtitle: the areas the documents are about, in the reader's language. */
  subtitle = $derived.by(() => atlasSubtitle(coveredAreas(this.atlas), this.view.lang));
  /** The year the map shows: the one chosen, else the latest the data has (null if nothing is dated). */
  yearShown = $derived.by(() => this.view.year ?? this.span?.[1] ?? null);
  /** The documents behind what the map draws (all of them when it draws no values). */
  sources = $derived.by(() => viewSources(this.specs, this.atlas));
  /** The `<html lang>` value, so screen readers and fonts pick the right language. */
  htmlLang = $derived.by(() => (this.view.lang === 'zh' ? 'zh-Hans' : 'en'));

  constructor(atlas: Atlas, view: ViewState, sync: UrlSync, deps: AtlasViewDeps) {
    this.atlas = atlas;
    this.view = view;
    this.sync = sync;
    this.#writeClipboard = deps.writeClipboard;
    this.#china = new ChinaPlaces(atlas.dataset.regions, deps);
    this.#counties = new CountiesLoader(deps.loadCounties);
    this.#texts = new SourceTextStore(atlas.dataset, deps.loadSourceText);
    this.catalogue = buildCatalogue(atlas);
    this.regionList = regionsInTreeOrder(atlas);
    this.span = yearSpan(datedYears(atlas.dataset));
  }

  /**
   * Reads the link into the view and keeps link, page title and language in step with it; loads
   * the counties once their layer is on, and an open document's text. Returns the function that stops all of it.
   */
  start(page: AtlasPage): () => void {
    this.#stop();
    // The first view's concept layer depends on the data, so the defaults the link is read
    // against are completed only now that it is here.
    const first = firstViewLayer(this.atlas);
    this.view.layers = first ? [...DEFAULT_LAYERS, first] : [...DEFAULT_LAYERS];
    this.sync.start(this.view, urlContextFromAtlas(this.atlas), this.#china.lookup);
    const stop = $effect.root(() => {
      $effect(() => {
        page.title = this.title;
      });
      $effect(() => {
        page.documentElement.lang = this.htmlLang;
      });
      this.#counties.follow(() => this.plan.context.counties);
      this.#china.follow(() => this.place?.region ?? null);
      this.#texts.follow(() => this.view.source?.id ?? null);
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

  /** The all-China counties' download: idle until their layer is first on (counties-loader). */
  get counties(): CountiesState {
    return this.#counties.state;
  }

  /** Fetches the counties again after a failed download, if their layer is still on. */
  retryCounties = (): void => this.#counties.retry(this.plan.context.counties);

  /** Fetches the region base once (search calls it on first use); rejects on failure. */
  get loadBase(): () => Promise<readonly Region[]> {
    return this.#china.loadBase;
  }

  /** Selects a region (null: none); the intents below hand the user's choices to the view state. */
  select = (code: RegionCode | null): void => this.view.select(code);
  hover = (code: RegionCode | null): void => this.view.hover(code);
  point = (at: { x: number; y: number } | null): void => {
    this.pointer = at;
  };
  toggleLayer = (ref: LayerRef): void => this.view.toggleLayer(ref, this.atlas);
  moveLayer = (ref: LayerRef, dir: 'up' | 'down'): void =>
    this.view.moveLayer(ref, dir, this.atlas);
  setYear = (year: number | null): void => this.view.setYear(year);
  setLang = (lang: Lang): void => this.view.setLang(lang);
  setCamera = (camera: Camera): void => this.view.setCamera(camera);
  openSource = (source: SourceId, item: string | null): void => this.view.openSource(source, item);
  closeSource = (): void => this.view.closeSource();
  addToComparison = (code: RegionCode): void => this.view.addToComparison(code);
  removeFromComparison = (code: RegionCode): void => this.view.removeFromComparison(code);
  clearComparison = (): void => this.view.clearComparison();
  setTab = (tab: Tab): void => this.view.setTab(tab);
  /** Draws the choropleth against its national threshold, or on its scale of values again. */
  drawAgainstStandard = (on: boolean): void => this.view.setAgainstStandard(on);
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

  /** A link that opens one value: its region, its indicator alone, its year, its sentence marked. */
  valueLink = (fact: Fact): string =>
    this.shareUrl(valueView(this.view.snapshot(), fact, this.atlas));

  /** Copies text; false when the browser refused (no clipboard, no permission). */
  copyText = (text: string): Promise<boolean> => copyWith(this.#writeClipboard, text);

  /** The map printed in place of the canvas while printing lasts; null when not printing. */
  get printImage(): MapPixels | null {
    return this.#print.image;
  }
  /** The map has loaded and draws no picture the reader asked for: the sheet's map can be made. */
  get printReady(): boolean {
    return this.#print.ready;
  }
  /** MapView hands over how to take its pixels once the map has loaded (null when it goes). */
  setCapture = (capture: MapCapture | null): void => this.#print.set(capture);
  /** The view drawn at a fixed size, framed on its regions; null before the map has loaded. */
  captureMap = (request: FramedRequest): Promise<MapPixels | null> => this.#print.framed(request);
  /** The printed sheet's map of the view as it stands, made once (print-capture.svelte.ts). */
  printMap = (): Promise<MapPixels | null> => this.#print.sheet(this.printView);
  /** Printing starts: the sheet's map if made, or else the map as drawn, replaces the canvas. */
  beginPrint = (): void => this.#print.begin(this.printView);
  endPrint = (): void => this.#print.end();
}
