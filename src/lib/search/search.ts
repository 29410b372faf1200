/**
 * Region search by Chinese name (simplified or traditional), pinyin (full, with or without
 * spaces, or initials) and English. Ranking: exact > prefix > substring > initials; ties go to
 * the shorter name, then the higher level, then the code.
 */
import type { Level, Region, RegionCode } from '../domain/schema';
import { hasHan, latinKey, type Normalisers } from './normalise';

/** How well a query matched, best first. */
export const MATCH = { exact: 0, prefix: 1, substring: 2, initials: 3 } as const;
export type MatchTier = (typeof MATCH)[keyof typeof MATCH];

interface Entry {
  region: Region;
  /** Simplified Chinese keys: the name and the name-like aliases. */
  han: string[];
  /** Latin keys: English name, full pinyin. */
  latin: string[];
  /** Pinyin initials ("bnq"), matched only as a prefix and ranked last. */
  initials: string[];
}

export interface SearchIndex {
  entries: Entry[];
  normalisers: Normalisers;
}

export interface SearchHit {
  code: RegionCode;
  region: Region;
  tier: MatchTier;
}

const LEVEL_RANK: Record<Level, number> = {
  country: 0,
  province: 1,
  group: 2,
  prefecture: 3,
  county: 4,
};

export function buildSearchIndex(regions: readonly Region[], n: Normalisers): SearchIndex {
  const entries = regions.map((region) => {
    const han = [region.name.zh, ...region.aliases.filter(hasHan)].map(n.toSimplified);
    const latin = [latinKey(region.name.en)];
    const initials: string[] = [];
    if (n.syllables)
      for (const name of han) {
        const syl = n.syllables(name);
        latin.push(syl.join(''));
        initials.push(syl.map((s) => s[0] ?? '').join(''));
      }
    return { region, han, latin, initials };
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

function matchEntry(e: Entry, q: string, han: boolean): MatchTier | null {
  if (han) return tierOf(e.han, q);
  const tier = tierOf(e.latin, q);
  if (tier !== null) return tier;
  return e.initials.some((k) => k.startsWith(q)) ? MATCH.initials : null;
}

export function searchRegions(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const han = hasHan(query);
  const q = han ? index.normalisers.toSimplified(query.replace(/\s+/g, '')) : latinKey(query);
  if (q === '') return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    const tier = matchEntry(e, q, han);
    if (tier !== null) hits.push({ code: e.region.code, region: e.region, tier });
  }
  hits.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.region.name.zh.length - b.region.name.zh.length ||
      LEVEL_RANK[a.region.level] - LEVEL_RANK[b.region.level] ||
      a.code.localeCompare(b.code),
  );
  return hits.slice(0, limit);
}
