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
