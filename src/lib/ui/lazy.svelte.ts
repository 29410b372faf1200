/**
 * Components imported on first use, each its own chunk (ARCHITECTURE.md: what the first view
 * does not show), and held once loaded, so that every later use renders at once. The printed
 * sheet needs that: the browser lays the page out for print right after `beforeprint` (Ctrl+P,
 * or Chromium's page.pdf()), too soon for an `{#await import()}` to resolve, so the comparison,
 * the table or a legend's threshold it prints must be the one the screen already loaded when it
 * showed them.
 */

/** A component loaded on first use and kept. */
export class LazyComponent<C> {
  #component = $state.raw<C | null>(null);
  #loading: Promise<C> | null = null;
  readonly #load: () => Promise<{ default: C }>;

  constructor(load: () => Promise<{ default: C }>) {
    this.#load = load;
  }

  /** The component once loaded, null until then; the first read starts the import. */
  get current(): C | null {
    // A chunk that failed to arrive (offline) is asked for again at the next read.
    if (!this.#loading) this.load().catch(() => {});
    return this.#component;
  }

  /** Loads the component once; resolves when `current` holds it, rejects if it did not arrive. */
  load(): Promise<C> {
    this.#loading ??= this.#load().then(
      (module) => (this.#component = module.default),
      (error: unknown) => {
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }
}

/** The comparison of regions side by side (ui/ModelComparison.svelte shows it). */
export const comparisonPanel = new LazyComponent(() => import('./ComparisonPanel.svelte'));

/** The table of every region's values (ui/ModelTable.svelte shows it). */
export const valueTable = new LazyComponent(() => import('./ValueTable.svelte'));

/**
 * The selected region's panel, the open document's viewer and a place's panel (DetailPanel shows
 * them): none is in the first view, which opens with nothing selected.
 */
export const regionPanel = new LazyComponent(() => import('./RegionPanel.svelte'));
export const sourceViewer = new LazyComponent(() => import('./SourceViewer.svelte'));
export const placePanel = new LazyComponent(() => import('./PlacePanel.svelte'));

/** The choice to draw a layer against its national threshold, and the threshold named (ui/Legend.svelte). */
export const standardDrawing = new LazyComponent(() => import('./StandardDrawing.svelte'));

/** The thresholds that govern a layer, on its legend (ui/Legend.svelte). */
export const legendThresholds = new LazyComponent(() => import('./LegendThresholds.svelte'));
