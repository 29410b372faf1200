/**
 * Numbers a report writes as a round magnitude in words with no measure word after it, bounded by
 * the word before it («在校生超过百万», «近百万», «逾千», «上万»), and a half written as a word
 * («半数县通过评估», «过半»). Pure: text in, quantities out; the qualifier word before a magnitude
 * is read by qualifiers.ts, as for any number.
 */
import { parseSpokenNumber } from './chinese-numerals.ts';
import type { Quantity } from './quantity.ts';

// A magnitude after a word that bounds it, ending its clause or its item: «超过百万，», «逾千、».
// With a measure word after it («近万个») the numeral scanner reads it.
const BOUNDED_MAGNITUDE =
  /(?<=超过|超|近|逾|约|达|突破|上)[一二两三四五六七八九]?[十百千万亿]{1,3}(?=[，,。；;、）)\s]|$)/gu;
// «半数县», «半数以上», «过半数», «过半»: half, a share of what follows; not «半年», «上半年».
const HALF = /(?:过半数?|半数(?:以上)?)(?!年)/gu;

/** The value of a magnitude in words: «百万» → 1000000, a lone «万» → 10000. */
const magnitude = (written: string): number | null =>
  written === '万' ? 1e4 : written === '亿' ? 1e8 : parseSpokenNumber(written);

/** Every match of `re` that lies wholly in text[from, to), its lookbehind reading before `from`. */
function matchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const scan = new RegExp(re.source, 'gu');
  scan.lastIndex = from;
  for (let m = scan.exec(text); m !== null && m.index < to; m = scan.exec(text))
    if (m.index + m[0].length <= to) out.push(m);
  return out;
}

/** A quantity in words at `m`: its value and measure word, qualified by its own words only. */
const wordQuantity = (
  m: RegExpExecArray,
  value: number,
  counter: string,
  qualifier: Quantity['qualifier'],
): Quantity => ({
  start: m.index,
  end: m.index + m[0].length,
  raw: m[0],
  value,
  upper: null,
  counter,
  qualifier,
  numeral: 'chinese',
});

/**
 * Every magnitude in words with no measure word («超过百万») in text[from, to), a count whose
 * measure word is what its clause names (counter ''), and every half («半数», «过半»: 50 %; «过半»
 * and «半数以上» at least), in order.
 */
export function scanWordMagnitudes(text: string, from = 0, to = text.length): Quantity[] {
  const out: Quantity[] = [];
  for (const m of matchesIn(BOUNDED_MAGNITUDE, text, from, to)) {
    const value = magnitude(m[0]);
    // «近十» is no round magnitude a report counts by; 百 and more are.
    if (value !== null && value >= 100) out.push(wordQuantity(m, value, '', 'exact'));
  }
  for (const m of matchesIn(HALF, text, from, to))
    out.push(wordQuantity(m, 50, '%', /^过|以上$/u.test(m[0]) ? 'atLeast' : 'exact'));
  return out.sort((a, b) => a.start - b.start);
}
