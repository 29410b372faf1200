/**
 * The documents a view's values come from, and the line that names them under a picture or a
 * printed page: every number on it must be traceable to its document.
 */
import type { Atlas } from '../data/atlas';
import type { Source } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { LayerSpec } from './layer-specs';

/** The documents behind what the drawn layers show, by id; every document when none is drawn. */
export function viewSources(specs: readonly LayerSpec[], atlas: Atlas): Source[] {
  const ids = new Set<string>();
  for (const spec of specs) {
    if (spec.kind === 'choropleth' || spec.kind === 'symbols')
      for (const v of spec.valuesByRegion.values()) ids.add(v.fact.source);
    else if (spec.kind === 'milestones') for (const m of spec.events) ids.add(m.event.source);
    else if (spec.kind === 'measure')
      for (const m of atlas.dataset.measures)
        if (m.measure === spec.measure.id && spec.regions.includes(m.region)) ids.add(m.source);
  }
  const all = atlas.dataset.sources;
  return ids.size === 0 ? [...all] : all.filter((s) => ids.has(s.id));
}

/** "来源：重庆日报 (Chongqing Daily)，2023-11-14；…" — publisher and date of each document. */
export function sourceLine(sources: readonly Source[], lang: Lang): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const comma = lang === 'zh' ? '，' : ', ';
  const items = sources.map((s) =>
    s.published === null ? s.publisher : `${s.publisher}${comma}${s.published}`,
  );
  return `${t(lang, 'sourcesLabel')}${items.join(sep)}`;
}
