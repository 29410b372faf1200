/**
 * `counties/<province code>.json`: the all-China county file cut by province, so a view of one
 * place loads that place's province, not all of China. Each file keeps the all-China file's
 * transform and arcs unchanged (arc-shapes.ts#cutTopology): a place cut from it is the shape the
 * all-China file gives, on the same county lines. A province with no county in the source
 * (Taiwan) gets a file with none, so the app finds "no shape" there rather than a missing file.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { GEO_OBJECTS, provinceCountiesFile } from '../../src/lib/domain/geometry';
import { cutTopology, type ArcArea } from '../arc-shapes';

/** Each province's file text, keyed by its path under `public/`; `provinces` are their codes. */
export function buildProvinceCounties(
  countiesText: string,
  provinces: readonly string[],
): { files: Record<string, string>; report: { files: number; withoutCounties: string[] } } {
  const all = JSON.parse(countiesText) as Topology;
  const object = all.objects[GEO_OBJECTS.counties.counties] as GeometryCollection;
  const files: Record<string, string> = {};
  const withoutCounties: string[] = [];
  for (const province of [...provinces].sort()) {
    const prefix = province.slice(0, 2);
    // Numeric ids, in the all-China file's order (by code).
    const members = object.geometries.filter((g) => String(g.id).slice(0, 2) === prefix);
    if (members.length === 0) withoutCounties.push(province);
    const cut = cutTopology(all, { [GEO_OBJECTS.counties.counties]: members as ArcArea[] });
    files[provinceCountiesFile(province)] = JSON.stringify(cut);
  }
  return { files, report: { files: provinces.length, withoutCounties } };
}
