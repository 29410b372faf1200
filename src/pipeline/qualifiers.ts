/**
 * Qualifier and status words around a quantity. The number's own suffix (余, 以上, 左右) is read
 * by the quantity parser; the words before it ("约", "近", "突破", "不少于") are read here, and
 * whether the sentence states a plan or an achievement.
 */
import type { Qualifier, Status } from '../lib/domain/schema.ts';

const PREFIXES: [RegExp, Qualifier][] = [
  [/(?:不少于|不低于|超过|突破|多于|逾)$/, 'atLeast'],
  [/(?:不超过|不多于|低于)$/, 'atMost'],
  // "近三年来" is a time span, handled as a date; "近" before a number is "nearly".
  [/(?:约|近|大约)$/, 'approx'],
];

/** Qualifier of a quantity, combining the suffix already parsed with any prefix word. */
export function qualifierAt(work: string, start: number, suffix: Qualifier): Qualifier {
  if (suffix !== 'exact') return suffix;
  const before = work.slice(Math.max(0, start - 3), start);
  for (const [re, q] of PREFIXES) if (re.test(before)) return q;
  return 'exact';
}

// Words that make a statement a plan: 争取/力争, 到2020年, 目标, 规划投资, 将新增, 2023年底前, 拟.
// "规划" alone is not enough either: "调整学校规划布局" describes past work.
// "将" alone is not enough: "将…作为…" is the 把-construction, not the future.
const TARGET =
  /争取|力争|到20\d\d年|目标|规划(?:投资|资金)|总规划|将(?:会|要|新增|进一步|有序|继续|遴选|建成|达到|扩大)|年底前|“十四五”期间|拟/;

/** Target when the sentence up to the quantity plans it, else the section's status. */
export function statusAt(
  work: string,
  sentenceStart: number,
  end: number,
  sectionStatus: Status,
): Status {
  return TARGET.test(work.slice(sentenceStart, end)) ? 'target' : sectionStatus;
}
