/** The plain shape of what the user sees: everything a link restores. */
import type { LayerRef } from '../domain/layer-ref';
import type { FactId, SourceId } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { LINK_KEY_ENTRIES, type LINK_KEYS, type LinkDefaults, type LinkKey } from './link-keys';
import type { Parser } from './url-parsers';

// The tab's values and the comparison's size are checked where links are read; panels use them too.
export { MAX_COMPARED, TABS, type Tab } from './url-parsers';

/** The source viewer: which document, and which extracted item is highlighted in it. */
export interface SourceView {
  id: SourceId;
  highlight: FactId | string | null;
}

type Table = typeof LINK_KEYS;

/**
 * What a link restores: for each key of the link table (link-keys.ts) that fills a field, that
 * field, of the type its parser gives (`s` fills `source`, and `q` a part of it). A key added to
 * the table adds its field here; what each field means is written beside its key.
 */
export type ViewSnapshot = {
  -readonly [
    K in LinkKey as Table[K] extends { default: unknown } ? Table[K]['field'] : never
  ]: Table[K] extends { parse: Parser<infer T> } ? T : never;
};

/**
 * The context layers every stack starts from, and the whole default stack of links made before
 * format version 2 (see migrations.ts); the atlas's own first view adds a concept layer on top.
 */
export const DEFAULT_LAYERS: LayerRef[] = [
  { kind: 'context', id: 'boundaries' },
  { kind: 'context', id: 'labels' },
];

/** The view a link with no own keys opens; `layers` defaults to the context layers alone. */
export function defaultSnapshot(
  lang: Lang,
  layers: readonly LayerRef[] = DEFAULT_LAYERS,
): ViewSnapshot {
  const d: LinkDefaults = { lang, layers };
  return Object.fromEntries(
    LINK_KEY_ENTRIES.flatMap(([, key]) => ('default' in key ? [[key.field, key.default(d)]] : [])),
  ) as ViewSnapshot;
}
