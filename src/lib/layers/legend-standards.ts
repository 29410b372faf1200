/**
 * The national thresholds a drawn layer's values are read against, for its legend block: each
 * threshold in words and how many of the regions the map shows meet it, fall short of it, or
 * cannot be judged; and, for a choropleth drawn against its threshold, the verdicts as its
 * classes and the threshold named with its citation. Pure; the same judgement as the panels
 * (data/standards.ts).
 */
import { judgeFact, type Verdict } from '../data/standards';
import type { AsOf } from '../data/time-rule';
import type { Standard } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t, tf } from '../i18n/strings-standard';
import type { DrawnLayer } from './layer-specs';
import { HATCHED_VERDICT, VERDICT_CLASS_COLOURS, VERDICT_CLASSES } from './standard-classes';
import { citationWords, thresholdWords } from './standard-words';

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

/** One class of a legend: its colour, its words, and whether the map hatches it too. */
export interface LegendClass {
  colour: string;
  label: string;
  hatched: boolean;
}

/**
 * The classes of a choropleth drawn against a standard, in VERDICT_CLASSES order, each with how
 * many drawn regions (`values`, by region, with their class) it holds: "meets" and "falls short"
 * always, so a reader sees what the other colour would mean; "cannot tell" only when some
 * region's figure is a range or bound across the bar.
 */
export function verdictLegend(
  values: ReadonlyMap<unknown, { class: number }>,
  lang: Lang,
): LegendClass[] {
  const counts = VERDICT_CLASSES.map(() => 0);
  for (const v of values.values()) counts[v.class] = (counts[v.class] ?? 0) + 1;
  return VERDICT_CLASSES.flatMap((verdict, i) => {
    const count = counts[i] ?? 0;
    if (verdict === 'undetermined' && count === 0) return [];
    return [
      {
        colour: VERDICT_CLASS_COLOURS[i] ?? '',
        label: tf(lang, `drawn_${verdict}`, { count }),
        hatched: verdict === HATCHED_VERDICT,
      },
    ];
  });
}

/** The threshold a choropleth is drawn against, named for its legend, and where it is written. */
export interface DrawnAgainst {
  id: string;
  /** "国家标准 ≤ 0.45（初中）". */
  threshold: string;
  /** 《title》（number，date；assessment），item. */
  citation: string;
}

/** `standard` named for the legend of a choropleth drawn against it. */
export function drawnAgainst(standard: Standard, lang: Lang): DrawnAgainst {
  return {
    id: standard.id,
    threshold: `${t(lang, 'nationalStandard')} ${thresholdWords(standard, lang)}`,
    citation: citationWords(standard, lang),
  };
}
