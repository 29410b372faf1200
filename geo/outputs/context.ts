/**
 * `context.json`: China's 34 provincial-level units and the neighbouring countries. The
 * provinces are dissolved from the county map, so their borders are the counties' borders;
 * only Taiwan, which the county files leave out, comes from china.json.
 */
import type { MultiPolygon } from 'geojson';
import { GEO_OBJECTS } from '../../src/lib/domain/geometry';
import { collection, regionFeature } from '../features';
import { PROVINCE_EN, PROVINCE_ZH } from '../province-names';
import { BORDERS_CHINA, loadCountries } from '../sources/countries';
import type { ProvinceShape } from '../sources/provinces';
import { toTopoJSON, type TopologyOptions } from '../topology';

/** Province outlines and countries are drawn at province zoom: points under 0.008 deg² go. */
export const CONTEXT_MIN_WEIGHT = 8e-3;

const OPTIONS: TopologyOptions = {
  minWeight: CONTEXT_MIN_WEIGHT,
  // ≈ 900 × 660 m steps: under a pixel at national scale, and at county zoom (8) the province
  // lines are already straight chords of the simplified border, drawn under the focus lines.
  quantization: 1e4,
  minRingArea: 5e-3,
  // Countries that do not border China are backdrop, far from the focus regions: coarser, at
  // ≈ 1–2 px at zoom 3. China's neighbours keep the provinces' detail, as their borders come
  // from another source than the provinces' and a coarser line would open gaps between them.
  coarse: {
    features: (object, properties) =>
      object === GEO_OBJECTS.context.countries &&
      !BORDERS_CHINA.has((properties as { code?: string }).code ?? ''),
    minWeight: 3e-2,
  },
};

/** Builds the context file's text; counts go to the report. */
export function buildContext(
  outlines: ReadonlyMap<string, MultiPolygon>,
  provinces: readonly ProvinceShape[],
): {
  text: string;
  report: { provinces: number; fromChinaJson: string[]; countries: number };
} {
  const fromChinaJson: string[] = [];
  const provinceFeatures = provinces.map(({ code, geometry }) => {
    const name_zh = PROVINCE_ZH[code];
    const name_en = PROVINCE_EN[code];
    if (!name_zh || !name_en) throw new Error(`context: no names for province ${code}`);
    const outline = outlines.get(code);
    if (!outline) fromChinaJson.push(code);
    return regionFeature({ code, name_zh, name_en, level: 'province' }, outline ?? geometry);
  });
  const countries = loadCountries();
  const text = toTopoJSON(
    {
      [GEO_OBJECTS.context.provinces]: collection(provinceFeatures),
      [GEO_OBJECTS.context.countries]: collection(countries),
    },
    OPTIONS,
  );
  return {
    text,
    report: { provinces: provinceFeatures.length, fromChinaJson, countries: countries.length },
  };
}
