import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrl, serialiseUrl } from '../../../src/lib/state/url';
import { roundTo } from '../../../src/lib/state/url-parsers';
import type { LayerRef } from '../../../src/lib/domain/layer-ref';
import type { ViewSnapshot } from '../../../src/lib/state/types';
import { CONTEXT_LAYERS } from '../../../src/lib/domain/layer-ref';
import {
  ctx,
  defaults,
  FAMILY_LAYERS,
  INDICATORS,
  MEASURES,
  REGIONS,
  SOURCES,
  YEARS,
} from './url-fixture';
import { WILD } from '../../fixtures/hostile-links';

const known = <T>(lookup: (s: string) => T | null, ids: readonly string[]) =>
  fc.constantFrom(...ids).map((s) => {
    const v = lookup(s);
    if (v === null) throw new Error(`fixture: ${s}`);
    return v;
  });

const layer: fc.Arbitrary<LayerRef> = fc.oneof(
  known(ctx.knownIndicator, INDICATORS).map((id) => ({ kind: 'indicator' as const, id })),
  known(ctx.knownMeasure, MEASURES).map((id) => ({ kind: 'measure' as const, id })),
  known(ctx.knownFamilyLayer, FAMILY_LAYERS).map((id) => ({ kind: 'family' as const, id })),
  fc.constant({ kind: 'events' as const }),
  fc.constantFrom(...CONTEXT_LAYERS).map((id) => ({ kind: 'context' as const, id })),
);

const rounded = (min: number, max: number, digits: number) =>
  fc.double({ min, max, noNaN: true }).map((x) => roundTo(x, digits));

const snapshot: fc.Arbitrary<ViewSnapshot> = fc.record({
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
});

describe('URL codec properties', () => {
  it('parse(serialise(s)) = s for every valid view, pinned or not, against any defaults', () => {
    fc.assert(
      fc.property(snapshot, snapshot, fc.boolean(), (s, d, pin) => {
        const { snapshot: back, dropped } = parseUrl(serialiseUrl(s, d, { pin }), ctx, d);
        expect(dropped).toEqual([]);
        expect(back).toEqual(s);
      }),
    );
  });

  /** A parameter a link picks up in the wild, encoded as a browser would. */
  const wildPair = fc
    .constantFrom(...Object.entries(WILD))
    .chain(([k, values]) => fc.constantFrom(...values).map((v) => `${k}=${encodeURIComponent(v)}`));

  it('reads a valid link with foreign parameters spliced in anywhere: no notice, all kept', () => {
    fc.assert(
      fc.property(
        snapshot,
        snapshot,
        fc.array(fc.tuple(wildPair, fc.nat()), { minLength: 1, maxLength: 6 }),
        (s, d, extras) => {
          const own = serialiseUrl(s, d, { pin: false }).slice(1).split('&').filter(Boolean);
          const pairs = [...own];
          for (const [pair, at] of extras) pairs.splice(at % (pairs.length + 1), 0, pair);
          const read = parseUrl(`?${pairs.join('&')}`, ctx, d);
          expect(read.dropped).toEqual([]);
          expect(read.snapshot).toEqual(s);
          expect(read.foreign).toEqual(pairs.filter((p) => !own.includes(p)));
        },
      ),
    );
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => {
        parseUrl(s, ctx, defaults);
        parseUrl(`?${s}`, ctx, defaults);
      }),
    );
  });

  const hostileValue = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=1>', 'javascript:1'),
    fc.constantFrom(...REGIONS, ...INDICATORS, ...SOURCES, '2021', '', 'events'),
  );
  const hostileQuery = fc
    .array(
      fc.tuple(
        fc.constantFrom(
          ...['v', 'r', 'l', 'i', 'y', 'c', 'lang', 's', 'q', 'cmp', 'tab', 'embed'],
          ...['region', 'x'],
        ),
        hostileValue,
      ),
      { maxLength: 12 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));

  it('lets only validated values through', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const { snapshot: s } = parseUrl(q, ctx, defaults);
        if (s.region !== null) expect(REGIONS).toContain(s.region);
        if (s.indicator !== null) expect(INDICATORS).toContain(s.indicator);
        if (s.year !== null) expect(s.year).toBeGreaterThanOrEqual(YEARS[0]);
        if (s.year !== null) expect(s.year).toBeLessThanOrEqual(YEARS[1]);
        if (s.source !== null) expect(SOURCES).toContain(s.source.id);
        for (const code of s.compare) expect(REGIONS).toContain(code);
        expect(JSON.stringify(s)).not.toMatch(/[<>']|\\"/);
        // What was read writes back to a link that reads the same.
        expect(parseUrl(serialiseUrl(s, defaults, { pin: false }), ctx, defaults).snapshot).toEqual(
          s,
        );
      }),
    );
  });
});
