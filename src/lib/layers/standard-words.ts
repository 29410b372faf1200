/**
 * A figure's national standard in words, the same in every panel, the tooltip and the CSV: the
 * threshold with its school level ("≤ 0.45（初中）"), the verdict ("达到国家标准", "差 0.035"),
 * and the citation (document, number, date, item). Pure.
 */
import type { Judgement } from '../data/standards';
import type { Comparator, Standard, Unit } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { t, tf } from '../i18n/strings-standard';
import { formatQuantity } from '../scales/format';

/** The comparator as a reader writes it; the same in both languages. */
export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '=',
  '>': '>',
  '<': '<',
};

/** The school levels a threshold is for, in words: 初中 / junior secondary. */
export function levelsWords(standard: Standard, lang: Lang): string {
  return t(lang, `standardLevels_${standard.levels}`);
}

/** The threshold and its levels: "≤ 0.45（初中）", "≥ 4.5平方米（小学）", "≤ 0.45 (junior secondary)". */
export function thresholdWords(standard: Standard, lang: Lang): string {
  const bar = `${COMPARATOR_SYMBOL[standard.comparator]} ${formatQuantity(standard.value, standard.unit, lang)}`;
  const levels = levelsWords(standard, lang);
  return lang === 'zh' ? `${bar}（${levels}）` : `${bar} (${levels})`;
}

/**
 * Whether the figure meets the threshold, in words and never by colour alone: "达到国家标准",
 * "未达到国家标准，差 0.035" / "0.035 short of the national standard"; a target is read as a
 * target ("目标达到国家标准"). The shortfall is written in the indicator's unit.
 */
export function verdictWords(j: Judgement, unit: Unit, lang: Lang): string {
  const prefix = j.target ? 'target' : 'verdict';
  switch (j.verdict) {
    case 'meets':
      return t(lang, `${prefix}Meets`);
    case 'undetermined':
      return t(lang, `${prefix}Undetermined`);
    case 'short':
      return j.shortBy > 0
        ? tf(lang, `${prefix}ShortBy`, { gap: formatQuantity(j.shortBy, unit, lang) })
        : t(lang, `${prefix}Short`);
    default:
      return j.verdict satisfies never;
  }
}

/** Where the threshold is written: 《title》（number，date），item. */
export function citationWords(standard: Standard, lang: Lang): string {
  const { title, number, date, item } = standard.source;
  const assessment = t(lang, `assessment_${standard.assessment}`);
  const itemText = tf(lang, 'standardItem', { item });
  return lang === 'zh'
    ? `《${title.zh}》（${number}，${date}；${assessment}），${itemText}`
    : `${title.en} (${number}, ${date}; ${assessment}), ${itemText}`;
}

/** One line for a figure and one threshold, as the tooltip and the CSV say it: "国家标准 ≤ 0.45（初中）：达到国家标准". */
export function judgementLine(j: Judgement, unit: Unit, lang: Lang): string {
  const sep = lang === 'zh' ? '：' : ': ';
  return `${t(lang, 'nationalStandard')} ${thresholdWords(j.standard, lang)}${sep}${verdictWords(j, unit, lang)}`;
}
