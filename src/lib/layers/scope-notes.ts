/**
 * What a reader is told about scope: which school levels a value counts, said next to the value
 * where a family layer mixes levels ("incl. kindergartens", "compulsory stage only"), and the
 * indicator's full scope where there is room. Pure, so legend, tooltip and panel say the same.
 */
import type { Indicator } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { DrawnLayer } from './layer-specs';

/** The school levels an indicator counts, in a few words. */
export function levelsNote(indicator: Indicator, lang: Lang): string {
  return t(lang, `levels_${indicator.scope.levels}` as const);
}

/**
 * The note said next to a value of a layer: its indicator's levels where the layer mixes levels,
 * else null (the legend's one scope line covers every value).
 */
export function valueScopeNote(layer: DrawnLayer, indicator: Indicator, lang: Lang): string | null {
  return layer.mixedScopes ? levelsNote(indicator, lang) : null;
}

/**
 * The legend's scope lines: the indicator's full scope for a layer of one indicator; for a family
 * layer, each member that draws a value (`shown`; all when none does) with the levels it counts
 * (when levels differ) or its full scope — members with nothing on the map would only add noise.
 */
export function layerScopeLines(
  layer: DrawnLayer,
  shown: ReadonlySet<string>,
  lang: Lang,
): string[] {
  const [only] = layer.indicators;
  if (only && layer.indicators.length === 1) return [only.scope[lang]];
  const drawn = layer.indicators.filter((i) => shown.has(i.id));
  return (drawn.length > 0 ? drawn : layer.indicators).map(
    (i) => `${i.name[lang]}: ${layer.mixedScopes ? levelsNote(i, lang) : i.scope[lang]}`,
  );
}
