/**
 * The national thresholds a drawn layer's values are read against, for its legend block: each
 * threshold in words and how many of the regions the map shows meet it, fall short of it, or
 * cannot be judged. Pure; the same judgement as the panels (data/standards.ts).
 */
import { judgeFact, type Verdict } from '../data/standards';
import type { AsOf } from '../data/time-rule';
import type { Standard } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings-standard';
import type { DrawnLayer } from './layer-specs';
import { thresholdWords } from './standard-words';

/** One threshold on a legend: its words, and the drawn regions by verdict. */
export interface LegendStandard {
  id: string;
  /** "国家标准 ≤ 0.45（初中）". */
  text: string;
  counts: Record<Verdict, number>;
}

/**
 * The thresholds governing any of `layer`'s indicators, in the standards' order, each with the
 * verdicts of the values the map shows (`values`, by region). None for an ungoverned layer.
 */
export function legendStandards(
  layer: DrawnLayer,
  values: ReadonlyMap<unknown, AsOf>,
  standards: readonly Standard[],
  lang: Lang,
): LegendStandard[] {
  const ids = new Set<string>(layer.indicators.map((i) => i.id));
  const governing = standards.filter((s) => ids.has(s.indicator));
  if (governing.length === 0) return [];
  const levels = new Map<string, string>(layer.indicators.map((i) => [i.id, i.scope.levels]));
  const judged = [...values.values()].flatMap((v) =>
    judgeFact(governing, v.fact, levels.get(v.fact.indicator) ?? 'unstated'),
  );
  return governing.map((s) => {
    const counts: Record<Verdict, number> = { meets: 0, short: 0, undetermined: 0 };
    for (const j of judged) if (j.standard === s) counts[j.verdict] += 1;
    return { id: s.id, text: `${t(lang, 'nationalStandard')} ${thresholdWords(s, lang)}`, counts };
  });
}
