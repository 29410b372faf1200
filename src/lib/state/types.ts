/** The plain shape of what the user sees: everything a link restores. */
import type { FactId, IndicatorId, MeasureId, RegionCode, SourceId } from '../domain/schema';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** Context layers that are not tied to an indicator or a measure. */
export type ContextLayerId = 'labels' | 'boundaries' | 'counties';
export const CONTEXT_LAYERS: readonly ContextLayerId[] = ['labels', 'boundaries', 'counties'];

/** One entry of the layer stack, bottom first. */
export type LayerRef =
  | { kind: 'indicator'; id: IndicatorId }
  | { kind: 'measure'; id: MeasureId }
  | { kind: 'events' }
  | { kind: 'context'; id: ContextLayerId };

export interface Camera {
  center: [lng: number, lat: number];
  zoom: number;
}

/** The source viewer: which document, and which extracted item is highlighted in it. */
export interface SourceView {
  id: SourceId;
  highlight: FactId | string | null;
}

export interface ViewSnapshot {
  region: RegionCode | null;
  layers: LayerRef[];
  indicator: IndicatorId | null;
  /** null means "the latest year the data has". */
  year: number | null;
  /** null means "fit the focus regions". */
  camera: Camera | null;
  lang: Lang;
  source: SourceView | null;
}

export const DEFAULT_LAYERS: LayerRef[] = [
  { kind: 'context', id: 'boundaries' },
  { kind: 'context', id: 'labels' },
];

export function defaultSnapshot(lang: Lang): ViewSnapshot {
  return {
    region: null,
    layers: [...DEFAULT_LAYERS],
    indicator: null,
    year: null,
    camera: null,
    lang,
    source: null,
  };
}
