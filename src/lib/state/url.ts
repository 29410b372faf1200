/**
 * The one codec between the address bar and the view: `parseUrl` turns any string into the
 * nearest valid view plus a list of what it dropped and why; `serialiseUrl` writes only what
 * differs from the defaults (or, pinned, what a shared link must keep). Neither touches
 * `location`; url-sync does.
 */
import { formerKeys, migrate, type Entry } from './migrations';
import {
  PARSERS,
  URL_FORMAT_VERSION,
  URL_KEYS,
  isUrlKey,
  layerToken,
  roundTo,
  type DropReason,
  type UrlContext,
  type UrlKey,
  type UrlState,
} from './url-parsers';
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { SourceView, ViewSnapshot } from './types';

export type { DropReason, UrlContext } from './url-parsers';

/** Longest decoded value any key may have. */
export const MAX_VALUE_LENGTH = 200;
/** Longest query (as written in the address bar) read; own parameters past it are dropped. */
export const MAX_QUERY_LENGTH = 2000;
/** Dropped values are reported clipped, so a hostile link cannot flood the notice. */
const REPORT_LENGTH = 40;

/** Something a link asked for that the view did not take, and why. */
export interface Dropped {
  key: string;
  raw: string;
  reason: DropReason;
}

export interface UrlParseResult {
  snapshot: ViewSnapshot;
  dropped: Dropped[];
  /**
   * The pairs the atlas does not own (`utm_source=…`, `from=singlemessage`, …), exactly as
   * written and in link order: the address bar keeps them, nothing reports them.
   */
  foreign: string[];
}

export interface SerialiseOptions {
  /** Write indicator, layers and year even when they equal the defaults (for shared links). */
  pin: boolean;
  /** With `pin`, the year "latest" stands for, so the link keeps meaning that year. */
  latestYear?: number | null;
  /** Pairs the atlas does not own, written as they came after its own (see UrlParseResult). */
  foreign?: readonly string[];
}

const clip = (s: string): string =>
  s.length > REPORT_LENGTH ? `${s.slice(0, REPORT_LENGTH)}…` : s;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** One `key=value` piece of the query: as written, its decoded key, and whether it is read. */
interface Piece {
  text: string;
  /** null when the key does not decode: then it cannot be one of the atlas's keys. */
  key: string | null;
  /** The value as written (still percent-encoded). */
  value: string;
  /** Within the first MAX_QUERY_LENGTH characters of the query. */
  inCap: boolean;
}

function pieces(search: string): Piece[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const out: Piece[] = [];
  let used = 0;
  for (const text of query.split('&')) {
    if (text === '') continue;
    used += text.length + 1;
    const eq = text.indexOf('=');
    out.push({
      text,
      key: decode(eq < 0 ? text : text.slice(0, eq)),
      value: eq < 0 ? '' : text.slice(eq + 1),
      inCap: used <= MAX_QUERY_LENGTH + 1,
    });
  }
  return out;
}

/** The decoded value of an own key's piece, or why the atlas cannot read it. */
function readValue(key: string, written: string): { value: string } | Dropped {
  const value = decode(written);
  if (value === null) return { key, raw: clip(written), reason: 'malformed' };
  if (value.length > MAX_VALUE_LENGTH) return { key, raw: clip(value), reason: 'too-long' };
  return { value };
}

/**
 * The link's format version, from the first `v` the atlas can read: absent means a link from
 * before versions (0); unreadable or from the future is read as the current format, the nearest
 * guess. What is wrong with `v` is reported with the other keys.
 */
function versionOf(all: readonly Piece[], ctx: UrlContext): number {
  for (const p of all) {
    if (p.key !== 'v' || !p.inCap) continue;
    const read = readValue(p.key, p.value);
    if (!('value' in read)) continue;
    const parsed = PARSERS.v(read.value, ctx);
    return parsed.ok === 'valid' ? parsed.value : URL_FORMAT_VERSION;
  }
  return 0;
}

/**
 * Splits the pieces into the atlas's own pairs (decoded, in link order) and the rest, kept as
 * written: those belong to whoever added them (chat apps, newsletters, ad trackers), so they
 * are never reported. Own pairs past the length cap, or that do not decode, are reported.
 */
function ownPairs(
  all: readonly Piece[],
  owns: (key: string) => boolean,
  dropped: Dropped[],
): { own: Entry[]; foreign: string[] } {
  const own: Entry[] = [];
  const foreign: string[] = [];
  let rest = 0;
  for (const p of all) {
    if (p.key === null || !owns(p.key)) foreign.push(p.text);
    else if (!p.inCap) rest++;
    else {
      const read = readValue(p.key, p.value);
      if ('value' in read) own.push([p.key, read.value]);
      else dropped.push(read);
    }
  }
  if (rest > 0) dropped.push({ key: '', raw: `+${rest}`, reason: 'query-too-long' });
  return { own, foreign };
}

/** The first occurrence of each key is the one read; repeats are reported. */
function firstValues(entries: readonly Entry[], dropped: Dropped[]): Map<UrlKey, string> {
  const values = new Map<UrlKey, string>();
  for (const [key, value] of entries) {
    // Migrations write only current keys, and only own keys reach them.
    if (!isUrlKey(key)) continue;
    if (values.has(key)) dropped.push({ key, raw: clip(value), reason: 'repeated' });
    else values.set(key, value);
  }
  return values;
}

/** Runs every parser; a key that is missing or invalid is left out of the result. */
function parseKeys(
  values: ReadonlyMap<UrlKey, string>,
  ctx: UrlContext,
  dropped: Dropped[],
): Partial<UrlState> {
  const out: Partial<UrlState> = {};
  const take = <K extends UrlKey>(key: K) => {
    const parsed = PARSERS[key](values.get(key), ctx);
    if (parsed.ok === 'invalid')
      dropped.push({ key, raw: clip(parsed.raw), reason: parsed.reason });
    if (parsed.ok !== 'valid') return;
    for (const r of parsed.rejected ?? [])
      dropped.push({ key, raw: clip(r.raw), reason: r.reason });
    (out as Record<K, UrlState[K]>)[key] = parsed.value as UrlState[K];
  };
  for (const key of URL_KEYS) take(key);
  return out;
}

function sourceOf(u: Partial<UrlState>, defaults: ViewSnapshot, dropped: Dropped[]) {
  // An item is highlighted in an open document: with none opened (`s=` or no valid `s`) it is lost.
  if (u.s == null && u.q != null)
    dropped.push({ key: 'q', raw: clip(u.q), reason: 'needs-source' });
  if (u.s === undefined) return defaults.source;
  return u.s === null ? null : { id: u.s, highlight: u.q ?? null };
}

/**
 * Any string → the nearest valid view. Never throws; every own pair not used is in `dropped`,
 * every pair the atlas does not own is in `foreign`.
 */
export function parseUrl(search: string, ctx: UrlContext, defaults: ViewSnapshot): UrlParseResult {
  const dropped: Dropped[] = [];
  const all = pieces(search);
  const version = versionOf(all, ctx);
  const former = formerKeys(version, URL_FORMAT_VERSION);
  const { own, foreign } = ownPairs(all, (k) => isUrlKey(k) || former.has(k), dropped);
  const values = firstValues(migrate(own, version, URL_FORMAT_VERSION), dropped);
  const u = parseKeys(values, ctx, dropped);
  const snapshot: ViewSnapshot = {
    region: u.r !== undefined ? u.r : defaults.region,
    layers: u.l ?? defaults.layers,
    indicator: u.i !== undefined ? u.i : defaults.indicator,
    year: u.y !== undefined ? u.y : defaults.year,
    camera: u.c !== undefined ? u.c : defaults.camera,
    lang: u.lang ?? defaults.lang,
    source: sourceOf(u, defaults, dropped),
    compare: u.cmp ?? defaults.compare,
    tab: u.tab ?? defaults.tab,
    embed: u.embed ?? defaults.embed,
  };
  return { snapshot, dropped, foreign };
}

const layersText = (layers: readonly LayerRef[]): string => layers.map(layerToken).join(',');

const cameraText = (c: Camera | null): string =>
  c === null ? '' : `${roundTo(c.center[0], 4)},${roundTo(c.center[1], 4)},${roundTo(c.zoom, 2)}`;

const sameSource = (a: SourceView | null, b: SourceView | null): boolean =>
  a === null || b === null ? a === b : a.id === b.id && a.highlight === b.highlight;

/** Values are validated ids and numbers; commas stay readable in the lists. */
const encode = (s: string): string => encodeURIComponent(s).replace(/%2C/g, ',');

/** The view → a query string (with its "?"), or "" when the view is all defaults. */
export function serialiseUrl(
  snapshot: ViewSnapshot,
  defaults: ViewSnapshot,
  opts: SerialiseOptions,
): string {
  const pairs: [UrlKey, string][] = [];
  if (snapshot.region !== defaults.region) pairs.push(['r', snapshot.region ?? '']);
  const layers = layersText(snapshot.layers);
  if (opts.pin || layers !== layersText(defaults.layers)) pairs.push(['l', layers]);
  if (opts.pin || snapshot.indicator !== defaults.indicator)
    pairs.push(['i', snapshot.indicator ?? '']);
  const year = snapshot.year ?? (opts.pin ? (opts.latestYear ?? null) : null);
  if (opts.pin || snapshot.year !== defaults.year)
    pairs.push(['y', year === null ? '' : `${year}`]);
  const camera = cameraText(snapshot.camera);
  if (camera !== cameraText(defaults.camera)) pairs.push(['c', camera]);
  if (snapshot.lang !== defaults.lang) pairs.push(['lang', snapshot.lang]);
  if (!sameSource(snapshot.source, defaults.source)) {
    pairs.push(['s', snapshot.source?.id ?? '']);
    if (snapshot.source?.highlight) pairs.push(['q', snapshot.source.highlight]);
  }
  if (snapshot.compare.join(',') !== defaults.compare.join(','))
    pairs.push(['cmp', snapshot.compare.join(',')]);
  if (snapshot.tab !== defaults.tab) pairs.push(['tab', snapshot.tab]);
  if (snapshot.embed !== defaults.embed) pairs.push(['embed', snapshot.embed ? '1' : '0']);
  const foreign = opts.foreign ?? [];
  if (pairs.length === 0 && foreign.length === 0) return '';
  // Written even before foreign pairs alone: without it the link would read as version 0,
  // whose keys (`region`, `year`, …) a foreign pair may happen to use.
  pairs.unshift(['v', `${URL_FORMAT_VERSION}`]);
  return `?${[...pairs.map(([k, v]) => `${k}=${encode(v)}`), ...foreign].join('&')}`;
}
