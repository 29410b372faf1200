/**
 * Neighbouring countries from world-atlas 2.0.2 (ISC; data Natural Earth 1:50m, public
 * domain), clipped to a box around China so the context file stays small.
 */
import fs from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cleanRings } from '../fixups';
import type { Area } from './echarts-decode';

const WORLD = new URL('../../node_modules/world-atlas/countries-50m.json', import.meta.url);

/** lon 60..150, lat 0..60: China with room to pan. */
export const CONTEXT_BOX = { west: 60, south: 0, east: 150, north: 60 } as const;

/**
 * Drawn by China's provinces instead (China, Taiwan, Hong Kong, Macao), so not repeated here.
 * ISO 3166-1 numeric codes as world-atlas uses them.
 */
const DRAWN_AS_PROVINCES = new Set(['156', '158', '344', '446']);

/**
 * China's land neighbours, ISO 3166-1 numeric (Natural Earth's Siachen Glacier by name): the
 * countries whose borders run beside the provinces'.
 */
export const BORDERS_CHINA: ReadonlySet<string> = new Set([
  '004', // Afghanistan
  '064', // Bhutan
  '104', // Myanmar
  '356', // India
  '398', // Kazakhstan
  '408', // North Korea
  '417', // Kyrgyzstan
  '418', // Laos
  '496', // Mongolia
  '524', // Nepal
  '586', // Pakistan
  '643', // Russia
  '704', // Vietnam
  '762', // Tajikistan
  'Siachen Glacier',
]);

/** Chinese names of the countries the box reaches; anything else falls back to English. */
const NAME_ZH: Readonly<Record<string, string>> = {
  Afghanistan: '阿富汗',
  Bangladesh: '孟加拉国',
  Bhutan: '不丹',
  Brunei: '文莱',
  Cambodia: '柬埔寨',
  Guam: '关岛',
  India: '印度',
  Indonesia: '印度尼西亚',
  Iran: '伊朗',
  Japan: '日本',
  Kazakhstan: '哈萨克斯坦',
  Kyrgyzstan: '吉尔吉斯斯坦',
  Laos: '老挝',
  Malaysia: '马来西亚',
  Maldives: '马尔代夫',
  Micronesia: '密克罗尼西亚联邦',
  Mongolia: '蒙古',
  Myanmar: '缅甸',
  'N. Mariana Is.': '北马里亚纳群岛',
  Nepal: '尼泊尔',
  'North Korea': '朝鲜',
  Pakistan: '巴基斯坦',
  Palau: '帕劳',
  Philippines: '菲律宾',
  Russia: '俄罗斯',
  Singapore: '新加坡',
  'South Korea': '韩国',
  'Sri Lanka': '斯里兰卡',
  Tajikistan: '塔吉克斯坦',
  Thailand: '泰国',
  Turkmenistan: '土库曼斯坦',
  Uzbekistan: '乌兹别克斯坦',
  Vietnam: '越南',
};

/** Properties of a context country. */
export interface CountryProps {
  code: string;
  name_zh: string;
  name_en: string;
  level: 'country';
}

type Edge = { inside: (p: Position) => boolean; cross: (a: Position, b: Position) => Position };

function at(a: Position, b: Position, t: number): Position {
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  return [ax + (bx - ax) * t, ay + (by - ay) * t];
}

const x = (p: Position): number => p[0] ?? 0;
const y = (p: Position): number => p[1] ?? 0;

const EDGES: Edge[] = [
  {
    inside: (p) => x(p) >= CONTEXT_BOX.west,
    cross: (a, b) => at(a, b, (CONTEXT_BOX.west - x(a)) / (x(b) - x(a))),
  },
  {
    inside: (p) => x(p) <= CONTEXT_BOX.east,
    cross: (a, b) => at(a, b, (CONTEXT_BOX.east - x(a)) / (x(b) - x(a))),
  },
  {
    inside: (p) => y(p) >= CONTEXT_BOX.south,
    cross: (a, b) => at(a, b, (CONTEXT_BOX.south - y(a)) / (y(b) - y(a))),
  },
  {
    inside: (p) => y(p) <= CONTEXT_BOX.north,
    cross: (a, b) => at(a, b, (CONTEXT_BOX.north - y(a)) / (y(b) - y(a))),
  },
];

/**
 * Sutherland–Hodgman against the box: exact for a convex window. A ring leaving and
 * re-entering the box gets a run along the box edge, which is harmless for a fill.
 */
export function clipRing(ring: readonly Position[]): Position[] {
  let points = ring.slice(0, -1);
  for (const edge of EDGES) {
    const out: Position[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] ?? current;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) out.push(edge.cross(previous, current));
        out.push(current);
      } else if (edge.inside(previous)) {
        out.push(edge.cross(previous, current));
      }
    });
    points = out;
  }
  const [first] = points;
  return first ? [...points, first] : [];
}

function clipArea(geometry: Area): Area | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const clipped: Area = {
    type: 'MultiPolygon',
    coordinates: polygons.map((polygon) => polygon.map(clipRing)),
  };
  return cleanRings(clipped).geometry;
}

/** Countries reaching into the box, clipped to it, China's own units left out. */
export function loadCountries(): Feature<Area, CountryProps>[] {
  const world = JSON.parse(fs.readFileSync(WORLD, 'utf8')) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries: Feature<Area, CountryProps>[] = [];
  for (const country of feature(world, world.objects.countries).features) {
    const name = country.properties.name;
    // Natural Earth leaves Siachen Glacier without an ISO code; its name stands in.
    const code = country.id === undefined ? name : String(country.id);
    if (DRAWN_AS_PROVINCES.has(code)) continue;
    const geometry = country.geometry as Polygon | MultiPolygon | null;
    const clipped = geometry && clipArea(geometry);
    if (!clipped) continue;
    countries.push({
      type: 'Feature',
      properties: { code, name_zh: NAME_ZH[name] ?? name, name_en: name, level: 'country' },
      geometry: clipped,
    });
  }
  return countries.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}
