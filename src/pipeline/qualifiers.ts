/**
 * Qualifier and status words around a quantity. The number's own suffix (余, 以上, 左右) is read
 * by the quantity parser; the words before it ("约", "近", "突破", "不少于") are read here, and
 * whether the sentence states a plan or an achievement.
 */
import type { PartialDate, Qualifier, Status } from '../lib/domain/schema.ts';

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

// Words that make a statement a plan: 争取/力争, 到2020年, 目标, 将新增, 2023年底前, 拟, 承诺.
// "规划" alone is not enough: "调整学校规划布局" describes past work.
// "将" alone is not enough: "将…作为…" is the 把-construction, not the future.
// These frame their clause and every later clause of the sentence ("下一步,将…,新增…").
const FRAME =
  /争取|力争|到20\d\d年|目标|将(?:会|要|新增|进一步|有序|继续|遴选|建成|达到|扩大)|年底前|“十四五”期间|拟|承诺|下一步/;
// Planned money names only its own noun: "总规划资金24.73亿元" says nothing of the next clause.
const OWN = /规划(?:投资|资金)|总规划/;
// Words that report a result, whatever the frame of the sentence: "同比下降20%", "已建成".
const DONE = /已|同比|完成了/;

/** What decides a quantity's status: its sentence and clause, and the date its value refers to. */
export interface StatusContext {
  sentenceStart: number;
  clauseStart: number;
  end: number;
  /** The date the text states for the value (not a default), if any. */
  stated: PartialDate | null;
  published: PartialDate | null;
  sectionStatus: Status;
}

/** The last day a partial date covers and the first day of another, as comparable strings. */
const lastDay = (d: PartialDate) => `${d}-99-99`.slice(0, 10);
const firstDay = (d: PartialDate) => `${d}-00-00`.slice(0, 10);

/**
 * Status per clause: a plan word in the quantity's own clause, or a framing plan word earlier in
 * the sentence, makes a target; a result word in the clause makes an achievement; a value dated to
 * a time that had not ended when the document was published ("2023年,…" in March 2023) is planned;
 * otherwise the section's status holds.
 */
export function statusAt(work: string, c: StatusContext): Status {
  const clause = work.slice(c.clauseStart, c.end);
  if (FRAME.test(clause) || OWN.test(clause)) return 'target';
  if (DONE.test(clause)) return 'achieved';
  if (FRAME.test(work.slice(c.sentenceStart, c.clauseStart))) return 'target';
  if (c.stated !== null && c.published !== null && lastDay(c.stated) > firstDay(c.published))
    return 'target';
  return c.sectionStatus;
}
