/** What the URL parser may accept, taken from the loaded dataset: the app's side of the URL door. */
import type { Atlas } from '../data/atlas';
import { resolveRegion } from '../data/atlas';
import type { IndicatorId, LayerId, MeasureId, SourceId } from '../domain/schema';
import { BASIC_NORMALISERS } from '../search/normalise';
import { buildSearchIndex, exactRegion } from '../search/search';
import { datedYears, yearSpan } from '../timeline/years';
import type { UrlContext } from './url-parsers';

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
    knownFamilyLayer: (id) => atlas.familyLayers.get(id as LayerId)?.id ?? null,
    knownMeasure: (id) => measures.get(id) ?? null,
    knownSource: (id) => atlas.sources.get(id as SourceId)?.id ?? null,
    yearRange: span,
  };
}
