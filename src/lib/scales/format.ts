/**
 * Numbers as a reader of each language expects them: 27.8万个 / 278,000 places, 626.6亿元 /
 * ¥62.66 bn, with the qualifier the source used (800余所 → "≥ 800") and targets labelled.
 */
import { format } from 'd3-format';
import type { Qualifier, Status, Unit } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { UNIT_WORDS } from './units';

/** Every digit, grouped: 1234567 → "1,234,567" (no rounding, no exponent); four decimals at most. */
const grouped = (x: number): string => format(Number.isInteger(x) ? ',d' : ',.4~f')(x);

/** Symbols, not words, so legend labels stay short; the same in both languages. */
export const QUALIFIER_SYMBOL: Record<Qualifier, string> = {
  exact: '',
  atLeast: '≥ ',
  atMost: '≤ ',
  approx: '≈ ',
};

/**
 * `x` with the fewest decimals, at most `max`, that still say exactly `x`; null when none do.
 * A figure from a document is shown as the document gave it: 37568名 is never "3.76万名" with
 * no ≈ to say it was rounded.
 */
function exactly(x: number, max: number): string | null {
  for (let d = 0; d <= max; d++) {
    const s = format(`.${d}f`)(x);
    if (Math.abs(Number(s.replace('−', '-')) - x) <= Math.abs(x) * 1e-12) return s;
  }
  return null;
}

/** `x` exactly with at most `max` decimals, else rounded to `max` (a scale's break, not a fact). */
const fixed = (x: number, max: number): string => exactly(x, max) ?? format(`.${max}~f`)(x);

/**
 * zh: 亿 or 万 where the figure is exact with two decimals at most, as the documents write it
 * (278000 → 27.8万, 303740000 → 30374万, 62660000000 → 626.6亿); else every digit (37568).
 */
function zhMagnitude(value: number): string {
  const abs = Math.abs(value);
  const yi = abs >= 1e8 ? exactly(value / 1e8, 2) : null;
  if (yi !== null) return `${yi}亿`;
  const wan = abs >= 1e4 ? exactly(value / 1e4, 2) : null;
  if (wan !== null) return `${wan}万`;
  return fixed(value, 4);
}

/** en: "bn" or "m" where the figure is exact with three decimals at most; else every digit. */
function enMagnitude(value: number, millionsFrom: number): string | null {
  const abs = Math.abs(value);
  const bn = abs >= 1e9 ? exactly(value / 1e9, 3) : null;
  if (bn !== null) return `${bn} bn`;
  const m = abs >= millionsFrom ? exactly(value / 1e6, 3) : null;
  return m === null ? null : `${m} m`;
}

function enMoney(value: number): string {
  return `¥${enMagnitude(value, 1e6) ?? grouped(value)}`;
}

function enCount(value: number): string {
  return enMagnitude(value, 1e7) ?? grouped(value);
}

/** How one unit writes a bare number and then wraps it (with the last number deciding the plural). */
interface UnitParts {
  num: (x: number) => string;
  wrap: (text: string, last: number) => string;
}

function unitParts(unit: Unit, lang: Lang): UnitParts {
  const words = UNIT_WORDS[unit];
  const bare = (text: string) => text;
  switch (words.scale) {
    case 'percent':
      return { num: (x) => fixed(x, 4), wrap: (t) => `${t}%` };
    case 'coefficient':
      return { num: (x) => fixed(x, 4), wrap: bare };
    case 'money':
      return lang === 'zh'
        ? { num: zhMagnitude, wrap: (t) => `${t}元` }
        : { num: enMoney, wrap: bare };
    case 'count':
      if (lang === 'zh') return { num: zhMagnitude, wrap: (t) => `${t}${words.zh}` };
      return { num: enCount, wrap: (t, last) => withEnWord(t, last, words.en) };
    case 'plain':
      if (lang === 'zh')
        return {
          num: (x) => fixed(x, 4),
          wrap: (t) => (unit === 'rank' ? `第${t}${words.zh}` : `${t}${words.zh}`),
        };
      return { num: grouped, wrap: (t, last) => withEnWord(t, last, words.en) };
    default:
      return words satisfies never;
  }
}

/** Between the two ends of a range: 3至5年, "3–5 years". */
const RANGE_JOIN: Record<Lang, string> = { zh: '至', en: '–' };

/**
 * A number in its unit, without qualifier or status: "27.8万个", "278,000 places"; with `upper`,
 * a range whose unit is written once: "3至5年", "3–5 years".
 */
export function formatQuantity(
  value: number,
  unit: Unit,
  lang: Lang,
  upper?: number | null,
): string {
  const { num, wrap } = unitParts(unit, lang);
  if (upper === undefined || upper === null) return wrap(num(value), value);
  return wrap(`${num(value)}${RANGE_JOIN[lang]}${num(upper)}`, upper);
}

function withEnWord(num: string, value: number, [one, many]: readonly [string, string]): string {
  const word = value === 1 ? one : many;
  return word === '' ? num : `${num} ${word}`;
}

/** What a value is as a reader should see it: qualifier, number, unit, and "target" when it is one. */
export interface ValueLike {
  value: number;
  /** The upper end of a range (3至5年: value 3, upper 5). */
  upper?: number | null;
  qualifier: Qualifier;
  status: Status;
}

/**
 * A fact as the reader sees it: "≥ 800 schools", "3–5 years", "1,600 places (target)". A range
 * keeps only "≈" of its qualifier: its two ends already say "at least" and "at most".
 */
export function formatValue(v: ValueLike, unit: Unit, lang: Lang): string {
  const isRange = v.upper !== undefined && v.upper !== null;
  const qualifier = isRange && v.qualifier !== 'approx' ? 'exact' : v.qualifier;
  const text = `${QUALIFIER_SYMBOL[qualifier]}${formatQuantity(v.value, unit, lang, v.upper)}`;
  if (v.status !== 'target') return text;
  return lang === 'zh' ? `${text}（目标）` : `${text} (target)`;
}

/** Spoken form of a qualifier, for screen readers and tooltips. Empty for exact values. */
export function qualifierWords(q: Qualifier, lang: Lang): string {
  const words: Record<Qualifier, Record<Lang, string>> = {
    exact: { zh: '', en: '' },
    atLeast: { zh: '至少', en: 'at least' },
    atMost: { zh: '至多', en: 'at most' },
    approx: { zh: '约', en: 'about' },
  };
  return words[q][lang];
}
