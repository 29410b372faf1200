/**
 * The geo build as a pure-ish function: reads the installed packages and the catalogue,
 * returns each output file's text keyed by its path under `public/`. The CLI writes them; the
 * tests compare them with the committed files.
 */
import { GEO_FILES } from '../src/lib/domain/geometry';
import { buildContext } from './outputs/context';
import { countyMap, provinceOutlines, type CountyMapReport } from './county-map';
import { buildCounties } from './outputs/counties';
import { buildFocus, type FocusReport } from './outputs/focus';
import { buildProvinceCounties } from './outputs/province-counties';
import { loadRegions } from './regions';
import { loadCounties, type CitiesReport } from './sources/cities';
import { loadProvinces } from './sources/provinces';

/** Everything the build counted, printed by the CLI and recorded in geo/README.md. */
export interface GeoReport {
  cities: CitiesReport;
  countyMap: CountyMapReport & { provinceBordersSnapped: number };
  focus: FocusReport;
  context: ReturnType<typeof buildContext>['report'];
  counties: ReturnType<typeof buildCounties>['report'];
  provinceCounties: ReturnType<typeof buildProvinceCounties>['report'];
}

/** Builds all geometry files and reports what it did. */
export async function buildGeoWithReport(): Promise<{
  files: Record<string, string>;
  report: GeoReport;
}> {
  const regions = loadRegions();
  const { counties: shapes, report: cities } = loadCounties();
  const map = countyMap(regions, shapes);
  const { outlines, bordersSnapped } = provinceOutlines(map.counties);
  const provinces = loadProvinces();
  const focus = buildFocus(regions, map.counties, outlines, provinces);
  const context = buildContext(outlines, provinces);
  const all = buildCounties(map.counties);
  const byProvince = buildProvinceCounties(
    all.text,
    provinces.map((p) => p.code),
  );
  return {
    files: {
      [GEO_FILES.focus]: focus.text,
      [GEO_FILES.context]: context.text,
      [GEO_FILES.counties]: all.text,
      ...byProvince.files,
    },
    report: {
      cities,
      countyMap: { ...map.report, provinceBordersSnapped: bordersSnapped },
      focus: focus.report,
      context: context.report,
      counties: all.report,
      provinceCounties: byProvince.report,
    },
  };
}

/** Builds all geometry files: path under `public/` → file text. */
export async function buildGeo(): Promise<Record<string, string>> {
  return (await buildGeoWithReport()).files;
}
