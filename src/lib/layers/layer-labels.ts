/** What the layer list says about a layer: its name and how it is drawn, in the reader's language. */
import type { LayerRef } from '../domain/layer-ref';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { Catalogue, CatalogueEntry, FamilyGroup } from './layer-catalogue';
import { layerKey, sameLayer } from './stack';

/** An entry's name: the dataset's bilingual name, or the UI's name for milestones and context layers. */
export function layerLabel(entry: CatalogueEntry, lang: Lang): string {
  if (entry.name) return entry.name[lang];
  if (entry.ref.kind === 'context') return t(lang, `context_${entry.ref.id}` as const);
  return t(lang, 'events');
}

/**
 * A family layer's name under its family's heading: "all scopes together" where the layer is
 * named after the family, so the heading is not said twice; its own name otherwise.
 */
export function familyLayerLabel(group: FamilyGroup, entry: CatalogueEntry, lang: Lang): string {
  const name = layerLabel(entry, lang);
  return name === group.family.name[lang] ? t(lang, 'familyLayerAll') : name;
}

/**
 * How an indicator or family layer is drawn ("shaded regions", "circles"), a family layer's
 * marked as the one comparing its indicators; '' for other layers.
 */
export function layerHint(entry: CatalogueEntry, lang: Lang): string {
  const how =
    entry.draw === 'choropleth'
      ? t(lang, 'layerChoroplethHint')
      : entry.draw === 'symbols'
        ? t(lang, 'layerSymbolHint')
        : '';
  return how !== '' && entry.ref.kind === 'family' ? `${t(lang, 'familyLayer')} · ${how}` : how;
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
  const family = ref.kind === 'family' ? catalogue.familyLayerNames.get(ref.id) : undefined;
  return family ? family[lang] : layerKey(ref);
}
