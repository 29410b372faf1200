/** The plain shape of what the user sees: everything a link restores. */
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { FactId, IndicatorId, RegionCode, SourceId } from '../domain/schema';
import type { Lang } from '../i18n/lang';

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
  /** Regions put side by side, in the order chosen: 0 to MAX_COMPARED current codes or group ids. */
  compare: RegionCode[];
  /** What fills the main area: the map, or the table of values (its screen-reader alternative). */
  tab: Tab;
  /** Embedded in another page: map, legend and timeline only, with a link to the full view. */
  embed: boolean;
}

/** The main area's two views of the same data. */
export type Tab = 'map' | 'table';
export const TABS: readonly Tab[] = ['map', 'table'];

/** More regions than this side by side no longer fit a phone's width, nor a reader's eye. */
export const MAX_COMPARED = 4;

/**
 * The context layers every stack starts from, and the whole default stack of links made before
 * format version 2 (see migrations.ts); the atlas's own first view adds a family layer on top.
 */
export const DEFAULT_LAYERS: LayerRef[] = [
  { kind: 'context', id: 'boundaries' },
  { kind: 'context', id: 'labels' },
];

/** The view a link with no own keys opens; `layers` defaults to the context layers alone. */
export function defaultSnapshot(
  lang: Lang,
  layers: readonly LayerRef[] = DEFAULT_LAYERS,
): ViewSnapshot {
  return {
    region: null,
    layers: [...layers],
    indicator: null,
    year: null,
    camera: null,
    lang,
    source: null,
    compare: [],
    tab: 'map',
    embed: false,
  };
}
