/**
 * Region search by the forms people type a place in: Chinese (simplified or traditional), pinyin
 * (with or without tones, spaces and apostrophes; ü as v, u: or u; or initials), English, each
 * with or without the administrative suffix (略阳, 略阳县, Lueyang, Lueyang County, lueyangxian),
 * former names and codes; after the names of its parents, as people write an address (重庆市巴南区,
 * 陕西 汉中, changchun chaoyang); in mixed script once pinyin is loaded (han中).
 *
 * The index covers the dataset's regions and, once it has arrived, every province, prefecture
 * and county of the region base; a dataset region wins over the base's entry for its code.
 * Ranking: exact matches first; then regions with data before those without; then a region's
 * whole name before a shortened one (Xi'an is 西安市, not 献县, Xian County); then prefix >
 * substring > initials; ties go to the shorter name, then the higher level, then the code.
 * Links resolve names with the same index (`exactRegion`), so a name search finds exactly also
 * opens from a link.
 */
import { byCode, parentsOf } from '../data/region-parents';
import type { Level, Region, RegionCode } from '../domain/schema';
import { codeKey, englishStem, hanStem, hasHan, latinKey, type Normalisers } from './normalise';

/** How well a query matched, best first. */
export const MATCH = { exact: 0, prefix: 1, substring: 2, initials: 3 } as const;
export type MatchTier = (typeof MATCH)[keyof typeof MATCH];

/** The keys one region is found by. */
interface Keys {
  /** Simplified Chinese keys: the name, the name-like aliases and their stems. */
  han: string[];
  /** Latin keys: English name and its stem, full pinyin. */
  latin: string[];
  /** Pinyin initials ("bnq"), matched only as a prefix and ranked last. */
  initials: string[];
}

interface Entry extends Keys {
  region: Region;
  /** The region is in the dataset: the atlas has figures for it or under it. */
  data: boolean;
  /** Its parents, nearest first, up to the province (the country left out). */
  parents: Region[];
  /** Han and Latin keys of every parent, which a query may start with (重庆市 in 重庆市巴南区). */
  parentHan: string[];
  parentLatin: string[];
  /** The current code and former ones, matched when the query is digits. */
  codes: string[];
  /** Its Chinese name (simplified) and English name as keys: the forms nothing was taken off. */
  whole: string[];
}

export interface SearchIndex {
  entries: Entry[];
  normalisers: Normalisers;
}

export interface SearchHit {
  code: RegionCode;
  region: Region;
  tier: MatchTier;
  /** The region is in the dataset (see Entry.data). */
  data: boolean;
  /** Its parents, nearest first, up to the province: what tells 桥西区 from 桥西区. */
  parents: readonly Region[];
}

const LEVEL_RANK: Record<Level, number> = {
  country: 0,
  province: 1,
  group: 2,
  prefecture: 3,
  county: 4,
};

const present = (s: string | null): s is string => s !== null && s !== '';
const unique = (keys: string[]): string[] => [...new Set(keys)];

function keysOf(region: Region, n: Normalisers): Keys {
  const names = [region.name.zh, ...region.aliases.filter(hasHan)].map(n.toSimplified);
  // A group's name is not a place plus a suffix: 主城都市区 is not "主城都市".
  const stems = region.level === 'group' ? [] : names.map(hanStem).filter(present);
  const han = unique([...names, ...stems]);
  const latin = [region.name.en, englishStem(region.name.en)].filter(present).map(latinKey);
  const initials: string[] = [];
  if (n.syllables)
    for (const name of han) {
      const syl = n.syllables(name);
      latin.push(latinKey(syl.join('')));
      initials.push(syl.map((s) => latinKey(s)[0] ?? '').join(''));
    }
  return { han, latin: unique(latin), initials: unique(initials) };
}

/**
 * Indexes every form of each region's names: the dataset's `regions` (with data), then the
 * `base` regions the dataset lacks (without). With `n.syllables` null, no pinyin keys yet.
 */
export function buildSearchIndex(
  regions: readonly Region[],
  n: Normalisers,
  base: readonly Region[] = [],
): SearchIndex {
  const inData = new Set(regions.map((r) => r.code));
  const all = [...regions, ...base.filter((r) => !inData.has(r.code))];
  const regionsByCode = byCode(all);
  const keys = new Map(all.map((r) => [r.code, keysOf(r, n)]));
  const entries = all.map((region) => {
    const parents = parentsOf(regionsByCode, region);
    const parentKeys = parents.flatMap((p) => keys.get(p.code) ?? []);
    const codes = [region.code, ...region.aliases.filter((a) => codeKey(a) === a)];
    return {
      region,
      ...(keys.get(region.code) as Keys),
      data: inData.has(region.code),
      parents,
      parentHan: unique(parentKeys.flatMap((k) => k.han)),
      parentLatin: unique(parentKeys.flatMap((k) => k.latin)),
      codes,
      whole: [n.toSimplified(region.name.zh), latinKey(region.name.en)],
    };
  });
  return { entries, normalisers: n };
}

function tierOf(keys: readonly string[], q: string): MatchTier | null {
  let best: MatchTier | null = null;
  for (const k of keys) {
    const tier =
      k === q
        ? MATCH.exact
        : k.startsWith(q)
          ? MATCH.prefix
          : k.includes(q)
            ? MATCH.substring
            : null;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best;
}

/**
 * The best tier of `match` on `q`, or on what is left of it after one or more parents' keys at
 * its start (重庆市 巴南区, 陕西 汉中): the region is then found as if its name alone were typed.
 */
function withParents(
  q: string,
  parentKeys: readonly string[],
  match: (q: string) => MatchTier | null,
): MatchTier | null {
  let best = match(q);
  if (best === MATCH.exact) return best;
  for (const k of parentKeys)
    if (q.length > k.length && q.startsWith(k)) {
      const tier = withParents(q.slice(k.length), parentKeys, match);
      if (tier !== null && (best === null || tier < best)) best = tier;
    }
  return best;
}

/** A query in the form its keys are kept in. */
type Query = { kind: 'han' | 'latin' | 'code'; key: string };

function queryOf(text: string, n: Normalisers): Query {
  const code = codeKey(text);
  if (code !== null) return { kind: 'code', key: code };
  if (!hasHan(text)) return { kind: 'latin', key: latinKey(text) };
  const han = n.toSimplified(text.replace(/\s+/g, ''));
  // Mixed script (han中, 陕西 hanzhong): read as pinyin, once there is pinyin to read it with.
  if (/[a-z]/i.test(text.normalize('NFKC')) && n.syllables)
    return { kind: 'latin', key: latinKey(n.syllables(han).join('')) };
  return { kind: 'han', key: han };
}

function matchEntry(e: Entry, q: Query): MatchTier | null {
  switch (q.kind) {
    case 'han':
      return withParents(q.key, e.parentHan, (rest) => tierOf(e.han, rest));
    case 'code':
      // A part of a code in the middle means nothing: exact or from the start only.
      return e.codes.includes(q.key)
        ? MATCH.exact
        : e.codes.some((c) => c.startsWith(q.key))
          ? MATCH.prefix
          : null;
    case 'latin':
      return withParents(q.key, e.parentLatin, (rest) => {
        const tier = tierOf(e.latin, rest);
        if (tier !== null) return tier;
        return e.initials.some((k) => k.startsWith(rest)) ? MATCH.initials : null;
      });
    default:
      return q.kind satisfies never;
  }
}

/** Exact matches first, then regions with data (see the ranking above). */
const rank = (h: SearchHit): number => (h.tier === MATCH.exact ? 0 : h.data ? 1 : 2);

/** The regions matching `query`, best first (see the ranking above). */
export function searchRegions(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = queryOf(query, index.normalisers);
  if (q.key === '') return [];
  const hits: (SearchHit & { whole: boolean })[] = [];
  for (const e of index.entries) {
    const tier = matchEntry(e, q);
    if (tier !== null) {
      const { region, data, parents } = e;
      hits.push({ code: region.code, region, tier, data, parents, whole: e.whole.includes(q.key) });
    }
  }
  hits.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(b.data) - Number(a.data) ||
      Number(b.whole) - Number(a.whole) ||
      a.tier - b.tier ||
      a.region.name.zh.length - b.region.name.zh.length ||
      LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] ||
      a.code.localeCompare(b.code),
  );
  return hits.slice(0, limit).map(({ whole: _, ...hit }) => hit);
}

/**
 * The region a name or code stands for, as a link gives it: the best exact match of `text`
 * under search's normalisation, or null. Never a prefix: a link names one place or none.
 */
export function exactRegion(index: SearchIndex, text: string): RegionCode | null {
  const best = searchRegions(index, text, 1)[0];
  return best?.tier === MATCH.exact ? best.code : null;
}
