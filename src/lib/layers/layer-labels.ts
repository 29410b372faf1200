/** What the layer list says about a layer: its name and how it is drawn, in the reader's language. */
import type { LayerRef } from '../domain/layer-ref';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { Catalogue, CatalogueEntry } from './layer-catalogue';
import { layerKey, sameLayer } from './stack';

/** An entry's name: the dataset's bilingual name, or the UI's name for milestones and context layers. */
export function layerLabel(entry: CatalogueEntry, lang: Lang): string {
  if (entry.name) return entry.name[lang];
  if (entry.ref.kind === 'context') return t(lang, `context_${entry.ref.id}` as const);
  return t(lang, 'events');
}

/** How an indicator or concept layer is drawn ("shaded regions", "circles"); '' for other layers. */
export function layerHint(entry: CatalogueEntry, lang: Lang): string {
  if (entry.draw === 'choropleth') return t(lang, 'layerChoroplethHint');
  return entry.draw === 'symbols' ? t(lang, 'layerSymbolHint') : '';
}

/** The name of a stack entry; its key when the catalogue does not list it. */
export function stackLabel(catalogue: Catalogue, ref: LayerRef, lang: Lang): string {
  const all = [
    ...catalogue.families.flatMap((g) => [...g.layers, ...g.entries]),
    ...catalogue.measures.flatMap((g) => g.entries),
    catalogue.events,
    ...catalogue.context,
  ];
  const entry = all.find((e) => sameLayer(e.ref, ref));
  if (entry) return layerLabel(entry, lang);
  const layer = ref.kind === 'concept' ? catalogue.layerNames.get(ref.id) : undefined;
  return layer ? layer[lang] : layerKey(ref);
}
