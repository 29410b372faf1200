/** `context.json`: China's 34 provincial-level units and the neighbouring countries. */
import { GEO_OBJECTS } from '../../src/lib/domain/geometry';
import { collection, regionFeature } from '../features';
import { PROVINCE_EN, PROVINCE_ZH } from '../province-names';
import { snapBorders } from '../snap-borders';
import { loadCountries } from '../sources/countries';
import type { ProvinceShape } from '../sources/provinces';
import { toTopoJSON, type TopologyOptions } from '../topology';

const OPTIONS: TopologyOptions = { keep: 0.08, quantization: 2e4, minRingArea: 5e-3 };

/** Builds the context file's text; counts go to the report. */
export function buildContext(provinces: readonly ProvinceShape[]): {
  text: string;
  report: { provinces: number; countries: number; bordersSnapped: number };
} {
  const provinceFeatures = provinces.map(({ code, geometry }) => {
    const name_zh = PROVINCE_ZH[code];
    const name_en = PROVINCE_EN[code];
    if (!name_zh || !name_en) throw new Error(`context: no names for province ${code}`);
    return regionFeature({ code, name_zh, name_en, level: 'province' }, geometry);
  });
  const snapped = snapBorders(provinceFeatures, OPTIONS.quantization);
  const countries = loadCountries();
  const text = toTopoJSON(
    {
      [GEO_OBJECTS.context.provinces]: collection(snapped.features),
      [GEO_OBJECTS.context.countries]: collection(countries),
    },
    OPTIONS,
  );
  return {
    text,
    report: {
      provinces: provinceFeatures.length,
      countries: countries.length,
      bordersSnapped: snapped.adopted,
    },
  };
}
