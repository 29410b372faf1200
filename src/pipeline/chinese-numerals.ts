/**
 * Numbers written in Chinese numerals, as a spoken script or a formal text writes them:
 * «三百零五» → 305, «一亿两千万» → 120000000, and decimals with 点 as the decimal point, as a
 * television script reads a figure out: «一点二亿» → 120000000, «五点六» → 5.6. Pure.
 */

/** The digits one to nine (two written 二 or 两). */
const DIGIT: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_POWER: Record<string, number> = { 万: 4, 亿: 8 };

/**
 * The digits after 点, read one by one as a decimal's are («二» → "2", «零五» → "05"); null when
 * one is no digit (a place word such as 十 has no place after the point).
 */
function decimalDigits(s: string): string | null {
  const digits = [...s].map((d) => (d === '零' ? 0 : DIGIT[d]));
  return digits.length > 0 && digits.every((d) => d !== undefined) ? digits.join('') : null;
}

/** "十一" → 11, "两" → 2, "三百" → 300, "十百千万" → null (a slogan, not a numeral). */
export function parseChineseNumeral(s: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let lastBig = Infinity;
  for (const ch of s) {
    // 零 only marks a skipped place ("三百零五"); it adds nothing.
    if (ch === '零') continue;
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const unit = SMALL_UNIT[ch];
    if (unit !== undefined) {
      if (unit >= lastUnit) return null;
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      continue;
    }
    // 万 and 亿 close a section ("三千五百万", "两亿", "一亿两千万"), each at most once, in order.
    const big = ch === '亿' ? 1e8 : ch === '万' ? 1e4 : 0;
    if (big === 0 || big >= lastBig) return null;
    total += (section + (digit ?? 0)) * big;
    section = 0;
    digit = null;
    lastUnit = Infinity;
    lastBig = big;
  }
  const value = total + section + (digit ?? 0);
  return s.length > 0 && value > 0 ? value : null;
}

/**
 * A Chinese numeral that may carry a decimal part after 点 and then one 万 or 亿 multiplying the
 * whole: «一点二亿» → 120000000, «五点六» → 5.6, «十六点二» → 16.2; without 点 as
 * `parseChineseNumeral`. The value is made from the digit string, so it is exact («一点二亿» is
 * 120000000, not 1.2 × 1e8 in floating point). Null when either part is no numeral.
 */
export function parseSpokenNumber(s: string): number | null {
  const point = s.indexOf('点');
  if (point < 0) return parseChineseNumeral(s);
  const head = s.slice(0, point);
  // «零点五»: a whole part of nothing, which `parseChineseNumeral` refuses as no count.
  const whole = head === '零' ? 0 : parseChineseNumeral(head);
  const after = s.slice(point + 1);
  const power = BIG_POWER[after.slice(-1)];
  const decimals = decimalDigits(power === undefined ? after : after.slice(0, -1));
  if (whole === null || decimals === null) return null;
  return Number(`${whole}.${decimals}e${power ?? 0}`);
}
