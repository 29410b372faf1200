import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrl, serialiseUrl } from '../../../src/lib/state/url';
import { URL_KEYS } from '../../../src/lib/state/link-keys';
import { ctx, defaults, INDICATORS, REGIONS, SOURCES, YEARS } from './url-fixture';
import { viewSnapshot as snapshot } from './link-key-cases';
import { WILD } from '../../fixtures/hostile-links';

describe('URL codec properties', () => {
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
    .array(fc.tuple(fc.constantFrom(...URL_KEYS, ...['region', 'x']), hostileValue), {
      maxLength: 12,
    })
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
