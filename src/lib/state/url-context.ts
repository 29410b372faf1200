/** What the URL parser may accept, taken from the loaded dataset: the app's side of the URL door. */
import type { Atlas } from '../data/atlas';
import { resolveRegion } from '../data/atlas';
import type { IndicatorId, LayerId, MeasureId, SourceId } from '../domain/schema';
import { BASIC_NORMALISERS } from '../search/normalise';
import { buildSearchIndex, exactRegion } from '../search/search';
import { datedYears, yearSpan } from '../timeline/years';
import { layerCoverage } from '../domain/concept-layers';
import { stackStandard } from '../layers/layer-specs';
import { SPLIT_LAYERS } from './former-layers';
import type { UrlContext } from './url-parsers';

/**
 * The concept layer nearest to a former layer or family id: a split layer's headline part, or
 * the family's layer drawing the most regions (the first in catalogue order among equals).
 */
function formerLayers(atlas: Atlas): (id: string) => LayerId | null {
  const layers = layerCoverage(atlas.dataset);
  return (id) => {
    const split = SPLIT_LAYERS.get(id);
    if (split !== undefined) return atlas.conceptLayers.get(split as LayerId)?.id ?? null;
    let best: { layer: string; regions: number } | null = null;
    for (const l of layers)
      if (atlas.conceptLayers.get(l.layer as LayerId)?.family.id === id)
        if (best === null || l.regions > best.regions) best = l;
    return best === null ? null : (atlas.conceptLayers.get(best.layer as LayerId)?.id ?? null);
  };
}

export function urlContextFromAtlas(atlas: Atlas): UrlContext {
  const measures = new Map<string, MeasureId>(atlas.dataset.measureKinds.map((m) => [m.id, m.id]));
  // With nothing dated, no year is in range: an empty range [0, -1].
  const span = yearSpan(datedYears(atlas.dataset)) ?? [0, -1];
  // Names in links are read as search reads them (略阳, Lueyang County, lveyang). Pinyin and
  // traditional characters need tables search loads lazily, so links go without those forms.
  const names = buildSearchIndex(atlas.dataset.regions, BASIC_NORMALISERS);
  return {
    knownRegion: (code) => resolveRegion(atlas, code) ?? exactRegion(names, code),
    knownIndicator: (id) => atlas.indicators.get(id as IndicatorId)?.id ?? null,
    knownConceptLayer: (id) => atlas.conceptLayers.get(id as LayerId)?.id ?? null,
    formerLayer: formerLayers(atlas),
    layerIndicators: (id) => atlas.conceptLayers.get(id)?.indicators.map((i) => i.id) ?? [],
    knownMeasure: (id) => measures.get(id) ?? null,
    knownSource: (id) => atlas.sources.get(id as SourceId)?.id ?? null,
    yearRange: span,
    judgeable: (layers) => stackStandard(layers, atlas) !== null,
  };
}
