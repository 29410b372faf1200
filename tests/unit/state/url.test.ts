import { describe, expect, it } from 'vitest';
import { parseUrl, serialiseUrl, MAX_QUERY_LENGTH } from '../../../src/lib/state/url';
import type { ViewSnapshot } from '../../../src/lib/state/types';
import { ctx, defaults, JUDGEABLE } from './url-fixture';

const parse = (search: string) => parseUrl(search, ctx, defaults);

describe('parseUrl', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ snapshot: defaults, dropped: [], foreign: [] });
    expect(parse('?')).toEqual({ snapshot: defaults, dropped: [], foreign: [] });
  });

  it('reads every key of a full link', () => {
    const { snapshot, dropped } = parse(
      '?v=2&r=500113&l=i.new-school-places,m.education-groups,events,labels,boundaries,counties' +
        '&i=new-school-places&y=2021&c=106.54,29.4,8.5&lang=en&s=004&q=f-12' +
        '&cmp=610727,500113,cq-metro&tab=table&embed=1',
    );
    expect(dropped).toEqual([]);
    // Spread first, so a key added later is at its default here and fails nothing.
    expect(snapshot).toEqual({
      ...defaults,
      region: '500113',
      layers: [
        { kind: 'indicator', id: 'new-school-places' },
        { kind: 'measure', id: 'education-groups' },
        { kind: 'events' },
        { kind: 'context', id: 'labels' },
        { kind: 'context', id: 'boundaries' },
        { kind: 'context', id: 'counties' },
      ],
      indicator: 'new-school-places',
      year: 2021,
      camera: { center: [106.54, 29.4], zoom: 8.5 },
      lang: 'en',
      source: { id: '004', highlight: 'f-12' },
      compare: ['610727', '500113', 'cq-metro'],
      tab: 'table',
      embed: true,
    });
  });

  it('reads compared regions by code, former code or name, in order, at most four', () => {
    const { snapshot, dropped } = parse(
      '?v=2&cmp=500228,610727,梁平县,999999,500000,500113,cq-metro',
    );
    expect(snapshot.compare).toEqual(['500155', '610727', '500000', '500113']);
    expect(dropped).toEqual([
      { key: 'cmp', raw: '梁平县', reason: 'repeated' },
      { key: 'cmp', raw: '999999', reason: 'unknown-id' },
      { key: 'cmp', raw: 'cq-metro', reason: 'too-long' },
    ]);
    expect(serialiseUrl(snapshot, defaults, { pin: false })).toBe(
      '?v=2&cmp=500155,610727,500000,500113',
    );
  });

  it.each([
    ['?v=2&tab=chart', 'tab', 'chart'],
    ['?v=2&embed=yes', 'embed', 'yes'],
    ['?v=2&cmp=<b>,;', 'cmp', '<b>,;'],
  ])('drops %s and opens the map', (q, key, raw) => {
    const { snapshot, dropped } = parse(q);
    expect(snapshot).toEqual(defaults);
    expect(dropped).toEqual([{ key, raw, reason: 'malformed' }]);
  });

  it('reads a concept layer as c.<layer> beside an indicator of the same id', () => {
    const { snapshot, dropped } = parse('?v=2&l=i.investment,c.investment,c.places-compulsory');
    expect(dropped).toEqual([]);
    expect(snapshot.layers).toEqual([
      { kind: 'indicator', id: 'investment' },
      { kind: 'concept', id: 'investment' },
      { kind: 'concept', id: 'places-compulsory' },
    ]);
    expect(serialiseUrl(snapshot, defaults, { pin: false, foreign: [] })).toContain(
      'l=i.investment,c.investment,c.places-compulsory',
    );
  });

  it('opens an old family layer of one scope as the concept layer of its id', () => {
    const { snapshot, dropped } = parse('?v=2&l=f.investment');
    expect(dropped).toEqual([]);
    expect(snapshot.layers).toEqual([{ kind: 'concept', id: 'investment' }]);
  });

  it('opens an old family layer of unlike scopes, or a family, on its headline scope, and says so', () => {
    const { snapshot, dropped } = parse('?v=2&l=boundaries,f.places&i=school-places');
    expect(snapshot.layers).toEqual([
      { kind: 'context', id: 'boundaries' },
      { kind: 'concept', id: 'places-compulsory' },
    ]);
    expect(snapshot.indicator).toBe('new-school-places');
    expect(dropped).toEqual([
      { key: 'l', raw: 'f.places', reason: 'narrowed' },
      { key: 'i', raw: 'school-places', reason: 'narrowed' },
    ]);
    expect(serialiseUrl(snapshot, defaults, { pin: false, foreign: [] })).toContain(
      'l=boundaries,c.places-compulsory&i=new-school-places',
    );
  });

  it('drops an unknown concept or family layer and keeps the rest', () => {
    const { snapshot, dropped } = parse('?v=2&l=f.no-such,c.places,i.investment');
    expect(snapshot.layers).toEqual([{ kind: 'indicator', id: 'investment' }]);
    expect(dropped).toEqual([
      { key: 'l', raw: 'f.no-such', reason: 'unknown-id' },
      { key: 'l', raw: 'c.places', reason: 'unknown-id' },
    ]);
  });

  it('resolves a former code to the current one', () => {
    expect(parse('?v=2&r=500228').snapshot.region).toBe('500155');
  });

  it('migrates a version 0 link (no v, long keys)', () => {
    const { snapshot, dropped } = parse('?region=500113&year=2021&indicator=investment');
    expect(dropped).toEqual([]);
    expect(snapshot).toMatchObject({ region: '500113', year: 2021, indicator: 'investment' });
  });

  it('keeps the first of a repeated key and reports the rest', () => {
    const { snapshot, dropped } = parse('?v=2&r=500113&r=610727');
    expect(snapshot.region).toBe('500113');
    expect(dropped).toEqual([{ key: 'r', raw: '610727', reason: 'repeated' }]);
  });

  it.each([
    ['?v=2&r=999999', 'r', 'unknown-id'],
    ['?v=2&r=<script>alert(1)</script>', 'r', 'malformed'],
    ['?v=2&y=1900', 'y', 'out-of-range'],
    ['?v=2&y=twenty', 'y', 'malformed'],
    ['?v=2&i=no-such', 'i', 'unknown-id'],
    ['?v=2&c=500,0,3', 'c', 'out-of-range'],
    ['?v=2&c=1,2', 'c', 'malformed'],
    ['?v=2&lang=fr', 'lang', 'malformed'],
    ['?v=2&s=999', 's', 'unknown-id'],
    ['?v=2&q=f-1', 'q', 'needs-source'],
    ['?v=9&r=500113', 'v', 'unsupported-version'],
    ['?v=2&r=%E0%A4%A', 'r', 'malformed'],
  ])('drops %s with a reason', (search, key, reason) => {
    const { snapshot, dropped } = parse(search);
    expect(dropped).toMatchObject([{ key, reason }]);
    if (key !== 'v') expect(snapshot).toEqual(defaults);
  });

  it('reads a future version as the current format', () => {
    expect(parse('?v=9&r=500113').snapshot.region).toBe('500113');
  });

  it('keeps the valid layers of a list and reports the others', () => {
    const { snapshot, dropped } = parse('?v=2&l=events,i.nope,<b>,events,labels');
    expect(snapshot.layers).toEqual([{ kind: 'events' }, { kind: 'context', id: 'labels' }]);
    expect(dropped.map((d) => d.reason)).toEqual(['unknown-id', 'malformed', 'repeated']);
  });

  it('reads an empty value as "explicitly none"', () => {
    const withRegion: ViewSnapshot = { ...defaults, region: ctx.knownRegion('500113') };
    const { snapshot } = parseUrl('?v=2&r=&l=', ctx, withRegion);
    expect(snapshot.region).toBeNull();
    expect(snapshot.layers).toEqual([]);
  });

  it('drops overlong values and reports them clipped', () => {
    const { dropped } = parse(`?v=2&r=${'5'.repeat(500)}`);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.reason).toBe('too-long');
    expect(dropped[0]?.raw.length).toBeLessThanOrEqual(41);
  });

  it('stops reading after the query length cap', () => {
    const filler = Array.from({ length: 300 }, (_, n) => `x${n}=1234567`).join('&');
    const { snapshot, dropped } = parse(`?v=2&${filler}&r=500113`);
    expect(snapshot.region).toBeNull();
    expect(dropped).toContainEqual(expect.objectContaining({ reason: 'query-too-long' }));
    expect(filler.length).toBeGreaterThan(MAX_QUERY_LENGTH);
  });

  it('drops a highlighted item when the link opens no document', () => {
    expect(parse('?v=2&s=&q=f-1').dropped).toEqual([
      { key: 'q', raw: 'f-1', reason: 'needs-source' },
    ]);
  });

  it('reads std against the layer the link opens: dropped where no one threshold governs it', () => {
    const judged = parse(`?v=2&l=boundaries,i.${JUDGEABLE}&std=1`);
    expect(judged.dropped).toEqual([]);
    expect(judged.snapshot.againstStandard).toBe(true);
    const unjudged = parse('?v=2&l=boundaries,i.new-school-places&std=1');
    expect(unjudged.dropped).toEqual([{ key: 'std', raw: '1', reason: 'no-standard' }]);
    expect(unjudged.snapshot.againstStandard).toBe(false);
    // The link is rewritten without it; the stack of the defaults is read the same way.
    expect(serialiseUrl(unjudged.snapshot, defaults, { pin: false })).toBe(
      '?v=2&l=boundaries,i.new-school-places',
    );
    expect(parse('?v=2&std=1').dropped).toEqual([{ key: 'std', raw: '1', reason: 'no-standard' }]);
    expect(parse('?v=2&l=i.new-school-places&std=0').dropped).toEqual([]);
  });

  it('reads the first v it can read, and reports the others', () => {
    const { snapshot, dropped } = parse('?v=%E0&v=0&region=500113');
    expect(snapshot.region).toBe('500113');
    expect(dropped).toEqual([{ key: 'v', raw: '%E0', reason: 'malformed' }]);
  });

  it('accepts a region alias spelled as a name', () => {
    expect(parse('?v=2&r=%E6%A2%81%E5%B9%B3%E5%8E%BF').snapshot.region).toBe('500155');
  });
});

describe('parameters the atlas does not own', () => {
  it('opens a link shared from a chat app without a notice, and keeps what the app added', () => {
    const { snapshot, dropped, foreign } = parse('?r=500113&from=singlemessage&isappinstalled=0');
    expect(snapshot.region).toBe('500113');
    expect(dropped).toEqual([]);
    expect(foreign).toEqual(['from=singlemessage', 'isappinstalled=0']);
    expect(serialiseUrl(snapshot, defaults, { pin: false, foreign })).toBe(
      '?v=2&r=500113&from=singlemessage&isappinstalled=0',
    );
  });

  it.each([
    'utm_source=newsletter&utm_medium=email&utm_campaign=%E6%98%A5%E5%AD%A3',
    'fbclid=IwAR0abc_DEF-1',
    'gclid=Cj0KCQjw',
    'spm=a2c4g.11186623.0.0',
    'share_token=6F2C1A0B-9E7D',
    'scene=1007&clicktime=1718000000&enterid=1718000000',
    'zoom=3&R=610727&r%5B%5D=1&lang%20=en',
    'x=%E0%A4%A&%FF=1&=empty&bare',
  ])('keeps %s as written, after the own keys, and reports nothing', (extra) => {
    const { snapshot, dropped, foreign } = parse(`?${extra}&v=2&y=2021`);
    expect(dropped).toEqual([]);
    expect(snapshot).toEqual({ ...defaults, year: 2021 });
    expect(foreign).toEqual(extra.split('&'));
    expect(serialiseUrl(snapshot, defaults, { pin: false, foreign })).toBe(`?v=2&y=2021&${extra}`);
  });

  it('keeps them even when the view is all defaults, with the version that makes them foreign', () => {
    // Without v=2 the link would read as version 0, which owns `region`.
    const { snapshot, foreign } = parse('?v=2&region=610727');
    expect(snapshot.region).toBeNull();
    expect(serialiseUrl(snapshot, defaults, { pin: false, foreign })).toBe('?v=2&region=610727');
    expect(parse('?region=610727').snapshot.region).toBe('610727');
  });

  it('keeps a foreign parameter past the length cap without reporting it', () => {
    const long = `utm_content=${'x'.repeat(MAX_QUERY_LENGTH)}`;
    const { snapshot, dropped, foreign } = parse(`?v=2&r=500113&${long}&fbclid=1`);
    expect(snapshot.region).toBe('500113');
    expect(dropped).toEqual([]);
    expect(foreign).toEqual([long, 'fbclid=1']);
  });

  it('leaves them out of a share link', () => {
    const { snapshot } = parse('?r=500113&utm_source=x');
    expect(serialiseUrl(snapshot, defaults, { pin: true, latestYear: 2023 })).not.toContain('utm');
  });
});

describe('serialiseUrl', () => {
  it('writes nothing for the defaults', () => {
    expect(serialiseUrl(defaults, defaults, { pin: false })).toBe('');
  });

  it('writes only what differs, with the version first', () => {
    const s: ViewSnapshot = {
      ...defaults,
      region: ctx.knownRegion('500113'),
      camera: { center: [106.123456, 29.987654], zoom: 8.456 },
    };
    expect(serialiseUrl(s, defaults, { pin: false })).toBe('?v=2&r=500113&c=106.1235,29.9877,8.46');
  });

  it('pins indicator, layers and year for shared links, where they say something', () => {
    const s: ViewSnapshot = { ...defaults, region: ctx.knownRegion('500113') };
    // No indicator chosen: an empty `i=` would read as none written, so none is.
    expect(serialiseUrl(s, defaults, { pin: true, latestYear: 2023 })).toBe(
      '?v=2&r=500113&l=boundaries,labels&y=2023',
    );
    const chosen = { ...s, indicator: ctx.knownIndicator('investment') };
    expect(serialiseUrl(chosen, defaults, { pin: true, latestYear: null })).toBe(
      '?v=2&r=500113&l=boundaries,labels&i=investment',
    );
  });

  it('writes a source with its highlight', () => {
    const id = ctx.knownSource('004');
    if (!id) throw new Error('fixture');
    const s: ViewSnapshot = { ...defaults, source: { id, highlight: 'f-3' } };
    expect(serialiseUrl(s, defaults, { pin: false })).toBe('?v=2&s=004&q=f-3');
  });
});
