/** `china-counties.json`: every county-level unit outside Taiwan, loaded only on request. */
import type { Region } from '../../src/lib/domain/schema';
import { GEO_OBJECTS } from '../../src/lib/domain/geometry';
import { collection, regionFeature } from '../features';
import { aliasResolver } from '../regions';
import { englishName } from '../romanize';
import { snapBorders } from '../snap-borders';
import type { CountyShape } from '../sources/cities';
import { toTopoJSON, type TopologyOptions } from '../topology';

const OPTIONS: TopologyOptions = { keep: 0.04, quantization: 3e4, minRingArea: 2e-3 };

/** Builds the all-counties file: catalogue names where it has them, else romanised ones. */
export function buildCounties(
  regions: readonly Region[],
  counties: readonly CountyShape[],
): {
  text: string;
  report: { counties: number; namedByCatalogue: number; bordersSnapped: number };
} {
  const current = aliasResolver(regions);
  const catalogue = new Map<string, Region>(regions.map((region) => [region.code, region]));
  let namedByCatalogue = 0;
  const features = counties.map((county) => {
    const code = current(county.code);
    const known = catalogue.get(code);
    if (known) namedByCatalogue += 1;
    return regionFeature(
      {
        code,
        name_zh: known?.name.zh ?? county.name_zh,
        name_en: known?.name.en ?? englishName(county.name_zh),
        level: 'county',
      },
      county.geometry,
    );
  });
  const snapped = snapBorders(features, OPTIONS.quantization);
  const text = toTopoJSON(
    { [GEO_OBJECTS.counties.counties]: collection(snapped.features) },
    OPTIONS,
  );
  return {
    text,
    report: { counties: features.length, namedByCatalogue, bordersSnapped: snapped.adopted },
  };
}
