/**
 * The one codec between the address bar and the view: `parseUrl` turns any string into the
 * nearest valid view plus a list of what it dropped and why; `serialiseUrl` writes only what
 * differs from the defaults (or, pinned, what a shared link must keep). Neither touches
 * `location`; url-sync does.
 */
import { migrate, type Entry } from './migrations';
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
/** Longest query (as written in the address bar) read; parameters past it are dropped. */
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
}

export interface SerialiseOptions {
  /** Write indicator, layers and year even when they equal the defaults (for shared links). */
  pin: boolean;
  /** With `pin`, the year "latest" stands for, so the link keeps meaning that year. */
  latestYear?: number | null;
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

/** Splits the query into decoded pairs, reading at most MAX_QUERY_LENGTH characters of it. */
function readEntries(search: string, dropped: Dropped[]): Entry[] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  const entries: Entry[] = [];
  let used = 0;
  let rest = 0;
  for (const piece of query.split('&')) {
    if (piece === '') continue;
    used += piece.length + 1;
    if (used > MAX_QUERY_LENGTH + 1) {
      rest++;
      continue;
    }
    const eq = piece.indexOf('=');
    const key = decode(eq < 0 ? piece : piece.slice(0, eq));
    const value = decode(eq < 0 ? '' : piece.slice(eq + 1));
    if (key === null || value === null)
      dropped.push({ key: '', raw: clip(piece), reason: 'malformed' });
    else entries.push([key, value]);
  }
  if (rest > 0) dropped.push({ key: '', raw: `+${rest}`, reason: 'query-too-long' });
  return entries;
}

/** The link's format version: absent means a link from before versions (0). */
function versionOf(entries: readonly Entry[], ctx: UrlContext, dropped: Dropped[]): number {
  const raw = entries.find(([k]) => k === 'v')?.[1];
  const parsed = PARSERS.v(raw, ctx);
  if (parsed.ok === 'valid') return parsed.value;
  if (parsed.ok === 'missing') return 0;
  // Unreadable or from the future: read it as the current format, the nearest guess.
  dropped.push({ key: 'v', raw: clip(parsed.raw), reason: parsed.reason });
  return URL_FORMAT_VERSION;
}

/** First occurrence of each known key; repeats, unknown keys and overlong values are reported. */
function firstValues(entries: readonly Entry[], dropped: Dropped[]): Map<UrlKey, string> {
  const values = new Map<UrlKey, string>();
  for (const [key, value] of entries) {
    if (!isUrlKey(key)) dropped.push({ key: clip(key), raw: clip(value), reason: 'unknown-key' });
    else if (values.has(key)) dropped.push({ key, raw: clip(value), reason: 'repeated' });
    else if (value.length > MAX_VALUE_LENGTH)
      dropped.push({ key, raw: clip(value), reason: 'too-long' });
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
  if (u.s === undefined) {
    if (u.q != null) dropped.push({ key: 'q', raw: clip(u.q), reason: 'needs-source' });
    return defaults.source;
  }
  return u.s === null ? null : { id: u.s, highlight: u.q ?? null };
}

/** Any string → the nearest valid view. Never throws; everything not used is in `dropped`. */
export function parseUrl(search: string, ctx: UrlContext, defaults: ViewSnapshot): UrlParseResult {
  const dropped: Dropped[] = [];
  const raw = readEntries(search, dropped);
  const version = versionOf(raw, ctx, dropped);
  const values = firstValues(migrate(raw, version, URL_FORMAT_VERSION), dropped);
  values.delete('v');
  const u = parseKeys(values, ctx, dropped);
  const snapshot: ViewSnapshot = {
    region: u.r !== undefined ? u.r : defaults.region,
    layers: u.l ?? defaults.layers,
    indicator: u.i !== undefined ? u.i : defaults.indicator,
    year: u.y !== undefined ? u.y : defaults.year,
    camera: u.c !== undefined ? u.c : defaults.camera,
    lang: u.lang ?? defaults.lang,
    source: sourceOf(u, defaults, dropped),
  };
  return { snapshot, dropped };
}

const layersText = (layers: readonly LayerRef[]): string => layers.map(layerToken).join(',');

const cameraText = (c: Camera | null): string =>
  c === null ? '' : `${roundTo(c.center[0], 4)},${roundTo(c.center[1], 4)},${roundTo(c.zoom, 2)}`;

const sameSource = (a: SourceView | null, b: SourceView | null): boolean =>
  a === null || b === null ? a === b : a.id === b.id && a.highlight === b.highlight;

/** Values are validated ids and numbers; commas stay readable in the layer list. */
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
  if (pairs.length === 0) return '';
  pairs.unshift(['v', `${URL_FORMAT_VERSION}`]);
  return `?${pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}
