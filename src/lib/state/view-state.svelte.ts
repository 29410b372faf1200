/**
 * The one view state. Components read it and call its methods; the map and panels derive
 * everything they draw from it; the URL module serialises it. Provided once through context.
 */
import { getContext, setContext } from 'svelte';
import type { RegionCode } from '../domain/schema';
import type { Camera, Lang, LayerRef, SourceView, ViewSnapshot } from './types';

export class ViewState {
  region = $state<RegionCode | null>(null);
  layers = $state<LayerRef[]>([]);
  indicator = $state<ViewSnapshot['indicator']>(null);
  year = $state<number | null>(null);
  camera = $state<Camera | null>(null);
  lang = $state<Lang>('zh');
  source = $state<SourceView | null>(null);
  /** Transient: the region under the pointer or keyboard focus. Never in the URL. */
  hovered = $state<RegionCode | null>(null);

  constructor(initial: ViewSnapshot) {
    this.restore(initial);
  }

  restore(s: ViewSnapshot): void {
    this.region = s.region;
    this.layers = s.layers;
    this.indicator = s.indicator;
    this.year = s.year;
    this.camera = s.camera;
    this.lang = s.lang;
    this.source = s.source;
  }

  snapshot(): ViewSnapshot {
    return {
      region: this.region,
      layers: $state.snapshot(this.layers) as LayerRef[],
      indicator: this.indicator,
      year: this.year,
      camera: $state.snapshot(this.camera) as Camera | null,
      lang: this.lang,
      source: $state.snapshot(this.source) as SourceView | null,
    };
  }

  select(code: RegionCode | null): void {
    this.region = code;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
  }

  setCamera(camera: Camera): void {
    this.camera = camera;
  }

  setYear(year: number | null): void {
    this.year = year;
  }

  hover(code: RegionCode | null): void {
    this.hovered = code;
  }
}

const KEY = Symbol('view-state');

export function provideViewState(state: ViewState): ViewState {
  return setContext(KEY, state);
}

export function useViewState(): ViewState {
  return getContext<ViewState>(KEY);
}
