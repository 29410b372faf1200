/**
 * What the tests know of each link key, written from the contract (../shared/LINKS.md) and not
 * from the parsers: how to make any valid value of each field the keys fill (the round trips),
 * and which values of each key a link keeps (the hostile-link oracle). Both are typed over the
 * link table, so a key added there does not compile until it is described here: the one test
 * file a new key touches.
 */
import fc from 'fast-check';
import { CONTEXT_LAYERS, type LayerRef } from '../../../src/lib/domain/layer-ref';
import type { UrlKey } from '../../../src/lib/state/link-keys';
import { roundTo } from '../../../src/lib/state/url-parsers';
import type { ViewSnapshot } from '../../../src/lib/state/types';
import { ctx, CONCEPT_LAYERS, INDICATORS, MEASURES, REGIONS, SOURCES, YEARS } from './url-fixture';

const known = <T>(lookup: (s: string) => T | null, ids: readonly string[]) =>
  fc.constantFrom(...ids).map((s) => {
    const v = lookup(s);
    if (v === null) throw new Error(`fixture: ${s}`);
    return v;
  });

const layer: fc.Arbitrary<LayerRef> = fc.oneof(
  known(ctx.knownIndicator, INDICATORS).map((id) => ({ kind: 'indicator' as const, id })),
  known(ctx.knownMeasure, MEASURES).map((id) => ({ kind: 'measure' as const, id })),
  known(ctx.knownConceptLayer, CONCEPT_LAYERS).map((id) => ({ kind: 'concept' as const, id })),
  fc.constant({ kind: 'events' as const }),
  fc.constantFrom(...CONTEXT_LAYERS).map((id) => ({ kind: 'context' as const, id })),
);

const rounded = (min: number, max: number, digits: number) =>
  fc.double({ min, max, noNaN: true }).map((x) => roundTo(x, digits));

/** Any valid value of each field, with the ids of the small URL fixture (url-fixture.ts). */
const FIELDS: { [F in keyof ViewSnapshot]: fc.Arbitrary<ViewSnapshot[F]> } = {
  region: fc.option(known(ctx.knownRegion, REGIONS)),
  layers: fc.uniqueArray(layer, { selector: (l) => JSON.stringify(l), maxLength: 8 }),
  indicator: fc.option(known(ctx.knownIndicator, INDICATORS)),
  year: fc.option(fc.integer({ min: YEARS[0], max: YEARS[1] })),
  camera: fc.option(
    fc.record({
      center: fc.tuple(rounded(-180, 180, 4), rounded(-85, 85, 4)),
      zoom: rounded(0, 24, 2),
    }),
  ),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  source: fc.option(
    fc.record({
      id: known(ctx.knownSource, SOURCES),
      highlight: fc.option(fc.stringMatching(/^[0-9A-Za-z._:-]{1,20}$/)),
    }),
  ),
  compare: fc.uniqueArray(known(ctx.knownRegion, REGIONS), { maxLength: 4 }),
  tab: fc.constantFrom('map' as const, 'table' as const),
  embed: fc.boolean(),
  againstStandard: fc.boolean(),
};

/**
 * Any valid view, against the small URL fixture's context: drawn against the standard only where
 * the stack has a layer one threshold governs.
 */
export const viewSnapshot: fc.Arbitrary<ViewSnapshot> = fc
  .record(FIELDS)
  .map((s) => ({ ...s, againstStandard: s.againstStandard && ctx.judgeable(s.layers) }));

/** What the oracle knows of a dataset: its ids as sets, its years, and its region lookup. */
export interface Known {
  /** Current and former codes, group ids and aliases. */
  regions: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** Every layer token a link may name: `i.<indicator>`, `m.<measure>`, `events`, context ids. */
  layerTokens: ReadonlySet<string>;
  years: readonly [number, number];
  /** The region a code or name stands for (names as search reads them); null when none. */
  region(value: string): string | null;
}

/** The codec's limits, restated: changing one is a visible decision. */
export const LIMITS = { version: 2, compared: 4, layers: 24 } as const;

/** A decimal with at most `int` digits before the point and 8 after, optionally signed. */
function decimal(s: string | undefined, int: number, signed: boolean): number | null {
  if (s === undefined) return null;
  const body = signed && s.startsWith('-') ? s.slice(1) : s;
  const [whole = '', frac, extra] = body.split('.');
  const digits = (d: string, max: number) => d.length >= 1 && d.length <= max && /^\d+$/.test(d);
  if (extra !== undefined || !digits(whole, int)) return null;
  if (frac !== undefined && !digits(frac, 8)) return null;
  return Number(s);
}

/**
 * A list value: items that `key` reads (to an identity) are kept in order, repeats and items
 * past `max` are dropped; with none kept, the whole value is dropped. Empty is the empty list.
 */
function listDrops(value: string, key: (item: string) => string | null, max: number): string[] {
  if (value === '') return [];
  const kept = new Set<string>();
  const drops: string[] = [];
  for (const item of value.split(',')) {
    const id = key(item);
    if (id !== null && !kept.has(id) && kept.size < max) kept.add(id);
    else drops.push(item);
  }
  return kept.size === 0 ? [value] : drops;
}

/**
 * Per key of the current format: what a link drops of the key's value (the first, decoded, not
 * too long), as raw text. `[]` keeps it all; a value a key does not take at all is `[value]`.
 */
export function keyRules(k: Known): Record<UrlKey, (value: string) => string[]> {
  const whole = (valid: (v: string) => boolean) => (v: string) => (valid(v) ? [] : [v]);
  // A name ("lueyang", "略阳县") resolves through the search normaliser: the dataset's side of
  // the door, tested on its own in url-context.test.ts, so the oracle asks it — but only for
  // what can be a place name (letters, digits, spaces, ' ’ : -, at most 64 of them); markup
  // such as "lueyang<!--" is refused before any lookup, though the normaliser would strip it.
  const isRegion = (v: string) =>
    k.regions.has(v) ||
    ([...v].length <= 64 &&
      [...v].every((ch) => /[\p{L}\p{M}\p{N}\p{Zs}]/u.test(ch) || "'’:-".includes(ch)) &&
      k.region(v) !== null);
  const region = (v: string) => (v !== '' && isRegion(v) ? k.region(v) : null);
  return {
    v: whole((v) => /^\d{1,3}$/.test(v) && Number(v) <= LIMITS.version),
    r: whole((v) => v === '' || isRegion(v)),
    l: (v) => listDrops(v, (t) => (k.layerTokens.has(t) ? t : null), LIMITS.layers),
    i: whole((v) => v === '' || k.indicators.has(v)),
    y: whole((v) => v === '' || (/^\d{4}$/.test(v) && +v >= k.years[0] && +v <= k.years[1])),
    c: whole((v) => {
      if (v === '') return true;
      const [lng, lat, zoom, extra] = v
        .split(',')
        .map((p, i) => decimal(p, [3, 2, 2][i] ?? 0, i < 2));
      if (extra !== undefined || lng == null || lat == null || zoom == null) return false;
      return Math.abs(lng) <= 180 && Math.abs(lat) <= 85.0511 && zoom <= 24;
    }),
    lang: whole((v) => v === 'zh' || v === 'en'),
    s: whole((v) => v === '' || k.sources.has(v)),
    q: whole((v) => v === '' || /^[0-9A-Za-z._:-]{1,100}$/.test(v)),
    // The compared regions: as the layer list, with names and codes of one region the same.
    cmp: (v) => listDrops(v, region, LIMITS.compared),
    tab: whole((v) => v === 'map' || v === 'table'),
    embed: whole((v) => v === '' || v === '0' || v === '1'),
    std: whole((v) => v === '' || v === '0' || v === '1'),
  };
}
