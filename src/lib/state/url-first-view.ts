/**
 * How the link frames the map, read before the dataset has loaded, for the picture drawn before
 * the map (map/first-paint.ts). The link is read by the app's own parser (migrations included);
 * only the region lookup is narrower: a region is known here by its code in the focus geometry.
 */
import type { Geometry } from 'geojson';
import type { RegionCode } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { boundsOf, type Bounds } from '../map/bounds';
import type { Framing } from '../map/first-paint';
import { defaultSnapshot } from './types';
import { parseUrl } from './url';

/** How the map will start: its framing, and whether a region's panel narrows it. */
export interface FirstView {
  framing: Framing;
  regionOpen: boolean;
}

/**
 * The framing the map will start with: the link's camera, else its region's bounds, else the
 * focus counties'. Null when only the dataset could tell (a region named in words, a former
 * code): the picture is then left out rather than drawn somewhere the map will not be.
 */
export function firstFraming(
  search: string,
  lang: Lang,
  counties: readonly Geometry[],
  byCode: ReadonlyMap<string, Geometry>,
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
      // Layers, indicators, years and documents do not move the camera: anything goes.
      knownIndicator: () => null,
      knownFamilyLayer: () => null,
      knownMeasure: () => null,
      knownSource: () => null,
      yearRange: [0, -1],
    },
    defaultSnapshot(lang),
  );
  if (unsure) return null;
  const region = snapshot.region && byCode.get(snapshot.region);
  const regionOpen = !!region;
  if (snapshot.camera) return { framing: { camera: snapshot.camera }, regionOpen };
  const bounds: Bounds | null = region
    ? boundsOf([{ type: 'Feature', properties: {}, geometry: region }])
    : boundsOf(counties.map((geometry) => ({ type: 'Feature', properties: {}, geometry })));
  return bounds ? { framing: { bounds }, regionOpen } : null;
}
