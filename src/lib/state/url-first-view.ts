/**
 * How the link frames the map, read before the dataset has loaded, for the picture drawn before
 * the map (map/first-paint.ts). The link is read by the app's own parser (migrations included);
 * only the region lookup is narrower: a region is known here by its code in the focus and extra
 * geometry.
 */
import type { Geometry } from 'geojson';
import type { IndicatorId, LayerId, MeasureId, RegionCode } from '../domain/schema';
import type { LayerRef } from '../domain/layer-ref';
import type { Lang } from '../i18n/lang';
import { boundsOf, type Bounds } from '../map/bounds';
import type { Framing } from '../map/first-paint';
import { LEGEND_INSET_PX, NO_INSET } from '../map/camera';
import { DEFAULT_LAYERS, defaultSnapshot } from './types';

import { parseUrl } from './url';

/** Stands for the first view's concept layer, which only the dataset can name. */
const FIRST_VIEW_PLACEHOLDER: LayerRef = { kind: 'concept', id: 'first-view' as LayerId };

/** How the map will start: its framing, and whether a region's panel narrows it. */
export interface FirstView {
  framing: Framing;
  regionOpen: boolean;
}

/**
 * The framing the map will start with: the link's camera, else its region's bounds, else those of
 * `home` (the dataset's regions, load-first-paint.ts), clear of the legend where one will be open over the map (`legendOpens`: a
 * wide screen, where the card starts open). Null when only the dataset could tell (a region named in words, a former
 * code): the picture is then left out rather than drawn somewhere the map will not be.
 */
export function firstFraming(
  search: string,
  lang: Lang,
  home: readonly Geometry[],
  byCode: ReadonlyMap<string, Geometry>,
  legendOpens: boolean,
): FirstView | null {
  let unsure = false;
  const { snapshot } = parseUrl(
    search,
    {
      knownRegion: (raw) => {
        if (byCode.has(raw)) return raw as RegionCode;
        unsure = true;
        return null;
      },
      // Years and documents do not move the camera. Layers do, through the legend they open
      // over the map's edge, so any well-formed layer counts: which one is the dataset's to say.
      knownIndicator: (id) => id as IndicatorId,
      knownConceptLayer: (id) => id as LayerId,
      formerLayer: (id) => id as LayerId,
      layerIndicators: () => [],
      knownMeasure: (id) => id as MeasureId,
      knownSource: () => null,
      yearRange: [0, -1],
      // Drawing against the standard does not move the camera.
      judgeable: () => true,
    },
    // The first view adds a concept layer (layers/layer-catalogue.ts firstViewLayer).
    defaultSnapshot(lang, [...DEFAULT_LAYERS, FIRST_VIEW_PLACEHOLDER]),
  );
  if (unsure) return null;
  const region = snapshot.region && byCode.get(snapshot.region);
  const regionOpen = !!region;
  if (snapshot.camera) return { framing: { camera: snapshot.camera }, regionOpen };
  const bounds: Bounds | null = region
    ? boundsOf([{ type: 'Feature', properties: {}, geometry: region }])
    : boundsOf(home.map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
  const legend = legendOpens && snapshot.layers.some((l) => l.kind !== 'context');
  const inset = { ...NO_INSET, left: legend ? LEGEND_INSET_PX : 0 };
  return bounds ? { framing: { bounds, inset }, regionOpen } : null;
}
