/**
 * Qualifier and status words around a quantity. The number's own suffix (余, 以上, 左右) is read
 * by the quantity parser; the words before it ("约", "近", "突破", "不少于") are read here, and
 * whether the sentence states a plan or an achievement.
 */
import type { PartialDate, Qualifier, Status } from '../lib/domain/schema.ts';
import { reachedBy } from './dates.ts';

const PREFIXES: [RegExp, Qualifier][] = [
  // 不超过 and 不多于 bound from above: the 超过 and 多于 they contain are negated. Posts write
  // 超 alone («超九成», «超1万人») for 超过.
  [/(?:不少于|不低于|(?<!不)超过?|突破|(?<!不)多于|逾|≥|不小于)$/, 'atLeast'],
  // «补助每人每月最高1500元»: a cap, which many receive less than.
  [/(?:不超过?|不多于|不高于|低于|≤|不大于|不足|最高)$/, 'atMost'],
  // "近三年来" is a time span, handled as a date; "近" before a number is "nearly".
  [/(?:约|近|大约)$/, 'approx'],
];

/**
 * Qualifier of a quantity at work[start, end), combining the suffix already parsed with any
 * prefix word. In a list the bound is written once: «不超过45人、50人» bounds both from the
 * first item, «分别控制在0.45、0.40以内» both from the last.
 */
export function qualifierAt(
  work: string,
  start: number,
  suffix: Qualifier,
  end: number = start,
): Qualifier {
  if (suffix !== 'exact') return suffix;
  const before = work.slice(Math.max(0, start - 3), start);
  // «上百所», «上千名»: a round hundred or thousand reached, at least.
  if (/(?<!以)上$/u.test(before) && /^[百千]/u.test(work[start] ?? '')) return 'atLeast';
  for (const [re, q] of PREFIXES) if (re.test(before)) return q;
  const listed = LISTED.exec(work.slice(Math.max(0, start - 16), start));
  if (listed) return qualifierAt(work, start - listed[0].length + (listed[1]?.length ?? 0), suffix);
  const closing = CLOSING.exec(work.slice(end, end + 16))?.[1];
  return closing === undefined ? 'exact' : (SUFFIXES[closing] ?? 'exact');
}

/** A number just listed before a «、»: group 1 is the words before its digits. */
const LISTED = /([^\d、，,。；;]{0,3})[\d.]+[^\d、，,。；;]{0,3}、$/;
/**
 * The next items of a list up to the word that bounds them all (group 1), the last joined by «和»
 * as well: «分别控制在2000人和1500人以内».
 */
const CLOSING = /^(?:[、和及与][\d.]+[^\d、，,。；;以左和及与]{0,3})+(以内|以下|以上|左右)/;
const SUFFIXES: Readonly<Record<string, Qualifier>> = {
  以内: 'atMost',
  以下: 'atMost',
  以上: 'atLeast',
  左右: 'approx',
};

// Words of plan and promise: 计划, 拟, 力争, 争取, 预计, 确保, 目标, 承诺, 下一步, 明年, 今后, 届时,
// and 将 before a verb. They frame their clause and every later clause of the sentence
// ("下一步,将…,新增…"). Not every look-alike is one:
// - "规划" alone describes past work too ("调整学校规划布局");
// - "将" alone is also the 把-construction ("将城区教师派到乡村");
// - "拟定", "拟订" report a plan drafted ("已拟定方案，…"), not a figure planned;
// - "争取" before the money it names and its sum («其中争取上级资金4.2亿元», «争取到…») reports the
//   sum won from higher levels; before a verb or a goal («争取2025年通过») it still promises;
// - "计划" as part of a named programme ("乡村教育振兴计划", "行动计划") is not a plan of figures:
//   a scheme is named for what it does or whom it serves («营养改善计划», «乡村教师支持计划»,
//   «特岗计划», «雨露计划»), or referred back to («该计划»), and its sums are paid, not planned;
// - "计划" and "目标" as the plan a result is measured against («占计划总投资的80%», «完成年度
//   计划的96%», «完成年度目标的73.3%»).
const NOT_A_PLAN_BEFORE =
  /(?:改善|提升|支持|扶持|帮扶|培养|培训|资助|关爱|特岗|国培|春蕾|雨露|校餐|强师|优师|银龄|英才|该|占|完成|[动兴项程划育])$/u;
const PLAN_WORDS =
  /计划(?![”》」』的]|[,，。;；、])|拟(?![定订])|力争|争取(?!到|[^，,。；;]{0,6}(?:资金|经费|债券|补助)[\d零一二两三四五六七八九十])|预计|确保|目标|承诺|下一步|明年|今后|届时|将(?:会|要|再|新增|新建|改扩建|建设|建成|投入|投资|实施|推进|完成|招聘|补充|增加|进一步|有序|继续|持续|加快|全面|遴选|达到|扩大|开工|启动)/g;

// «完成年度目标的73.3%», «占全年目标任务的八成»: the target a result is measured against.
const TARGET_MEASURED = /(?:占|完成|实现)(?:年度|全年)?$/u;

/** Whether a text has a word of plan or promise, not a scheme's name or a plan measured against. */
function hasPlanWord(text: string): boolean {
  for (const m of text.matchAll(PLAN_WORDS)) {
    const before = text.slice(0, m.index);
    if (m[0] === '目标' && TARGET_MEASURED.test(before)) continue;
    if (!m[0].startsWith('计划') || !NOT_A_PLAN_BEFORE.test(before)) return true;
  }
  return false;
}
// A horizon: "到2020年", "2023年底前", "2024年内" (within the year), "“十四五”期间" (up to 2025).
// It makes a target only while it lies ahead of the publication date: "到2020年,全县新增学位5000个"
// in a report of December 2020 states what was reached, «2024年内…补充教师150名» in one of
// September 2024 promises what is still to be done.
const HORIZON = /到(20\d\d)年|(20\d\d)年(?:底前|内)|“?十四五”?期间/g;
// Planned money names only its own noun: "总规划资金24.73亿元" says nothing of the next clause.
const OWN = /规划(?:投资|资金)|总规划/;
// Words that report a result, whatever the frame of the sentence: "同比下降20%", "已建成", and
// progress so far against a plan the sentence quotes («提出到2025年新增学位2.5万个，目前完成1.9万个»).
const DONE = /已|同比|完成了|目前/;

// A target set, reported as set, whatever its horizon: «县政府提出到2020年新增学位5000个…的目标»,
// «《…三年行动（2022—2024年）》定下的新增学位8000个目标».
const SETS = /提出|确定|制定|设定|下达|定下|确立|明确/;
const TARGET_AFTER = /^[^，,。；;！？]*目标/;

// A plan quoted by a later report, its horizon passed or not: «规划提出到2024年底巩固率达到97%».
const SETS_HORIZON = /(?:提出|要求|明确|确定|设定)[，,]?(?:到|至)20\d\d年/;

/** Whether the clause says a target was set (提出…的目标) with the quantity inside it. */
const setsTarget = (work: string, c: StatusContext): boolean =>
  SETS.test(work.slice(c.clauseStart, c.end)) && TARGET_AFTER.test(work.slice(c.end));

/**
 * Whether the sentence quotes a horizon a plan set (提出到2024年底…): a value of it is that plan's
 * target, unless its own clause reports progress (已, 目前).
 */
const quotesHorizon = (work: string, c: StatusContext): boolean =>
  SETS_HORIZON.test(work.slice(c.sentenceStart, c.end));

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

/** Whether a text frames a plan: a plan word, or a horizon not yet reached at publication. */
function framesPlan(text: string, published: PartialDate | null): boolean {
  if (hasPlanWord(text)) return true;
  for (const m of text.matchAll(HORIZON)) {
    const year = m[1] ?? m[2] ?? '2025';
    if (!reachedBy(year, published)) return true;
  }
  return false;
}

/**
 * Status per clause: a plan word in the quantity's own clause, or a framing plan word earlier in
 * the sentence, makes a target, and so does a horizon still ahead at publication; a result word
 * in the clause makes an achievement; a value dated to a time that had not ended when the
 * document was published ("2023年,…" in March 2023) is planned, unless it is the year so far of a
 * report from the year's second half; otherwise the section's status holds.
 */
export function statusAt(work: string, c: StatusContext): Status {
  const clause = work.slice(c.clauseStart, c.end);
  if (framesPlan(clause, c.published) || OWN.test(clause) || setsTarget(work, c)) return 'target';
  if (DONE.test(clause)) return 'achieved';
  if (framesPlan(work.slice(c.sentenceStart, c.clauseStart), c.published) || quotesHorizon(work, c))
    return 'target';
  if (
    c.stated !== null &&
    c.published !== null &&
    !reachedBy(c.stated, c.published) &&
    !yearToDate(c.stated, c.published)
  )
    return 'target';
  return c.sectionStatus;
}

/**
 * Whether `stated` is the year of publication and the report comes out in its second half: then
 * «今年交流城乡教师326名» with no word of plan reports the year so far, as a September news story
 * does, while «2023年,…» in a report of March 2023 still plans the year ahead.
 */
function yearToDate(stated: PartialDate, published: PartialDate): boolean {
  return stated.length === 4 && stated === published.slice(0, 4) && published.slice(5, 7) >= '07';
}
