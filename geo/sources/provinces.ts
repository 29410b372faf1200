/**
 * Province outlines from echarts 4 (`map/json/china.json`, Apache-2.0), in ECharts'
 * compressed encoding. Coarse but cheap: they are context, drawn under the focus regions.
 */
import fs from 'node:fs';
import type { Position } from 'geojson';
import { decodeEchartsMap, type EchartsMapFile } from './echarts-decode';
import { cleanRings } from '../fixups';
import type { Area } from './echarts-decode';

const CHINA = new URL('../../node_modules/echarts/map/json/china.json', import.meta.url);

/** One provincial-level unit: code, short Chinese name as shipped, centre point, outline. */
export interface ProvinceShape {
  code: string;
  cp: Position | undefined;
  geometry: Area;
}

/** The 34 provincial-level units, in the file's order. */
export function loadProvinces(): ProvinceShape[] {
  const file = JSON.parse(fs.readFileSync(CHINA, 'utf8')) as EchartsMapFile;
  return decodeEchartsMap(file).map((feature) => {
    if (!feature.id) throw new Error(`china.json: ${feature.properties.name} has no id`);
    const { geometry } = cleanRings(feature.geometry);
    if (!geometry) throw new Error(`china.json: ${feature.id} has no ring left`);
    return { code: feature.id, cp: feature.properties.cp, geometry };
  });
}
