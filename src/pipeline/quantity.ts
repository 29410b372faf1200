/**
 * The quantity grammar of the seed documents: "27.8万个", "626.6亿元", "800余所", "22.8%以上",
 * "4-7位", "3至5年", "1:1", "1.2万台(件、套)", "百名左右". Pure: text in, numbers out.
 * Values come back in base units (万/亿 multiplied out, 元 as yuan, % as percent points).
 */
import type { Qualifier } from '../lib/domain/schema.ts';
import { parseSpokenNumber } from './chinese-numerals.ts';
import { scanWordMagnitudes } from './word-magnitudes.ts';

/** One quantity as written: where it is, what number it states and how it qualifies it. */
export interface Quantity {
  start: number;
  end: number;
  raw: string;
  value: number;
  /** Upper bound of a range ("3至5年" → value 3, upper 5). */
  upper: number | null;
  /** The measure word after the number ("个", "元", "%", "平方米"…); "" when none. */
  counter: string;
  /** Qualifier the written form carries itself (余, 多, 以上, 左右…); prefixes are read elsewhere. */
  qualifier: Qualifier;
  numeral: 'arabic' | 'chinese';
}

// Longest first, so "平方公里" wins over a shorter prefix and "人次" over "人".
const COUNTERS = [
  '台\\(件、套\\)',
  '平方公里',
  '平方米',
  '人次',
  '场次',
  '场',
  '轮次',
  '县区',
  '区县',
  '元',
  // «48个班» counts classes, not «个» of whatever the sentence is about (school places).
  '个班',
  '个',
  '所',
  '人',
  '名',
  '位',
  '年',
  '月',
  '日',
  '次',
  '门',
  // «平均年龄47.3岁»: an age in years.
  '岁',
  '册',
  '条',
  '家',
  '套',
  '间',
  '台',
  '件',
  '项',
  '届',
  '期',
  '号',
  '%',
  '％',
];
const CHINESE_COUNTERS = [
  '方面',
  '元',
  '成',
  '维度',
  '个',
  '所',
  '名',
  '人次',
  '人',
  '年',
  '项',
  '条',
  '类',
  '次',
  '轮',
  '种',
  '支',
  '位',
  '家',
  '套',
  '级',
  '期',
  '届',
  '大',
];
/**
 * An Arabic number as reports write it, thousands separators included: «3,240» is 3240, not 240
 * («0.43,0.36» is two numbers: a group after the comma has exactly three digits).
 */
export const ARABIC_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUM = `(?:${ARABIC_NUMBER})`;
/** The digits of a number written with thousands separators: «3,240» → «3240». */
const digitsOf = (written: string): string => written.replaceAll(',', '');
// «1.2万+», as posts write «or more»: a plus sign that no digit or letter follows («1+N» is a
// scheme's name).
const SUFFIX = '(以上|以内|以下|左右|余|[+＋](?![\\dA-Za-z０-９Ａ-Ｚａ-ｚ]))?';
// A range is written with a dash, a tilde, 至 or 到 between its ends ("3至5年", "2～3年").
const RANGE = '(?:-|—|–|~|～|至|到)';
// A range may repeat its unit on its lower end ("20%至30%", "400元至1000元", "1万至2万元"): the
// upper end must then be written with the same unit, or the two are two quantities.
const LOWER_UNIT = `(?<lower>[%％]|(?:万|亿)?(?:${COUNTERS.join('|')})|万|亿)?`;
const ARABIC = new RegExp(
  `(${NUM})(?:${LOWER_UNIT}\\s*${RANGE}\\s*(${NUM})(?=(?:余|多)?\\k<lower>)|:(\\d+))?(余|多)?(万|亿)?(余|多)?(${COUNTERS.join('|')})?${SUFFIX}`,
  'g',
);
// A run does not start with 万 or 亿 (千万, 万一 are words), except after 近, 逾 or 约: «近万个».
// As a speaker says a sum, 多 may stand before the 万 or 亿 that multiplies its last part
// («五亿三千多万元»: five hundred and thirty million and more), and 个 between a count and 亿
// («一个亿», «两个多亿»), which says yuan without the word.
const CHINESE = new RegExp(
  `(?<![\\d.])((?![万亿])[零一二两三四五六七八九十百千万亿]+(?:点[零一二三四五六七八九]+[万亿]?)?|(?<=[近逾约])[万亿])(?:${RANGE}([零一二两三四五六七八九十百千万亿]+))?(余|多)?(?:(个(?=多?亿))?(多)?([万亿]))?(${CHINESE_COUNTERS.join('|')}|(?<=个多?亿))${SUFFIX}`,
  'g',
);
// A share written in words: «百分之三十二», «百分之九十五点五».
const CHINESE_PERCENT = /百分之([零一二两三四五六七八九十]+)(?:点([零一二三四五六七八九]+))?/g;
const MULTIPLIER: Record<string, number> = { '': 0, 万: 4, 亿: 8 };
/**
 * Exact decimal scaling: "626.6" × 10^8 through the digit string, because 626.6 * 1e8 in floating
 * point is 62660000000.00001 and the build compares values to their quotes exactly.
 */
export function scaleDecimal(digits: string, powerOfTen: number): number {
  const [whole = '0', frac = ''] = digits.split('.');
  return Number(`${whole}${frac}e${powerOfTen - frac.length}`);
}

/**
 * A bare number given the measure word `unit` from elsewhere (a table's row head «（亿元）»): its
 * value with the unit's 万 or 亿 multiplied out, exactly as a written «9.6亿元» would be, and the
 * measure word after the multiplier as its counter.
 */
export function withUnit(q: Quantity, unit: string): Quantity {
  const mult = /^[万亿]/u.exec(unit)?.[0] ?? '';
  const power = MULTIPLIER[mult] ?? 0;
  const scale = (v: number) => (power === 0 ? v : scaleDecimal(String(v), power));
  return {
    ...q,
    value: scale(q.value),
    upper: q.upper === null ? null : scale(q.upper),
    counter: unit.slice(mult.length),
  };
}

/**
 * A range ("3至5年") is stored as its lower end with its upper end beside it, so its qualifier
 * says the value is the least the text allows: never "exact", unless the text qualifies it
 * itself ("3至5年左右" is approximate).
 */
function rangeQualifier(upper: number | null, written: Qualifier): Qualifier {
  return upper !== null && written === 'exact' ? 'atLeast' : written;
}

function suffixQualifier(...marks: (string | undefined)[]): Qualifier {
  if (marks.some((m) => m === '余' || m === '多' || m === '以上' || m === '+' || m === '＋'))
    return 'atLeast';
  if (marks.some((m) => m === '以内' || m === '以下')) return 'atMost';
  if (marks.includes('左右')) return 'approx';
  return 'exact';
}

function arabicAt(m: RegExpExecArray): Quantity {
  const [raw, num = '', , upper, ratioRight, q1, mult = '', q2, counter = '', q3] = m;
  const power = MULTIPLIER[mult] ?? 0;
  const isRatio = ratioRight !== undefined;
  const top = upper === undefined ? null : scaleDecimal(digitsOf(upper), power);
  return {
    start: m.index,
    end: m.index + raw.length,
    raw,
    value: isRatio
      ? Number(digitsOf(num)) / Number(ratioRight)
      : scaleDecimal(digitsOf(num), power),
    upper: top,
    counter: isRatio ? ':' : counter.replace('％', '%'),
    qualifier: rangeQualifier(top, suffixQualifier(q1, q2, q3)),
    numeral: 'arabic',
  };
}

function chineseAt(m: RegExpExecArray): Quantity | null {
  const [raw, num = '', top, q1, spokenYi, q3, big = '', written = '', q2] = m;
  const counter = spokenYi !== undefined && written === '' ? '元' : written;
  // A lone 万 or 亿 (only after 近, 逾, 约: «近万个») is one of it.
  const value = num === '万' ? 1e4 : num === '亿' ? 1e8 : parseSpokenNumber(num + big);
  const upper = top === undefined ? null : parseSpokenNumber(top);
  if (value === null || (top !== undefined && (upper === null || upper <= value))) return null;
  const end = m.index + raw.length;
  // 成 is tenths: "六成" is 60 %.
  const tenths = counter === '成' ? 10 : 1;
  return {
    start: m.index,
    end,
    raw,
    value: value * tenths,
    upper: upper === null ? null : upper * tenths,
    counter: counter === '成' ? '%' : counter,
    qualifier: rangeQualifier(upper, suffixQualifier(q1, q2, q3)),
    numeral: 'chinese',
  };
}

function chinesePercentAt(m: RegExpExecArray): Quantity | null {
  const [raw, whole = '', decimals] = m;
  const value = parseSpokenNumber(decimals === undefined ? whole : `${whole}点${decimals}`);
  if (value === null) return null;
  return {
    start: m.index,
    end: m.index + raw.length,
    raw,
    value,
    upper: null,
    counter: '%',
    qualifier: 'exact',
    numeral: 'chinese',
  };
}

/** Every Arabic quantity in text[from, to), in order. */
export function scanArabic(text: string, from = 0, to = text.length): Quantity[] {
  const out: Quantity[] = [];
  const re = new RegExp(ARABIC.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length <= to) out.push(arabicAt(m));
  }
  return out;
}

/**
 * Chinese-numeral runs followed by a measure word ("两年", "百名左右", "三个增长"). Whether one is a
 * quantity or a set phrase is decided by the caller; runs that are not numerals at all
 * ("十百千万") come back with value null so they can still be reported.
 */
export function scanChinese(
  text: string,
  from = 0,
  to = text.length,
): (Quantity | { start: number; end: number; raw: string; value: null })[] {
  const out: (Quantity | { start: number; end: number; raw: string; value: null })[] = [];
  const percents: Quantity[] = [];
  const pr = new RegExp(CHINESE_PERCENT.source, 'g');
  pr.lastIndex = from;
  for (let m = pr.exec(text); m !== null && m.index < to; m = pr.exec(text)) {
    const q = m.index + m[0].length <= to ? chinesePercentAt(m) : null;
    if (q) percents.push(q);
  }
  const re = new RegExp(CHINESE.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    if (m.index + m[0].length > to) continue;
    if (percents.some((p) => m.index < p.end && p.start < m.index + m[0].length)) continue;
    out.push(
      chineseAt(m) ?? { start: m.index, end: m.index + m[0].length, raw: m[0], value: null },
    );
  }
  // «超过百万，», «半数县»: magnitudes and halves in words with no measure word of their own.
  const words = scanWordMagnitudes(text, from, to).filter(
    (w) => !out.some((o) => w.start < o.end && o.start < w.end),
  );
  return [...out, ...percents, ...words].sort((a, b) => a.start - b.start);
}

/** Parse a string that is exactly one quantity (used to re-check a value against its quote). */
export function parseQuantity(raw: string): Quantity | null {
  const arabic = new RegExp(`^(?:${ARABIC.source})$`).exec(raw);
  if (arabic) return arabicAt(arabic);
  const chinese = new RegExp(`^(?:${CHINESE.source})$`).exec(raw);
  if (chinese) return chineseAt(chinese);
  const percent = new RegExp(`^(?:${CHINESE_PERCENT.source})$`).exec(raw);
  return percent ? chinesePercentAt(percent) : null;
}
