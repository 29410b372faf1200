/** Search over all of China: the region base beside the dataset's regions. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import regionsFile from '../../../seeds/regions.json';
import { loadRegionBase } from '../../../src/lib/data/region-base';
import { RegionSchema, type Region } from '../../../src/lib/domain/schema';
import { loadNormalisers } from '../../../src/lib/search/normalise';
import {
  buildSearchIndex,
  MATCH,
  searchRegions,
  type SearchIndex,
} from '../../../src/lib/search/search';

const regions = z.array(RegionSchema).parse(regionsFile.regions);
const baseText = readFileSync('public/geo/china-regions.json', 'utf8');
const serve = (body: string) => (async () => new Response(body)) as unknown as typeof fetch;

let base: Region[];
let index: SearchIndex;
beforeAll(async () => {
  const loaded = await loadRegionBase(serve(baseText));
  if (!loaded.ok) throw new Error(loaded.message);
  base = loaded.regions;
  index = buildSearchIndex(regions, await loadNormalisers(), base);
});

const codes = (q: string, limit = 10) => searchRegions(index, q, limit).map((h) => h.code);
const first = (q: string) => searchRegions(index, q)[0];

describe('loadRegionBase', () => {
  it('reads every province, prefecture and county', () => {
    expect(base.length).toBeGreaterThan(3000);
  });

  it('refuses a file of the wrong shape, naming where', async () => {
    const r = await loadRegionBase(serve('{"regions":[{"code":"110000"}]}'));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('regions.0') });
  });
});

describe('search over all of China', () => {
  it.each([
    ['略阳县', '610727'],
    ['朝陽區', null],
    ['西安', '610100'],
    ['xian1', null],
    ["ha'erbin", '230100'],
    ['lvchun', '532531'],
    ['lüchun', '532531'],
  ])('finds %s', (q, code) => {
    const hit = first(q);
    expect(hit).toBeDefined();
    if (code) expect(hit?.code).toBe(code);
  });

  // The English a reader knows a place by, where it is not pinyin (geo/english-names.ts), and
  // the provinces' English names.
  it.each([
    ['Harbin', '230100'],
    ['Urumqi', '650100'],
    ['Hohhot', '150100'],
    ['Inner Mongolia', '150000'],
    ['Tibet', '540000'],
    ["Xi'an", '610100'],
    ['Lhasa', '540100'],
    ['Kashgar', '653101'],
    ['Kashgar Prefecture', '653100'],
    ['Hong Kong', '810000'],
    ['Shigatse', '540200'],
    ['Xilingol', '152500'],
    ['Garze', '513300'],
    ['Shangri-La', '533401'],
  ])('finds %s by its English name', (q, code) => {
    expect(first(q)).toMatchObject({ code, tier: MATCH.exact });
  });

  it('finds a place after its parents, with or without a space, suffix or script', () => {
    expect(first('重庆市巴南区')).toMatchObject({ code: '500113', tier: MATCH.exact });
    expect(first('陕西 汉中')).toMatchObject({ code: '610700', tier: MATCH.exact });
    expect(first('长春 朝阳')).toMatchObject({ code: '220104', tier: MATCH.exact });
    expect(first('长春朝阳区')?.code).toBe('220104');
    expect(first('北京朝阳')?.code).toBe('110105');
    expect(first('changchun chaoyang')?.code).toBe('220104');
    expect(first('han中')?.code).toBe('610700');
  });

  it('a parent alone does not match every place under it', () => {
    expect(codes('长春 zzz')).toEqual([]);
  });

  it('tells regions of one name apart by their parents', () => {
    const hits = searchRegions(index, '桥西区', 20).filter((h) => h.region.name.zh === '桥西区');
    expect(hits.length).toBeGreaterThan(2);
    const where = hits.map((h) => h.parents.map((p) => p.name.zh).join(' '));
    expect(new Set(where).size).toBe(hits.length);
    expect(hits[0]?.parents.at(-1)?.level).toBe('province');
  });

  it('puts regions with data before those without', () => {
    // 汉中市 has data; 汉中 matches no other place exactly, but many by prefix or substring.
    const hits = searchRegions(index, '汉', 50);
    const firstWithout = hits.findIndex((h) => !h.data);
    expect(firstWithout).toBeGreaterThan(0);
    expect(hits.slice(firstWithout).every((h) => !h.data)).toBe(true);
  });

  it('among exact matches of one name, the one with data first', () => {
    const data = { ...regions.find((r) => r.code === '610700')! };
    // A dataset that holds Changchun's 朝阳区: it is first for 朝阳区, Beijing's after it.
    const chaoyang = base.find((r) => r.code === '220104')!;
    const withChaoyang = buildSearchIndex([data, chaoyang], index.normalisers, base);
    const hits = searchRegions(withChaoyang, '朝阳区').filter((h) => h.tier === MATCH.exact);
    expect(hits.map((h) => [h.code, h.data])).toEqual([
      ['220104', true],
      ['110105', false],
    ]);
  });

  it('keeps the dataset region where the base has the same code', () => {
    const hit = searchRegions(index, '巴南区')[0];
    expect(hit?.data).toBe(true);
    expect(hit?.region).toBe(regions.find((r) => r.code === '500113'));
  });
});
