/**
 * The one codec between the address bar and the view: `parseUrl` turns any string into the
 * nearest valid view plus a list of what it dropped and why; `serialiseUrl` writes only what
 * differs from the defaults (or, pinned, what a shared link must keep). Neither touches
 * `location`; url-sync does.
 */
import {
  LINK_FIELDS,
  LINK_KEY_ENTRIES,
  VERSION_KEY,
  isUrlKey,
  type AnyLinkKey,
  type LinkField,
  type PinContext,
  type UrlKey,
} from './link-keys';
import { formerKeys, migrate, versionWithoutV, type Entry } from './migrations';
import { URL_FORMAT_VERSION, parseVersion, type DropReason, type UrlContext } from './url-parsers';
import type { ViewSnapshot } from './types';

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
  /** Write indicator, layers and year even at the defaults, where they say something (share links). */
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
 * The link's format version, from the first `v` the atlas can read; from the future or unreadable
 * it is read as the current format, the nearest guess. Without one it is the current format,
 * unless the link uses keys of version 0 (migrations.ts). What is wrong with `v` is reported
 * with the other keys.
 */
function versionOf(all: readonly Piece[], ctx: UrlContext): number {
  for (const p of all) {
    if (p.key !== VERSION_KEY || !p.inCap) continue;
    const read = readValue(p.key, p.value);
    if (!('value' in read)) continue;
    const parsed = parseVersion(read.value, ctx);
    return parsed.ok === 'valid' ? parsed.value : URL_FORMAT_VERSION;
  }
  const keys = all.flatMap((p) => (p.inCap && p.key !== null ? [p.key] : []));
  return versionWithoutV(keys, URL_FORMAT_VERSION);
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

/**
 * Reads each key of the table into the field it fills, over the defaults: a key that is missing
 * or invalid leaves its field as it is, and what it could not give is reported.
 */
function readFields(
  values: ReadonlyMap<UrlKey, string>,
  ctx: UrlContext,
  defaults: ViewSnapshot,
  dropped: Dropped[],
): ViewSnapshot {
  // The version was taken before (versionOf); what is wrong with it is reported with the rest.
  const version = parseVersion(values.get(VERSION_KEY), ctx);
  if (version.ok === 'invalid')
    dropped.push({ key: VERSION_KEY, raw: clip(version.raw), reason: version.reason });
  const view: Record<LinkField, unknown> = { ...defaults };
  for (const [key, def] of LINK_KEY_ENTRIES) {
    const raw = values.get(key);
    const parsed = def.parse(raw, ctx);
    if (parsed.ok === 'invalid')
      dropped.push({ key, raw: clip(parsed.raw), reason: parsed.reason });
    if (parsed.ok !== 'valid') continue;
    for (const r of parsed.rejected ?? [])
      dropped.push({ key, raw: clip(r.raw), reason: r.reason });
    if (!('get' in def)) {
      view[def.field] = parsed.value;
      continue;
    }
    const whole = def.set(view[def.field], parsed.value);
    if ('value' in whole) view[def.field] = whole.value;
    else dropped.push({ key, raw: clip(raw ?? ''), reason: whole.reason });
  }
  // A value that depends on the stack is read once the stack is (`std` against its layer).
  const layers = view.layers as ViewSnapshot['layers'];
  for (const [key, def] of LINK_KEY_ENTRIES) {
    const raw = values.get(key);
    const reason = 'check' in def && raw !== undefined && def.check?.(view[def.field], layers, ctx);
    if (!reason) continue;
    dropped.push({ key, raw: clip(raw), reason });
    view[def.field] = defaults[def.field];
  }
  // Every field is the default's or a value its key's parser let through.
  return view as ViewSnapshot;
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
  const snapshot = readFields(values, ctx, defaults, dropped);
  return { snapshot, dropped, foreign };
}

/** What a key writes for a view; with `pin`, what a share link pins it to. */
function textOf(def: AnyLinkKey<LinkField>, view: ViewSnapshot, pin: PinContext | null): string {
  const whole = view[def.field];
  if ('get' in def) return def.serialise(def.get(whole));
  return def.serialise(pin !== null && def.pinTo ? def.pinTo(whole, pin) : whole);
}

/**
 * A field is written when one of its keys reads other than the defaults, or when a share link pins
 * it to a value that says something: an empty one (no indicator, "the latest" with nothing dated)
 * reads as the key left out would, so `i=` is never written.
 */
function written(
  field: LinkField,
  view: ViewSnapshot,
  defaults: ViewSnapshot,
  pin: PinContext | null,
): boolean {
  return LINK_KEY_ENTRIES.some(
    ([, def]) =>
      def.field === field &&
      ((pin !== null && 'pinned' in def && def.pinned && textOf(def, view, pin) !== '') ||
        textOf(def, view, null) !== textOf(def, defaults, null)),
  );
}

/** Values are validated ids and numbers; commas stay readable in the lists. */
const encode = (s: string): string => encodeURIComponent(s).replace(/%2C/g, ',');

/** The view → a query string (with its "?"), or "" when the view is all defaults. */
export function serialiseUrl(
  snapshot: ViewSnapshot,
  defaults: ViewSnapshot,
  opts: SerialiseOptions,
): string {
  const pin = opts.pin ? { latestYear: opts.latestYear ?? null } : null;
  const fields = new Set(LINK_FIELDS.filter((f) => written(f, snapshot, defaults, pin)));
  const pairs: [UrlKey, string][] = [];
  for (const [key, def] of LINK_KEY_ENTRIES) {
    if (!fields.has(def.field)) continue;
    const text = textOf(def, snapshot, pin);
    // An empty part is left out: the key that fills its field reads it as empty.
    if (!('get' in def) || text !== '') pairs.push([key, text]);
  }
  const foreign = opts.foreign ?? [];
  if (pairs.length === 0 && foreign.length === 0) return '';
  // Written even before foreign pairs alone: without it the link would read as version 0,
  // whose keys (`region`, `year`, …) a foreign pair may happen to use.
  pairs.unshift([VERSION_KEY, `${URL_FORMAT_VERSION}`]);
  return `?${[...pairs.map(([k, v]) => `${k}=${encode(v)}`), ...foreign].join('&')}`;
}
