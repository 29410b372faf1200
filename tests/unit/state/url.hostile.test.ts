/**
 * The hostile-link fuzzing, in-process: thousands of links from the same generator the browser
 * sample uses, read by the codec against the real dataset. What each must come to is decided
 * by an oracle written from the link contract (LINKS.md) and the dataset, not by the parser.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrl, serialiseUrl, type Dropped } from '../../../src/lib/state/url';
import { defaultSnapshot, type ViewSnapshot } from '../../../src/lib/state/types';
import type { UrlKey } from '../../../src/lib/state/link-keys';
import { datedYears, yearSpan } from '../../../src/lib/timeline/years';
import { stackStandard } from '../../../src/lib/layers/layer-specs';
import { atlas, urlContext } from '../../fixtures/dataset';
import {
  KEYS,
  MAX_LINK,
  V0_KEYS,
  WILD,
  hostileQueries,
  hostileQuery,
  seeded,
} from '../../fixtures/hostile-links';
import { LIMITS, keyRules } from './link-key-cases';

const RUNS = 4000;
const ctx = urlContext();
const ds = atlas().dataset;

/** What the dataset knows, as plain sets: the oracle's side of "known". */
const KNOWN = {
  regions: new Set<string>(ds.regions.flatMap((r) => [r.code, ...r.aliases])),
  currentRegions: new Set<string>(ds.regions.map((r) => r.code)),
  indicators: new Set<string>(ds.indicators.map((i) => i.id)),
  measures: new Set<string>(ds.measureKinds.map((m) => m.id)),
  sources: new Set<string>(ds.sources.map((s) => s.id)),
  years: yearSpan(datedYears(ds)) ?? [0, -1],
};
/** Per key, what a link drops of its value (link-key-cases.ts), against the real dataset. */
const RULES = keyRules({
  ...KNOWN,
  layerTokens: new Set([
    'events',
    'labels',
    'boundaries',
    'counties',
    ...[...KNOWN.indicators].map((id) => `i.${id}`),
    ...[...KNOWN.measures].map((id) => `m.${id}`),
  ]),
  region: (v) => ctx.knownRegion(v),
});
/** The codec's limits (url.ts), restated: changing one is a visible decision. */
const CAP = 2000;
const LONGEST_VALUE = 200;
const V0_NAMES: Record<string, string> = { region: 'r', indicator: 'i', year: 'y' };

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
function decoded(s: string): string | null {
  try {
    return decodeURIComponent(s.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** Whether a value of an own key (decoded, not too long) is kept whole. */
const keeps = (key: UrlKey, value: string) => RULES[key](value).length === 0;

interface Expected {
  /** `key=raw` of every own pair left out, keys spelled as in the current format. */
  dropped: string[];
  foreign: string[];
}

/** What the codec must drop and keep from `search`, from the contract alone. */
function oracle(search: string): Expected {
  let end = 0;
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '')
    .map((text) => {
      end += text.length + 1;
      const eq = text.includes('=') ? text.indexOf('=') : text.length;
      const written = text.slice(eq + 1);
      return {
        text,
        key: decoded(text.slice(0, eq)),
        written,
        value: decoded(written),
        read: end <= CAP + 1,
      };
    });
  // The version: from the first v that can be read (in the cap, decodes, not too long); without
  // one, the current version, unless a key only version 0 had is read (LINKS.md, migrations.ts).
  const v = parts.find(
    (p) => p.key === 'v' && p.read && p.value !== null && p.value.length <= LONGEST_VALUE,
  )?.value;
  const unversioned = parts.some((p) => p.read && V0_KEYS.includes(p.key ?? ''))
    ? 0
    : LIMITS.version;
  const version = v == null ? unversioned : keeps('v', v) ? Number(v) : LIMITS.version;
  const owned = new Set<string>([...KEYS, ...(version === 0 ? V0_KEYS : [])]);

  const dropped: string[] = [];
  const foreign: string[] = [];
  const first = new Map<UrlKey, string>();
  let unread = 0;
  for (const p of parts) {
    if (p.key === null || !owned.has(p.key)) {
      foreign.push(p.text);
      continue;
    }
    // Own keys are the current ones and, in a link of version 0, those the migration renames.
    const key = (V0_NAMES[p.key] ?? p.key) as UrlKey;
    if (!p.read) unread++;
    else if (p.value === null) dropped.push(`${key}=${clip(p.written)}`);
    else if (p.value.length > LONGEST_VALUE) dropped.push(`${key}=${clip(p.value)}`);
    else if (first.has(key)) dropped.push(`${key}=${clip(p.value)}`);
    else first.set(key, p.value);
  }
  if (unread > 0) dropped.push(`=+${unread}`);
  for (const [key, value] of first)
    dropped.push(...RULES[key](value).map((raw) => `${key}=${clip(raw)}`));
  // The highlighted item of a document that is not opened.
  const q = first.get('q');
  const s = first.get('s');
  if (q && keeps('q', q) && !(s && keeps('s', s))) dropped.push(`q=${clip(q)}`);
  // Drawing against the standard, on a stack whose choropleth no one threshold governs: the
  // stack as read (its own rules above), the rule layer-specs.test.ts checks on its own.
  const layers = parseUrl(search, ctx, defaultSnapshot('zh')).snapshot.layers;
  if (first.get('std') === '1' && stackStandard(layers, atlas()) === null) dropped.push('std=1');
  return { dropped: dropped.sort(), foreign };
}

/** The codec's report in the oracle's terms: which own pairs, keys in the current spelling. */
const reported = (dropped: readonly Dropped[]) =>
  dropped.map((d) => `${V0_NAMES[d.key] ?? d.key}=${d.raw}`).sort();

/** One generated hostile link: as written, and as a browser hands it to the page. */
const hostile = fc
  .nat()
  .map((seed) => hostileQuery(seeded(seed)))
  .filter((q): q is string => q !== null)
  .chain((q) => fc.constantFrom(q, new URL(`http://host/${q}`).search));

const defaults = fc.constantFrom(defaultSnapshot('zh'), defaultSnapshot('en'));

/** Every id in a view is one the dataset knows; no value carries markup. */
function expectKnown(s: ViewSnapshot) {
  const known = (set: ReadonlySet<string>, id: string) => expect(set.has(id), id).toBe(true);
  if (s.region !== null) known(KNOWN.currentRegions, s.region);
  if (s.indicator !== null) known(KNOWN.indicators, s.indicator);
  for (const l of s.layers) {
    if (l.kind === 'indicator') known(KNOWN.indicators, l.id);
    if (l.kind === 'measure') known(KNOWN.measures, l.id);
  }
  if (s.year !== null) expect(s.year).toBeGreaterThanOrEqual(KNOWN.years[0]);
  if (s.year !== null) expect(s.year).toBeLessThanOrEqual(KNOWN.years[1]);
  if (s.source !== null) known(KNOWN.sources, s.source.id);
  for (const code of s.compare) known(KNOWN.currentRegions, code);
  expect(new Set(s.compare).size).toBe(s.compare.length);
  expect(s.compare.length).toBeLessThanOrEqual(LIMITS.compared);
  if (s.camera !== null) expect(s.camera.center.every(Number.isFinite)).toBe(true);
  expect(['zh', 'en']).toContain(s.lang);
  if (s.againstStandard) expect(stackStandard(s.layers, atlas())).not.toBeNull();
  expect(JSON.stringify(s)).not.toMatch(/[<>'`]|\\"/);
}

describe('hostile links against the real dataset', () => {
  it('come out the same for the same seed, with every key and hostile shape in them', () => {
    const links = hostileQueries(20240917, 1000);
    expect(hostileQueries(20240917, 1000)).toEqual(links);
    expect(new Set(links).size).toBeGreaterThan(950);
    const all = links.join('\n');
    for (const key of [...KEYS, ...V0_KEYS, ...Object.keys(WILD)]) expect(all).toContain(`${key}=`);
    expect(all).toContain('javascript');
    expect(all).toContain(encodeURIComponent('<script>'));
    expect(links.some((l) => l.length > CAP)).toBe(true);
    expect(links.every((l) => l.length <= MAX_LINK)).toBe(true);
  });

  it('never throw and open only what the dataset knows', () => {
    fc.assert(
      fc.property(hostile, defaults, (q, d) => expectKnown(parseUrl(q, ctx, d).snapshot)),
      { numRuns: RUNS },
    );
  });

  it('report exactly the own pairs they drop, and keep every other pair as written', () => {
    fc.assert(
      fc.property(hostile, defaults, (q, d) => {
        const { dropped, foreign } = parseUrl(q, ctx, d);
        const expected = oracle(q);
        expect(reported(dropped)).toEqual(expected.dropped);
        expect(foreign).toEqual(expected.foreign);
        for (const drop of dropped) expect(drop.raw.length).toBeLessThanOrEqual(41);
      }),
      { numRuns: RUNS },
    );
  });

  it('rewrite to a canonical link that reads the same view, drops nothing and keeps the rest', () => {
    fc.assert(
      fc.property(hostile, defaults, (q, d) => {
        const first = parseUrl(q, ctx, d);
        const link = serialiseUrl(first.snapshot, d, { pin: false, foreign: first.foreign });
        const again = parseUrl(link, ctx, d);
        expect(again.dropped).toEqual([]);
        expect(again.snapshot).toEqual(first.snapshot);
        expect(again.foreign).toEqual(first.foreign);
        expect(serialiseUrl(again.snapshot, d, { pin: false, foreign: again.foreign })).toBe(link);
        // The share link: the same view, pinned, and nothing that was not the atlas's.
        const shared = parseUrl(serialiseUrl(first.snapshot, d, { pin: true }), ctx, d);
        expect(shared).toEqual({ snapshot: first.snapshot, dropped: [], foreign: [] });
      }),
      { numRuns: RUNS },
    );
  });
});
