/**
 * The geo build as a pure-ish function: reads the installed packages and the catalogue,
 * returns each output file's text keyed by its path under `public/`. The CLI writes them; the
 * tests compare them with the committed files.
 */
import { GEO_FILES } from '../src/lib/domain/geometry';
import { buildContext } from './outputs/context';
import { buildCounties } from './outputs/counties';
import { buildFocus, type FocusReport } from './outputs/focus';
import { loadRegions } from './regions';
import { loadCounties, type CitiesReport } from './sources/cities';
import { loadProvinces } from './sources/provinces';

/** Everything the build counted, printed by the CLI and recorded in geo/README.md. */
export interface GeoReport {
  cities: CitiesReport;
  focus: FocusReport;
  context: { provinces: number; countries: number; bordersSnapped: number };
  counties: { counties: number; namedByCatalogue: number; bordersSnapped: number };
}

/** Builds all geometry files and reports what it did. */
export async function buildGeoWithReport(): Promise<{
  files: Record<string, string>;
  report: GeoReport;
}> {
  const regions = loadRegions();
  const { counties, report: cities } = loadCounties();
  const provinces = loadProvinces();
  const focus = buildFocus(regions, counties, provinces);
  const context = buildContext(provinces);
  const all = buildCounties(regions, counties);
  return {
    files: {
      [GEO_FILES.focus]: focus.text,
      [GEO_FILES.context]: context.text,
      [GEO_FILES.counties]: all.text,
    },
    report: { cities, focus: focus.report, context: context.report, counties: all.report },
  };
}

/** Builds all geometry files: path under `public/` → file text. */
export async function buildGeo(): Promise<Record<string, string>> {
  return (await buildGeoWithReport()).files;
}
