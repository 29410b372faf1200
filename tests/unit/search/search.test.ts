import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import regionsFile from '../../../seeds/regions.json';
import { RegionSchema } from '../../../src/lib/domain/schema';
import {
  BASIC_NORMALISERS,
  loadNormalisers,
  type Normalisers,
} from '../../../src/lib/search/normalise';
import {
  buildSearchIndex,
  exactRegion,
  MATCH,
  searchRegions,
  type SearchIndex,
} from '../../../src/lib/search/search';

const regions = z.array(RegionSchema).parse(regionsFile.regions);
const codeOf = (zh: string) => regions.find((r) => r.name.zh === zh)?.code;

let n: Normalisers;
let index: SearchIndex;
beforeAll(async () => {
  n = await loadNormalisers();
  index = buildSearchIndex(regions, n);
});

const first = (q: string) => searchRegions(index, q)[0];

describe('searchRegions', () => {
  it.each([
    ['巴南区', '巴南区'],
    ['巴南區', '巴南区'],
    ['銀川', '银川市'],
    ['banan', '巴南区'],
    ['ba nan qu', '巴南区'],
    ['BaNanQu', '巴南区'],
    ['bnq', '巴南区'],
    ['Banan', '巴南区'],
    ['Lueyang', '略阳县'],
    ['lüeyang', '略阳县'],
    ['Foping', '佛坪县'],
    ['重庆', '重庆市'],
  ])('finds %s → %s first', (q, zh) => {
    expect(first(q)?.code).toBe(codeOf(zh));
  });

  it('ranks exact, then prefix, then substring', () => {
    const hits = searchRegions(index, '南', 50);
    const tiers = hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(hits[0]?.tier).toBe(MATCH.prefix);
    expect(hits.some((h) => h.tier === MATCH.substring)).toBe(true);
  });

  it('ranks initials after any spelled match', () => {
    const hits = searchRegions(index, 'bn', 50);
    expect(hits.find((h) => h.code === codeOf('巴南区'))?.tier).toBe(MATCH.initials);
    const firstInitials = hits.findIndex((h) => h.tier === MATCH.initials);
    expect(hits.slice(firstInitials).every((h) => h.tier === MATCH.initials)).toBe(true);
  });

  it('breaks ties by the shorter name, then the higher level', () => {
    const hits = searchRegions(index, '重庆', 50);
    expect(hits.map((h) => h.region.name.zh).slice(0, 1)).toEqual(['重庆市']);
    const prefixHits = searchRegions(index, 'chongqing', 50).filter((h) => h.tier === MATCH.prefix);
    const lengths = prefixHits.map((h) => h.region.name.zh.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('finds nothing for an empty or unmatched query', () => {
    expect(searchRegions(index, '  ')).toEqual([]);
    expect(searchRegions(index, 'zzzz')).toEqual([]);
  });

  it('works on names and English before pinyin is loaded', () => {
    const basic = buildSearchIndex(regions, BASIC_NORMALISERS);
    expect(searchRegions(basic, '巴南')[0]?.code).toBe(codeOf('巴南区'));
    expect(searchRegions(basic, 'banan')[0]?.code).toBe(codeOf('巴南区'));
    expect(searchRegions(basic, 'bnq')).toEqual([]);
  });
});

describe('the forms people type a place name in', () => {
  const LUEYANG = '610727';
  it.each([
    ["an input method's v for ü", 'lveyang'],
    ['the v form, short', 'lv'],
    ['ü dropped', 'lue'],
    ['ü typed', 'lüe'],
    ['ü as u:', 'lu:e'],
    ['tone marks', 'Lüèyáng'],
    ['tone numbers', 'lve4yang2'],
    ['syllables apart', 'lue yang'],
    ['full-width letters', 'ｌｖｅｙａｎｇ'],
    ['the name without its suffix', '略阳'],
    ['the name with its suffix', '略阳县'],
    ['traditional characters', '略陽'],
    ['traditional characters with the suffix', '略陽縣'],
    ['English', 'Lueyang'],
    ['English with the suffix', 'Lueyang County'],
    ['pinyin with the suffix', 'lueyangxian'],
    ['pinyin with the suffix apart', 'lue yang xian'],
    ['initials', 'lyx'],
    ['the code', '610727'],
  ])('finds 略阳县 from %s: %s', (_form, typed) => {
    expect(first(typed)?.code).toBe(LUEYANG);
  });

  it.each([
    ['a former name', '梁平县', '梁平区'],
    ['a former name in pinyin', 'kaixian', '开州区'],
    ['a former code', '500234', '开州区'],
    ['a former name, traditional', '南鄭縣', '南郑区'],
    ['an autonomous county by its short name', '石柱', '石柱土家族自治县'],
    ['an autonomous county in English, short', 'Xiushan', '秀山土家族苗族自治县'],
    ['an apostrophe name without it', 'nanan', '南岸区'],
    ['an autonomous region by its short name', '寧夏', '宁夏回族自治区'],
  ])('finds %s: %s → %s', (_form, typed, zh) => {
    expect(first(typed)?.code).toBe(codeOf(zh));
  });

  it('matches the whole name as exactly as the name without its suffix', () => {
    for (const typed of ['略阳', '略阳县', 'lueyang', 'Lueyang County', 'lueyangxian'])
      expect(searchRegions(index, typed)[0]?.tier).toBe(MATCH.exact);
  });

  it('does not shorten one-character names or group names', () => {
    expect(searchRegions(index, '忠')[0]?.tier).not.toBe(MATCH.exact);
    expect(exactRegion(index, '主城都市')).toBeNull();
  });

  it('matches codes from the start only', () => {
    const hits = searchRegions(index, '6107', 50);
    expect(hits.map((h) => h.code)).toContain('610700');
    expect(hits.every((h) => h.tier === MATCH.prefix && h.code.startsWith('6107'))).toBe(true);
    expect(searchRegions(index, '0727')).toEqual([]);
  });
});

describe('exactRegion, which links resolve names with', () => {
  const basic = () => buildSearchIndex(regions, BASIC_NORMALISERS);

  it.each([
    ['略阳', '略阳县'],
    ['略阳县', '略阳县'],
    ['Lueyang', '略阳县'],
    ['lveyang', '略阳县'],
    ['lu:eyang', '略阳县'],
    ['Lueyang County', '略阳县'],
    ['梁平县', '梁平区'],
    ['500228', '梁平区'],
  ])('resolves %s before the pinyin tables load', (typed, zh) => {
    expect(exactRegion(basic(), typed)).toBe(codeOf(zh));
  });

  it('resolves pinyin and traditional names once they are loaded', () => {
    expect(exactRegion(index, 'lueyangxian')).toBe(codeOf('略阳县'));
    expect(exactRegion(index, '略陽')).toBe(codeOf('略阳县'));
  });

  it('never resolves a prefix, an unknown name or nothing', () => {
    expect(exactRegion(basic(), 'luey')).toBeNull();
    expect(exactRegion(basic(), '略')).toBeNull();
    expect(exactRegion(basic(), 'atlantis')).toBeNull();
    expect(exactRegion(basic(), ' ')).toBeNull();
  });
});
