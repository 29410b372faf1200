/**
 * Numerals the quantity grammar does not read: a Chinese numeral without a measure word ("万兆到
 * 区县", "五育并举", "一是"), or digits in an odd place. Each still gets a line in the coverage
 * report saying what it is, so "nothing unmatched" is checked against every numeral of the body,
 * not only against the numbers the grammar happened to find.
 */
import { UNMATCHED, type CoverageEntry } from './coverage.ts';
import type { PreparedDocument } from './document.ts';
import { ARABIC_NUMBER } from './quantity.ts';
import { insideQuotes, type Span } from './text.ts';

const NUMERAL = new RegExp(`${ARABIC_NUMBER}|[零一二两三四五六七八九十百千万亿]+`, 'gu');

/** Why a numeral outside any quantity is not a number of the data. */
function reason(work: string, n: Span): string {
  const run = work.slice(n.start, n.end);
  const after = work.slice(n.end, n.end + 1);
  const before = work.slice(Math.max(0, n.start - 1), n.start);
  if (/\d/.test(run)) return UNMATCHED;
  if (insideQuotes(work, n)) return 'slogan or set phrase in quotation marks';
  if (/^[是、]$/.test(after) || (/^[(（]$/.test(before) && /^[)）]$/.test(after)))
    return 'enumeration marker (一是, 二、, (三))';
  // «教育投入（亿元）», «在校生（万人）»: a row head's unit, whose 万 or 亿 its cells are counted in.
  if (
    /^[万亿]$/u.test(run) &&
    /^[(（]$/u.test(before) &&
    /^[^()（）\d]{1,3}[)）]/u.test(work.slice(n.end))
  )
    return 'multiplier of a unit in brackets (（亿元）, （万人）), which the figures after it are in';
  if (after === '兆')
    return 'bandwidth in a slogan (万兆到区县, 千兆到校), a measure word the grammar does not read';
  if (run === '一' && /一.一/u.test(work.slice(n.start - 2, n.end + 2)))
    return 'set phrase (一校一策, 一对一), not a count';
  if (run === '一' || run === '万' || run === '千' || run === '百')
    return 'numeral character inside a word (统一, 一体化, 一批, 千万), not a count';
  return 'numeral in a name or set phrase without a measure word (万兆, 五育, 四不两直)';
}

/** Coverage entries for every numeral of the body that no other entry covers. */
export function strayNumerals(doc: PreparedDocument, covered: Span[]): CoverageEntry[] {
  const out: CoverageEntry[] = [];
  const body = doc.work.slice(doc.body.start, doc.body.end);
  for (const m of body.matchAll(NUMERAL)) {
    const n = { start: doc.body.start + m.index, end: doc.body.start + m.index + m[0].length };
    if (covered.some((c) => c.start < n.end && n.start < c.end)) continue;
    out.push({
      source: doc.entry.id,
      ...n,
      text: doc.text.slice(n.start, n.end),
      outcome: 'left-out',
      ids: [],
      reason: reason(doc.work, n),
    });
  }
  return out;
}
