/**
 * The parsers of the link's values. Each takes the decoded value (or undefined when the key is
 * absent) and returns a tagged result; none throws, and only values that passed a check come out.
 * The link table (link-keys.ts) gives each key its parser; the compiler checks every key has one.
 */
import type { IndicatorId, LayerId, MeasureId, RegionCode, SourceId } from '../domain/schema';
import type { Camera } from '../domain/camera';
import { CONTEXT_LAYERS, type ContextLayerId, type LayerRef } from '../domain/layer-ref';
import { LANGS, type Lang } from '../i18n/lang';
import type { SourceView } from './types';

/** What the app knows, so a link can only name things that exist. */
export interface UrlContext {
  /** A current or former code (or a name alias) → the current code, or null if unknown. */
  knownRegion(code: string): RegionCode | null;
  knownIndicator(id: string): IndicatorId | null;
  /** A concept layer's id, as the dataset's indicators name it. */
  knownConceptLayer(id: string): LayerId | null;
  /**
   * The nearest concept layer to a family or a layer that drew unlike scopes together, as links
   * before concept layers named them (state/former-layers.ts); null when it names neither.
   */
  formerLayer(id: string): LayerId | null;
  /** A concept layer's indicators, in catalogue order. */
  layerIndicators(id: LayerId): readonly IndicatorId[];
  knownMeasure(id: string): MeasureId | null;
  knownSource(id: string): SourceId | null;
  /** Inclusive range of years the data covers. */
  yearRange: readonly [min: number, max: number];
  /** The stack's choropleth can be drawn against one national threshold (`std`; layer-specs.ts#stackStandard). */
  judgeable(layers: readonly LayerRef[]): boolean;
}

/**
 * Why a piece of a link was not used. The UI names these in the "dropped" notice. Only keys the
 * atlas owns are ever dropped: other keys belong to whoever added them and are kept as they are.
 */
export type DropReason =
  | 'repeated'
  | 'too-long'
  | 'query-too-long'
  | 'malformed'
  | 'unknown-id'
  | 'out-of-range'
  | 'unsupported-version'
  | 'needs-source'
  | 'narrowed'
  | 'no-standard';

/**
 * One rejected item inside an otherwise valid value (the layer stack), or one read as something
 * narrower (`narrowed`: a family layer of unlike scopes opened as one of its concept layers).
 */
export interface Rejected {
  raw: string;
  reason: DropReason;
}

export type Parsed<T> =
  | { ok: 'valid'; value: T; rejected?: readonly Rejected[] }
  | { ok: 'invalid'; raw: string; reason: DropReason }
  | { ok: 'missing' };

export type Parser<T> = (raw: string | undefined, ctx: UrlContext) => Parsed<T>;

/** The main area's two views of the same data. */
export type Tab = 'map' | 'table';
export const TABS: readonly Tab[] = ['map', 'table'];

/** More regions than this side by side no longer fit a phone's width, nor a reader's eye. */
export const MAX_COMPARED = 4;

/**
 * 2: the default stack gained a family layer (the first view shows data); links of version 1
 * and before that name no layers keep the stack they were made with (migrations.ts).
 */
export const URL_FORMAT_VERSION = 2;
/** Layers beyond this many are not a view anyone made by hand or by clicking. */
export const MAX_LAYERS = 24;

const valid = <T>(value: T, rejected?: readonly Rejected[]): Parsed<T> =>
  rejected && rejected.length > 0 ? { ok: 'valid', value, rejected } : { ok: 'valid', value };
const invalid = (raw: string, reason: DropReason): Parsed<never> => ({
  ok: 'invalid',
  raw,
  reason,
});
const MISSING: Parsed<never> = { ok: 'missing' };

/** Empty is "explicitly none" (a link may differ from a default that is not none); else a known id. */
function nullableId<T>(
  shape: RegExp,
  lookup: (raw: string, ctx: UrlContext) => T | null,
): Parser<T | null> {
  return (raw, ctx) => {
    if (raw === undefined) return MISSING;
    if (raw === '') return valid(null);
    if (!shape.test(raw)) return invalid(raw, 'malformed');
    const known = lookup(raw, ctx);
    return known === null ? invalid(raw, 'unknown-id') : valid(known);
  };
}

/** The link format's version: absent, a number up to the current one, or unsupported. */
export const parseVersion: Parser<number> = (raw) => {
  if (raw === undefined) return MISSING;
  if (!/^\d{1,3}$/.test(raw)) return invalid(raw, 'malformed');
  const v = Number(raw);
  return v > URL_FORMAT_VERSION ? invalid(raw, 'unsupported-version') : valid(v);
};

/** Rounding used both ways, so a camera read from a link writes the same link back. */
export const roundTo = (x: number, digits: number): number => {
  const r = Number(x.toFixed(digits));
  return r === 0 ? 0 : r; // no "-0" in links or snapshots
};

export const CAMERA_LIMITS = { lng: 180, lat: 85.0511, zoomMin: 0, zoomMax: 24 } as const;

/** `lng,lat,zoom` within the map's limits, rounded as links write it; empty: fit the focus. */
export const parseCamera: Parser<Camera | null> = (raw) => {
  if (raw === undefined) return MISSING;
  if (raw === '') return valid(null);
  const m = /^(-?\d{1,3}(?:\.\d{1,8})?),(-?\d{1,2}(?:\.\d{1,8})?),(\d{1,2}(?:\.\d{1,8})?)$/.exec(
    raw,
  );
  if (!m) return invalid(raw, 'malformed');
  const [lng, lat, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const L = CAMERA_LIMITS;
  if (Math.abs(lng) > L.lng || Math.abs(lat) > L.lat || zoom < L.zoomMin || zoom > L.zoomMax)
    return invalid(raw, 'out-of-range');
  return valid({ center: [roundTo(lng, 4), roundTo(lat, 4)], zoom: roundTo(zoom, 2) });
};

/** Four digits within the data's years; empty: the latest year. */
export const parseYear: Parser<number | null> = (raw, ctx) => {
  if (raw === undefined) return MISSING;
  if (raw === '') return valid(null);
  if (!/^\d{4}$/.test(raw)) return invalid(raw, 'malformed');
  const y = Number(raw);
  const [min, max] = ctx.yearRange;
  return y < min || y > max ? invalid(raw, 'out-of-range') : valid(y);
};

/** `zh` or `en`. */
export const parseLang: Parser<Lang> = (raw) => {
  if (raw === undefined) return MISSING;
  const lang = LANGS.find((l) => l === raw);
  return lang ? valid(lang) : invalid(raw, 'malformed');
};

/** An item id of the open document (fact ids and the like); empty: none. */
export const parseHighlight: Parser<string | null> = (raw) => {
  if (raw === undefined) return MISSING;
  if (raw === '') return valid(null);
  return /^[0-9A-Za-z._:-]{1,100}$/.test(raw) ? valid(raw) : invalid(raw, 'malformed');
};

/** `i.<indicator>`, `c.<concept layer>`, `m.<measure>`, `events`, or a context layer id. */
export function layerToken(ref: LayerRef): string {
  switch (ref.kind) {
    case 'indicator':
      return `i.${ref.id}`;
    case 'concept':
      return `c.${ref.id}`;
    case 'measure':
      return `m.${ref.id}`;
    case 'events':
      return 'events';
    case 'context':
      return ref.id;
    default:
      return ref satisfies never;
  }
}

/** One item of a list value read (and why it reads narrower than written), or why it was not. */
type Item<T> = { item: T; narrowed?: true } | { reason: DropReason };

const UNKNOWN = { reason: 'unknown-id' } as const;
const MALFORMED = { reason: 'malformed' } as const;
/** A looked-up id as a list item, or "unknown" when the dataset does not have it. */
const known = <Id, T>(found: Id | null, wrap: (id: Id) => T): Item<T> =>
  found === null ? UNKNOWN : { item: wrap(found) };

/**
 * `f.<id>`, a family layer of links before concept layers: the concept layer of that id when it
 * drew one scope, else the nearest one (formerLayer), read as narrowed.
 */
function familyToken(raw: string, ctx: UrlContext): Item<LayerRef> {
  const same = ctx.knownConceptLayer(raw);
  if (same !== null) return { item: { kind: 'concept', id: same } };
  const nearest = ctx.formerLayer(raw);
  return nearest === null ? UNKNOWN : { item: { kind: 'concept', id: nearest }, narrowed: true };
}

function parseLayerToken(token: string, ctx: UrlContext): Item<LayerRef> {
  if (token === 'events') return { item: { kind: 'events' } };
  const context = CONTEXT_LAYERS.find((id): id is ContextLayerId => id === token);
  if (context) return { item: { kind: 'context', id: context } };
  const m = /^([icmf])\.([a-z0-9-]{1,64})$/.exec(token);
  if (!m || m[2] === undefined) return MALFORMED;
  const raw = m[2];
  switch (m[1]) {
    case 'i':
      return known(ctx.knownIndicator(raw), (id) => ({ kind: 'indicator', id }));
    case 'c':
      return known(ctx.knownConceptLayer(raw), (id) => ({ kind: 'concept', id }));
    case 'f':
      return familyToken(raw, ctx);
    default:
      return known(ctx.knownMeasure(raw), (id) => ({ kind: 'measure', id }));
  }
}

/**
 * A comma-separated list: keeps the valid items in order, at most `max`, and reports the rest
 * (unreadable, unknown, repeated — by `key` — or surplus), so a link opens the nearest valid
 * view. An empty value is the empty list; a value with no valid item is invalid as a whole.
 */
function listOf<T>(
  item: (token: string, ctx: UrlContext) => Item<T>,
  key: (item: T) => string,
  max: number,
): Parser<T[]> {
  return (raw, ctx) => {
    if (raw === undefined) return MISSING;
    if (raw === '') return valid([]);
    const items: T[] = [];
    const seen = new Set<string>();
    const rejected: Rejected[] = [];
    for (const token of raw.split(',')) {
      const parsed = item(token, ctx);
      if ('reason' in parsed) rejected.push({ raw: token, reason: parsed.reason });
      else if (seen.has(key(parsed.item))) rejected.push({ raw: token, reason: 'repeated' });
      else if (items.length >= max) rejected.push({ raw: token, reason: 'too-long' });
      else {
        seen.add(key(parsed.item));
        items.push(parsed.item);
        if (parsed.narrowed) rejected.push({ raw: token, reason: 'narrowed' });
      }
    }
    if (items.length === 0) return invalid(raw, rejected[0]?.reason ?? 'malformed');
    return valid(items, rejected);
  };
}

/** What can be a place name in a link: letters, digits, spaces, ' ’ : - (no markup, no commas). */
const REGION_SHAPE = /^[\p{L}\p{M}\p{N}\p{Zs}'’:-]{1,64}$/u;

function parseRegionToken(token: string, ctx: UrlContext): Item<RegionCode> {
  if (!REGION_SHAPE.test(token)) return MALFORMED;
  return known(ctx.knownRegion(token), (code) => code);
}

/** `map` or `table`. */
export const parseTab: Parser<Tab> = (raw) => {
  if (raw === undefined) return MISSING;
  const tab = TABS.find((t) => t === raw);
  return tab ? valid(tab) : invalid(raw, 'malformed');
};

/** `1` sets the flag (`embed`, `std`), `0` or empty does not: a flag a link either sets or leaves out. */
export const parseFlag: Parser<boolean> = (raw) => {
  if (raw === undefined) return MISSING;
  if (raw === '1') return valid(true);
  return raw === '0' || raw === '' ? valid(false) : invalid(raw, 'malformed');
};

/** A region by code, former code, group id or name (梁平县, Lueyang County, lu:eyang), as search reads them. */
export const parseRegion = nullableId(REGION_SHAPE, (raw, ctx) => ctx.knownRegion(raw));

/** The layer stack, bottom first: known layers in order, at most MAX_LAYERS. */
export const parseLayers = listOf(parseLayerToken, layerToken, MAX_LAYERS);

const readIndicator = nullableId(/^[a-z0-9-]{1,64}$/, (raw, ctx) => ctx.knownIndicator(raw));

/**
 * An indicator the dataset has; empty: none. A family or a layer of unlike scopes, as links
 * before concept layers named them, reads as the first indicator of its nearest concept layer,
 * narrowed.
 */
export const parseIndicator: Parser<IndicatorId | null> = (raw, ctx) => {
  const read = readIndicator(raw, ctx);
  if (read.ok !== 'invalid' || read.reason !== 'unknown-id' || raw === undefined) return read;
  const layer = ctx.formerLayer(raw);
  const first = layer === null ? undefined : ctx.layerIndicators(layer)[0];
  return first === undefined ? read : valid(first, [{ raw, reason: 'narrowed' }]);
};

/** A document by its three-digit id, opened with no item highlighted (`q` marks one). */
export const parseSource: Parser<SourceView | null> = nullableId(/^\d{3}$/, (raw, ctx) => {
  const id = ctx.knownSource(raw);
  return id === null ? null : { id, highlight: null };
});

/** Codes, group ids or names, as `r` reads them, in order; one region is a comparison being built. */
export const parseCompared = listOf(parseRegionToken, (code) => code, MAX_COMPARED);
