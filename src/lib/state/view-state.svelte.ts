/**
 * The one view state. Components read it and call its methods; the map and panels derive
 * everything they draw from it; the URL module serialises it. App owns the one instance and
 * hands components what they need as props.
 */
import type { Atlas } from '../data/atlas';
import type { RegionCode, SourceId } from '../domain/schema';
import { stackStandard } from '../layers/layer-specs';
import { moveLayer, sameLayer, toggleLayer } from '../layers/stack';
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { Lang } from '../i18n/lang';
import { LINK_FIELDS, type LinkField } from './link-keys';
import { MAX_COMPARED, type SourceView, type Tab, type ViewSnapshot } from './types';

/** Sets one field a link holds: generic, so that the field's type is checked. */
function take<F extends LinkField>(to: ViewSnapshot, from: ViewSnapshot, field: F): void {
  to[field] = from[field];
}

/** Every field a link holds is a field here (the compiler checks it against the link table). */
export class ViewState implements ViewSnapshot {
  region = $state<RegionCode | null>(null);
  layers = $state<LayerRef[]>([]);
  indicator = $state<ViewSnapshot['indicator']>(null);
  year = $state<number | null>(null);
  camera = $state<Camera | null>(null);
  lang = $state<Lang>('zh');
  source = $state<SourceView | null>(null);
  compare = $state<RegionCode[]>([]);
  tab = $state<Tab>('map');
  /** Set by the link only: an embedding page chooses it, the reader does not. */
  embed = $state(false);
  /** The choropleth is drawn as meets / falls short / no figure against its national threshold. */
  againstStandard = $state(false);
  /** Transient: the region under the pointer or keyboard focus. Never in the URL. */
  hovered = $state<RegionCode | null>(null);

  constructor(initial: ViewSnapshot) {
    this.restore(initial);
  }

  /** Takes every field a link holds from `s`. */
  restore(s: ViewSnapshot): void {
    for (const field of LINK_FIELDS) take(this, s, field);
  }

  /** Every field a link holds, as plain values (no state proxies). */
  snapshot(): ViewSnapshot {
    return Object.fromEntries(
      LINK_FIELDS.map((field) => [field, $state.snapshot(this[field])]),
    ) as ViewSnapshot;
  }

  select(code: RegionCode | null): void {
    this.region = code;
    // The map moves to the selection: whatever was under the pointer no longer is.
    this.hovered = null;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  setCamera(camera: Camera): void {
    this.camera = camera;
  }

  /**
   * Turns a layer on or off; the indicator last turned on becomes the active one (tooltips,
   * title). A concept layer turned on clears the choice, so the tooltip speaks of it as the
   * topmost drawn layer (the `i` key names indicators only). A choropleth no single threshold
   * governs is drawn on its scale: the drawing against the standard ends with the switch.
   */
  toggleLayer(ref: LayerRef, atlas: Atlas): void {
    this.layers = toggleLayer(this.layers, ref, atlas);
    this.#keepStandard(atlas);
    const indicators = this.layers.flatMap((l) => (l.kind === 'indicator' ? [l.id] : []));
    if (ref.kind === 'indicator' && indicators.includes(ref.id)) this.indicator = ref.id;
    else if (ref.kind === 'concept' && this.layers.some((l) => sameLayer(l, ref)))
      this.indicator = null;
    else if (this.indicator !== null && !indicators.includes(this.indicator))
      this.indicator = indicators.at(-1) ?? null;
  }

  /** Makes sure a layer is shown, without turning it off if it already is. */
  showLayer(ref: LayerRef, atlas: Atlas): void {
    if (!this.layers.some((l) => sameLayer(l, ref))) this.toggleLayer(ref, atlas);
    else if (ref.kind === 'indicator') this.indicator = ref.id;
  }

  /** Moves a layer; another choropleth on top may have no threshold to be drawn against. */
  moveLayer(ref: LayerRef, dir: 'up' | 'down', atlas: Atlas): void {
    this.layers = moveLayer(this.layers, ref, dir);
    this.#keepStandard(atlas);
  }

  /** Ends the drawing against the standard once the stack's choropleth has no one threshold. */
  #keepStandard(atlas: Atlas): void {
    if (this.againstStandard && stackStandard(this.layers, atlas) === null)
      this.againstStandard = false;
  }

  openSource(id: SourceId, highlight: string | null): void {
    this.source = { id, highlight };
  }

  /** Marks another item of the open document, so a copied link reopens this one. */
  highlight(item: string): void {
    if (this.source) this.source = { ...this.source, highlight: item };
  }

  closeSource(): void {
    this.source = null;
  }

  setYear(year: number | null): void {
    this.year = year;
  }

  /** Adds a region to the comparison (at the end), unless it is in it or the comparison is full. */
  addToComparison(code: RegionCode): void {
    if (this.compare.includes(code) || this.compare.length >= MAX_COMPARED) return;
    this.compare = [...this.compare, code];
  }

  removeFromComparison(code: RegionCode): void {
    this.compare = this.compare.filter((c) => c !== code);
  }

  clearComparison(): void {
    this.compare = [];
  }

  /** Draws the choropleth against its national threshold (true) or on its scale of values. */
  setAgainstStandard(on: boolean): void {
    this.againstStandard = on;
  }

  setTab(tab: Tab): void {
    this.tab = tab;
  }

  hover(code: RegionCode | null): void {
    this.hovered = code;
  }
}
