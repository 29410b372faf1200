/**
 * Region search by the forms people type a place in: Chinese (simplified or traditional), pinyin
 * (with or without tones, spaces and apostrophes; ü as v, u: or u; or initials), English, each
 * with or without the administrative suffix (略阳, 略阳县, Lueyang, Lueyang County, lueyangxian),
 * former names and codes. Ranking: exact > prefix > substring > initials; ties go to the shorter
 * name, then the higher level, then the code. Links resolve names with the same index
 * (`exactRegion`), so a name that search finds exactly also opens from a link.
 */
import type { Level, Region, RegionCode } from '../domain/schema';
import { codeKey, englishStem, hanStem, hasHan, latinKey, type Normalisers } from './normalise';

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
  /** The current code and former ones, matched when the query is digits. */
  codes: string[];
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

const present = (s: string | null): s is string => s !== null && s !== '';
const unique = (keys: string[]): string[] => [...new Set(keys)];

/** Indexes every form of each region's names; with `n.syllables` null, no pinyin keys yet. */
export function buildSearchIndex(regions: readonly Region[], n: Normalisers): SearchIndex {
  const entries = regions.map((region) => {
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
    const codes = [region.code, ...region.aliases.filter((a) => codeKey(a) === a)];
    return { region, han, latin: unique(latin), initials: unique(initials), codes };
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

/** A query in the form its keys are kept in. */
type Query = { kind: 'han' | 'latin' | 'code'; key: string };

function queryOf(text: string, n: Normalisers): Query {
  const code = codeKey(text);
  if (code !== null) return { kind: 'code', key: code };
  if (hasHan(text)) return { kind: 'han', key: n.toSimplified(text.replace(/\s+/g, '')) };
  return { kind: 'latin', key: latinKey(text) };
}

function matchEntry(e: Entry, q: Query): MatchTier | null {
  switch (q.kind) {
    case 'han':
      return tierOf(e.han, q.key);
    case 'code':
      // A part of a code in the middle means nothing: exact or from the start only.
      return e.codes.includes(q.key)
        ? MATCH.exact
        : e.codes.some((c) => c.startsWith(q.key))
          ? MATCH.prefix
          : null;
    case 'latin': {
      const tier = tierOf(e.latin, q.key);
      if (tier !== null) return tier;
      return e.initials.some((k) => k.startsWith(q.key)) ? MATCH.initials : null;
    }
    default:
      return q.kind satisfies never;
  }
}

/** The regions matching `query`, best first (see the ranking above). */
export function searchRegions(index: SearchIndex, query: string, limit = 10): SearchHit[] {
  const q = queryOf(query, index.normalisers);
  if (q.key === '') return [];
  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    const tier = matchEntry(e, q);
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

/**
 * The region a name or code stands for, as a link gives it: the best exact match of `text`
 * under search's normalisation, or null. Never a prefix: a link names one place or none.
 */
export function exactRegion(index: SearchIndex, text: string): RegionCode | null {
  const best = searchRegions(index, text, 1)[0];
  return best?.tier === MATCH.exact ? best.code : null;
}
