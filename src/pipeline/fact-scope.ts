/**
 * A fact's own scope (../shared/DATASET.md, "Additions (turn 3)"), read from its own segment,
 * clause and sentence, never copied from its indicator: the school levels it names, its period,
 * what money is for and what a share is of. Pure: the work text, the date mentions and where the
 * quantity sits in, a scope out.
 */
import type { FactPeriod, FactScope, Purpose, ShareBase } from '../lib/domain/schema.ts';
import type { DateMention } from './dates.ts';
import { clauseAround, paragraphStart, sentenceAround, type Span } from './text.ts';
import { itemHeading } from './item-heading.ts';
import { problemAnswered } from './rectification.ts';
import { readLevels } from './scope-levels.ts';
import { readPeriod, type PeriodContext } from './scope-period.ts';
import { BASE_WORDS, CHANGE_BEFORE, hitsIn, nearestWord, PURPOSE_WORDS } from './scope-words.ts';

/**
 * What money is for: the purpose word nearest the number in its own words, else its project
 * item's heading's (itemPurpose); null if none.
 */
function readPurpose(work: string, c: PeriodContext): Purpose | null {
  if (c.unit !== 'yuan') return null;
  const own = nearestWord(work, c.q, [c.segment, c.clause, c.sentence], PURPOSE_WORDS);
  return own?.hit.says ?? itemPurpose(work, c.q.start);
}

// A plan whose title names school building or the layout of schools («中小学布局规划»): the money
// it plans is for building schools when its words say nothing else.
const BUILDING_PLAN = /布局(?:专项)?规划|(?:学校|校舍)建设(?:规划|计划|方案)/u;

/**
 * The purpose the heading of a project item names, for money under it that names none: under
 * «二、农村薄弱学校改造提升项目», «完成投资2560万元» is the item's, improving weak schools (a
 * heading that names none says none). With no item's heading, a plan titled for school building
 * or layout («…中小学布局规划») plans school-building money. Null otherwise.
 */
function itemPurpose(work: string, at: number): Purpose | null {
  const heading = itemHeading(work, at);
  if (heading !== null) return hitsIn(work, heading, PURPOSE_WORDS)[0]?.says ?? null;
  const title = /\S[^\n]*/u.exec(work)?.[0] ?? '';
  return BUILDING_PLAN.test(title) ? 'school-building' : projectsPurpose(work, at);
}

// «完成投资», «计划投资»: investment done or planned on projects, as a progress report counts it.
const PROJECT_INVESTMENT = /(?:完成|计划)投资$/u;

/**
 * The purpose of the projects a paragraph of progress opens with, for the investment done on them
 * that names none: «正在推进：项目建设。截至6月30日，完成投资1.26亿元» is money for building, as
 * «改扩建的10所学校中，…。…累计完成投资1.85亿元» is. Null for any other money.
 */
function projectsPurpose(work: string, at: number): Purpose | null {
  if (!PROJECT_INVESTMENT.test(work.slice(clauseAround(work, at).start, at))) return null;
  const start = paragraphStart(work, at);
  return hitsIn(work, sentenceAround(work, start), PURPOSE_WORDS)[0]?.says ?? null;
}

// A sum of money as a report writes it: «1.2亿元», «1300万元», «两千万元».
const SUM = /(?:\d[\d.]*|[一二三四五六七八九十百千两]+)[万亿]?元/gu;

// A clause that says what the money before it is spent on: «…，用于校舍维修».
const SPENT_ON = /^(?:主要|专项|全部|重点)?用于/u;
// A fund named in money's own clause («投入资金…», «义务教育经费…»): a fund spent on more than the
// one deed a next clause names.
const FUND = /资金|经费/u;

/**
 * What the clause after money says it is for, when that clause speaks for the money: a clause
 * «用于…», or the one clause that ends the sentence after a bare sum whose clause names no fund
 * («2025年将再投入2.1亿元，新建寄宿制学校3所。»: the sentence is the sum and its one deed). Null
 * otherwise, or when the clause states a sum of its own.
 */
function purposeAfter(work: string, c: PeriodContext): Purpose | null {
  if (c.clause.end >= c.sentence.end) return null;
  const next = clauseAround(work, c.clause.end + 1);
  const words = work.slice(next.start, next.end);
  if (new RegExp(SUM.source, 'u').test(words)) return null;
  const bare = !FUND.test(work.slice(c.clause.start, c.clause.end)) && next.end >= c.sentence.end;
  if (!bare && !SPENT_ON.test(words.trimStart())) return null;
  return hitsIn(work, next, PURPOSE_WORDS)[0]?.says ?? null;
}

/**
 * What money is for as its own clause, or a clause before it in its sentence, says: strong enough
 * to choose a purpose's layer («投入约3.5亿元改造薄弱学校», «实施…能力提升工程，投入资金1.5亿元»).
 * A purpose only a later clause names («投入资金4.2亿元，新建学校5所») says what else was done,
 * not what the money was for, unless that clause speaks for the money (purposeAfter). Else its
 * project item's heading's (itemPurpose). Null when none, or not money.
 */
export function statedPurpose(work: string, c: PeriodContext): Purpose | null {
  if (c.unit !== 'yuan') return null;
  // The clauses before it, from after the last sum they state: a purpose word before another sum
  // is that sum's («安排校舍建设及改薄资金1.2亿元；…；安排学前教育发展资金逾两千万元»).
  const lead = work.slice(c.sentence.start, c.clause.start);
  const sum = [...lead.matchAll(SUM)].at(-1);
  const from = sum === undefined ? c.sentence.start : c.sentence.start + sum.index + sum[0].length;
  const before = { start: from, end: c.clause.start };
  const own = nearestWord(work, c.q, [c.segment, c.clause, before], PURPOSE_WORDS);
  return own?.hit.says ?? purposeAfter(work, c) ?? itemPurpose(work, c.q.start);
}

// What joins two purposes named together: «校舍建设及改薄资金», «校舍改造和改薄资金».
const JOINED = /^[^，,。；;、\d]{0,2}(?:及|和|与|、|以及)$/u;

/**
 * Whether money's own segment or clause names two purposes together («安排校舍建设及改薄资金1.2亿
 * 元»): no layer of one purpose draws it. Building and equipment together are one purpose, the
 * school-building layer's («校舍建设和设备购置»).
 */
export function namesTwoPurposes(work: string, c: PeriodContext): boolean {
  if (c.unit !== 'yuan') return false;
  const found = nearestWord(work, c.q, [c.segment, c.clause], PURPOSE_WORDS);
  if (found === null) return false;
  const { all } = found;
  const i = all.indexOf(found.hit);
  const joined = (a: number) =>
    JOINED.test(work.slice((all[a] as Span).end, (all[a + 1] as Span).start));
  let first = i;
  while (first > 0 && joined(first - 1)) first--;
  let last = i;
  while (last < all.length - 1 && joined(last)) last++;
  const says = new Set(all.slice(first, last + 1).map((h) => h.says));
  if (says.has('equipment') && says.has('school-building')) says.delete('equipment');
  return says.size > 1;
}

/**
 * What a share is of: the earlier value for a change; the noun right after «N%的»; else the
 * counted noun nearest before the number. Null for anything but a share.
 */
function readBase(work: string, c: PeriodContext): ShareBase | null {
  if (c.unit !== 'percent') return null;
  if (CHANGE_BEFORE.test(work.slice(c.clause.start, c.q.start))) return 'earlier-value';
  if (work[c.q.end] === '的') {
    const after = hitsIn(work, { start: c.q.end + 1, end: c.clause.end }, BASE_WORDS)[0];
    if (after?.start === c.q.end + 1) return after.says;
  }
  return (
    nearestWord(work, c.q, [c.segment, c.clause, c.sentence], BASE_WORDS, {
      before: true,
      skip: destinations(work, c),
    })?.hit.says ?? 'unstated'
  );
}

/**
 * Where a share's movers go («交流到农村学校、薄弱学校的比例»): from «到» to the share's word, the
 * places named are not what the share is of.
 */
function destinations(work: string, c: PeriodContext): Span[] {
  const lead = work.slice(c.clause.start, c.q.start);
  const share = lead.search(/的比例|占比|比例/);
  if (share < 0) return [];
  const to = lead.slice(0, share).search(/(?<![达提增升降])到[^到]*$/);
  return to < 0 ? [] : [{ start: c.clause.start + to, end: c.clause.start + share }];
}

// A level word right before the number, or before what the number counts: «新建小学6所»,
// «、初中3所», «其中小学学位4100个», «普通高中5所».
const LEVEL_COUNTED = /(?:小学|初中|高中)(?:学校|学位|学生|在校生|教师|专任教师)?$/u;
// «初中专任教师中本科及以上学历的占89.7%»: a share among one level's teachers or pupils.
const LEVEL_BASE = /(?:小学|初中|高中)[^，,。；;\d]{0,6}中[^，,。；;\d]*占$/u;

/**
 * Whether the quantity at `c.q` counts one school level, named right before it («新建小学6所、初中
 * 3所», «其中小学学位4100个»), not a school of one level named elsewhere («新建城东小学，新增学位
 * 1200个», «薄弱初中建设100个课程创新基地»), or is a share among one level's teachers or pupils
 * («初中专任教师中本科及以上学历的占89.7%»); or is of the steps taken for the schools a problem
 * names («问题：…5所小学…。整改：…新增运动场地面积1.36万平方米»), a part too.
 */
export function itemNamesOneLevel(work: string, c: PeriodContext): boolean {
  const lead = work.slice(c.clause.start, c.q.start);
  const own = LEVEL_COUNTED.test(lead) || LEVEL_BASE.test(lead);
  return own || problemAnswered(work, c.sentence).length > 0;
}

/**
 * Whether a period is a flow over more than one year («2021年以来», «2022—2024年»): a total no
 * layer of one year's or yearly amounts draws.
 */
export function spansYears(period: FactPeriod): boolean {
  const from = period.from?.slice(0, 4);
  const to = period.to?.slice(0, 4);
  return period.kind === 'flow' && from !== undefined && to !== undefined && from < to;
}

/** The scope of the quantity at `c.q`, from its own words. */
export function readScope(
  work: string,
  dates: readonly DateMention[],
  c: PeriodContext,
): FactScope {
  return {
    levels: readLevels(work, c.q, { ...c, money: c.unit === 'yuan' }),
    period: readPeriod(work, dates, c),
    purpose: readPurpose(work, c),
    base: readBase(work, c),
  };
}
