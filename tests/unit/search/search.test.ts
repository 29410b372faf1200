import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import regionsFile from '../../../seeds/regions.json';
import { RegionSchema } from '../../../src/lib/domain/schema';
import {
  BASIC_NORMALISERS,
  loadNormalisers,
  type Normalisers,
} from '../../../src/lib/search/normalise';
import {
  buildSearchIndex,
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
