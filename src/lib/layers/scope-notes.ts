/**
 * What the legend says about scope: the indicators' scopes, each distinct part once. Pure, so
 * it is tested without a DOM.
 */
import type { Indicator } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';
import type { DrawnLayer } from './layer-specs';

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
 * one indicator. For a concept layer of several, over the members that show a value (`shown`; all
 * when none does; members with nothing on the map would only add noise): what the members all
 * share ("All: …"), then each member's own words (one scope, said by each reading's text).
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
