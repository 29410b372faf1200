/**
 * What a reader is told about scope: which school levels and period a value counts, said next to
 * the value where a family layer mixes them ("incl. kindergartens", "a single project"), and the
 * indicators' scopes in the legend, each distinct part once. Pure, so legend, tooltip and panel
 * say the same.
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
 * The note said next to a value of a layer: what of its indicator's levels and period differs
 * among the layer's members, else null (the legend's scope lines cover every value alike).
 */
export function valueScopeNote(layer: DrawnLayer, indicator: Indicator, lang: Lang): string | null {
  if (!layer.mixedScopes) return null;
  const differs = (field: 'levels' | 'period') =>
    new Set(layer.indicators.map((i) => i.scope[field])).size > 1;
  const parts = [
    differs('levels') ? levelsNote(indicator, lang) : null,
    differs('period') ? t(lang, `period_${indicator.scope.period}` as const) : null,
  ].filter((p) => p !== null);
  return parts.join(lang === 'zh' ? '，' : ', ');
}

const SEPARATOR = { zh: '；', en: '; ' } as const;

/** Lines of `label: names`, one per distinct label, in member order. */
function grouped(
  members: readonly Indicator[],
  label: (i: Indicator) => string,
  lang: Lang,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of members) out.set(label(i), [...(out.get(label(i)) ?? []), i.name[lang]]);
  return out;
}

/**
 * The legend's scope lines, each distinct scope once: the indicator's full scope for a layer of
 * one indicator. For a family layer, over the members that show a value (`shown`; all when none
 * does; members with nothing on the map would only add noise): where the layer mixes levels or
 * periods, one line per note said next to values, naming its members; else what the members all
 * share ("All: …"), then each member's own part.
 */
export function layerScopeLines(
  layer: DrawnLayer,
  shown: ReadonlySet<string>,
  lang: Lang,
): string[] {
  const [only] = layer.indicators;
  if (only && layer.indicators.length === 1) return [only.scope[lang]];
  const drawn = layer.indicators.filter((i) => shown.has(i.id));
  const members = drawn.length > 0 ? drawn : layer.indicators;
  const colon = lang === 'zh' ? '：' : ': ';
  const names = (list: string[]) => list.join(lang === 'zh' ? '、' : ', ');
  if (layer.mixedScopes) {
    const notes = grouped(members, (i) => valueScopeNote(layer, i, lang) ?? '', lang);
    const line = (note: string, of: string[]) => `${note}${colon}${names(of)}`;
    return [...notes].map(([note, of]) =>
      lang === 'en' ? line(note.charAt(0).toUpperCase() + note.slice(1), of) : line(note, of),
    );
  }
  const sep = SEPARATOR[lang];
  const parts = new Map(members.map((i) => [i, i.scope[lang].split(sep)]));
  const common = (parts.get(members[0]!) ?? []).filter((p) =>
    [...parts.values()].every((ps) => ps.includes(p)),
  );
  const own = (i: Indicator) => (parts.get(i) ?? []).filter((p) => !common.includes(p)).join(sep);
  const rest = grouped(members, own, lang);
  rest.delete('');
  return [
    ...(common.length > 0 && members.length > 1
      ? [`${t(lang, 'scopeAll')}${colon}${common.join(sep)}`]
      : []),
    // A part that only restates its one member's name is said by the name alone.
    ...[...rest].map(([part, of]) =>
      of.length === 1 && of[0]?.toLowerCase() === part.toLowerCase()
        ? of[0]
        : `${names(of)}${colon}${part}`,
    ),
  ];
}
