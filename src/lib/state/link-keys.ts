/**
 * The link's keys, in one table and named nowhere else: per key its parser, how it is written,
 * its default, whether a share link pins it, and the field of the view it fills. The view's shape
 * (`ViewSnapshot` in types.ts), `ViewState`'s restore and snapshot, the codec (url.ts) and the
 * link tests are derived from it; ../shared/LINKS.md is its contract.
 */
import type { Camera } from '../domain/camera';
import type { LayerRef } from '../domain/layer-ref';
import type { Lang } from '../i18n/lang';
import type { SourceView } from './types';
import {
  layerToken,
  parseCamera,
  parseCompared,
  parseFlag,
  parseHighlight,
  parseIndicator,
  parseLang,
  parseLayers,
  parseRegion,
  parseSource,
  parseTab,
  parseYear,
  roundTo,
  type DropReason,
  type Parser,
  type UrlContext,
} from './url-parsers';

/** What a default is taken from: what the app knows as it starts, before any link is read. */
export interface LinkDefaults {
  /** The first visit's language (i18n/lang.ts `preferredLang`). */
  lang: Lang;
  /** The stack the atlas opens with: the context layers, and the dataset's first-view layer. */
  layers: readonly LayerRef[];
}

/** What a share link may pin a value to beyond the view itself. */
export interface PinContext {
  /** The year "the latest" stands for when the link is made; null when nothing is dated. */
  latestYear: number | null;
}

/**
 * A key that fills one field of the view (`field`) alone. The field's type `T` is what its parser
 * gives (`NoInfer` elsewhere: serialiser and default are checked against it, never widen it).
 */
export interface FieldKey<F extends string, T> {
  field: F;
  parse: Parser<T>;
  /** The value as the link writes it, before percent-encoding: `parse` reads it back. */
  serialise(value: NoInfer<T>): string;
  /** The value when the link leaves the key out. */
  default(d: LinkDefaults): NoInfer<T>;
  /** A share link writes the key even at its default, so later changes of defaults leave it be. */
  pinned: boolean;
  /** What a share link writes for a value that a default decides ("the latest year"). */
  pinTo?(value: NoInfer<T>, pin: PinContext): NoInfer<T>;
  /**
   * Why a value read from a link has no place with the layer stack the link opens (read after
   * every key), or null when it has: the field then keeps its default and the value is reported.
   */
  check?(value: NoInfer<T>, layers: readonly LayerRef[], ctx: UrlContext): DropReason | null;
}

/**
 * A key that sets a part of a field another key fills, and so depends on it: it comes after that
 * key in the table, and is written with it (left out when empty, as the other key's value comes
 * with the part empty). Its default is the part of the field's default.
 */
export interface PartKey<F extends string, W, T> {
  field: F;
  parse: Parser<T>;
  serialise(value: NoInfer<T>): string;
  /** This key's part of the field's value `W`. */
  get(whole: W): NoInfer<T>;
  /** The field's value with the part set, or why it has no place there. */
  set(whole: NoInfer<W>, part: NoInfer<T>): { value: NoInfer<W> } | { reason: DropReason };
}

/** A key of any table, its value types forgotten: what the codec walks. */
export type AnyLinkKey<F extends string = string> =
  FieldKey<F, unknown> | PartKey<F, unknown, unknown>;

/** A table of link keys: none without a parser, a serialiser and the field it fills. */
export type LinkTable = Readonly<Record<string, AnyLinkKey>>;

/** Field keys and part keys, their field's name as written (`const`) and their types inferred. */
const fieldKey = <const F extends string, T>(key: FieldKey<F, T>): FieldKey<F, T> => key;
const partKey = <const F extends string, W, T>(key: PartKey<F, W, T>): PartKey<F, W, T> => key;

/** Nullable ids are written as themselves, none as the empty value ("explicitly none"). */
const idText = (id: string | null): string => id ?? '';

const cameraText = (c: Camera | null): string =>
  c === null ? '' : `${roundTo(c.center[0], 4)},${roundTo(c.center[1], 4)},${roundTo(c.zoom, 2)}`;

/** The keys, in the order links write them (after `v`). */
export const LINK_KEYS = {
  /** The selected region: a current code or group id. */
  r: fieldKey({
    field: 'region',
    parse: parseRegion,
    serialise: idText,
    default: () => null,
    pinned: false,
  }),
  /** The layer stack, bottom first. */
  l: fieldKey({
    field: 'layers',
    parse: parseLayers,
    serialise: (layers) => layers.map(layerToken).join(','),
    default: (d) => [...d.layers],
    pinned: true,
  }),
  /** The indicator the legend and tooltip speak of. */
  i: fieldKey({
    field: 'indicator',
    parse: parseIndicator,
    serialise: idText,
    default: () => null,
    pinned: true,
  }),
  /** The year shown; null is "the latest year the data has". */
  y: fieldKey({
    field: 'year',
    parse: parseYear,
    serialise: (year) => (year === null ? '' : `${year}`),
    default: () => null,
    pinned: true,
    pinTo: (year, pin) => year ?? pin.latestYear,
  }),
  /** The camera; null is "fit the focus regions". */
  c: fieldKey({
    field: 'camera',
    parse: parseCamera,
    serialise: cameraText,
    default: () => null,
    pinned: false,
  }),
  lang: fieldKey({
    field: 'lang',
    parse: parseLang,
    serialise: (lang) => lang,
    default: (d) => d.lang,
    pinned: false,
  }),
  /** The open document. */
  s: fieldKey({
    field: 'source',
    parse: parseSource,
    serialise: (source) => source?.id ?? '',
    default: () => null,
    pinned: false,
  }),
  /** The item highlighted in the open document: with none open, it is dropped. */
  q: partKey({
    field: 'source',
    parse: parseHighlight,
    serialise: idText,
    get: (source: SourceView | null) => source?.highlight ?? null,
    set: (source, highlight) => {
      if (source !== null) return { value: { ...source, highlight } };
      return highlight === null ? { value: null } : { reason: 'needs-source' };
    },
  }),
  /** Regions side by side, in the order chosen: 0 to MAX_COMPARED current codes or group ids. */
  cmp: fieldKey({
    field: 'compare',
    parse: parseCompared,
    serialise: (codes) => codes.join(','),
    default: () => [],
    pinned: false,
  }),
  /** What fills the main area: the map, or the table of values (its screen-reader alternative). */
  tab: fieldKey({
    field: 'tab',
    parse: parseTab,
    serialise: (tab) => tab,
    default: () => 'map' as const,
    pinned: false,
  }),
  /** Embedded in another page: map, legend and timeline only, with a link to the full view. */
  embed: fieldKey({
    field: 'embed',
    parse: parseFlag,
    serialise: (on) => (on ? '1' : '0'),
    default: () => false,
    pinned: false,
  }),
  /**
   * The choropleth drawn against the national standard (meets / falls short / no figure) rather
   * than on its scale of values; read against the layer the link opens, it is dropped where no
   * single threshold governs that layer.
   */
  std: fieldKey({
    field: 'againstStandard',
    parse: parseFlag,
    serialise: (on) => (on ? '1' : '0'),
    default: () => false,
    pinned: false,
    check: (on, layers, ctx) => (on && !ctx.judgeable(layers) ? 'no-standard' : null),
  }),
} satisfies LinkTable;

/** A key of the table. */
export type LinkKey = keyof typeof LINK_KEYS;
/** A field of the view a link holds. */
export type LinkField = (typeof LINK_KEYS)[LinkKey]['field'];

/** The link format's version: not a choice of the view, read first as it decides how the rest reads. */
export const VERSION_KEY = 'v';
/** Any key the atlas owns in a link of the current format. */
export type UrlKey = typeof VERSION_KEY | LinkKey;

/** The table's keys with their definitions, in link order: what the codec walks. */
export const LINK_KEY_ENTRIES = (Object.keys(LINK_KEYS) as LinkKey[]).map(
  (key): readonly [LinkKey, AnyLinkKey<LinkField>] => [key, LINK_KEYS[key]],
);

/** Keys in the order links write them. */
export const URL_KEYS: readonly UrlKey[] = [VERSION_KEY, ...LINK_KEY_ENTRIES.map(([key]) => key)];

export function isUrlKey(key: string): key is UrlKey {
  return (URL_KEYS as readonly string[]).includes(key);
}

/** The fields of the view the table fills, each once, in table order. */
export const LINK_FIELDS: readonly LinkField[] = [
  ...new Set(LINK_KEY_ENTRIES.map(([, key]) => key.field)),
];
