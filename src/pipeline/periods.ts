/**
 * The years a report speaks of, beyond what each sentence dates: a heading that names the year
 * it reviews or plans («二、2023年工作回顾», «三、2024年工作安排», «浏阳市教育局2022年工作总结»,
 * an interviewer's «记者：去年有哪些成效？»)
 * dates the figures under it, and a paragraph that opens with a year («去年，全市…») dates the
 * amounts that accumulate in it. A line that says which year its statistics are for («根据2024年全市
 * 教育事业统计，现将主要数据发布如下», «2023年教育统计数据显示») reviews that year as a heading does:
 * a data release published in January counts last year's stock, not January's. So does a line
 * that says which year's work an assessment scores («2023年度…工作考核结果»). Read from the text
 * alone, before any fact.
 */
import type { PartialDate, Status } from '../lib/domain/schema.ts';
import { FIVE_YEAR_PLANS, inListOfNow, saysNow, type DateMention } from './dates.ts';
import { pastRunInHeading, type Span } from './text.ts';
import { yearsWorkKind } from './year-work.ts';

/** A stretch under a heading that names the year it reviews (`review`) or plans for (`plan`). */
export interface ReportPeriod extends Span {
  year: PartialDate;
  kind: 'review' | 'plan';
  /**
   * A heading that names the problems found as well: under a plan's («三、存在问题和2025年打算») the
   * shortfalls stated are the present state, and only words of plan make targets there; under a
   * review's («一、去年的成绩要肯定，差距更要看清») the stocks and ratios are of the day it speaks.
   */
  findings?: true;
  /**
   * The year of the statistics or the assessment the report said it reviews, for any heading of
   * findings after it, of a plan («二、存在问题和2025年打算») or a review («一、2023年主要成效和存在
   * 问题»): an evaluation «以2023年教育事业统计数据为准» finds its shortfalls («全县大班额尚有38个»)
   * in 2023; a director's report on a year's work («一年来…报告如下») finds them at the report.
   */
  foundIn?: PartialDate;
}

// «述职», «工作报告»: a director's debriefing or a bureau's report on the year it names reviews it,
// as a 工作总结 does (a government's «2025年政府工作报告» names the year ahead, which reviews nothing).
const REVIEW = /回顾|总结|成效|成绩|进展|情况|执行|述职|(?<!政府)工作报告/;
// A heading names what is found short beside the work when it has a clause of problems of its own
// («成效和存在问题», «存在的主要问题», «成绩…差距», «不足», «短板»); «化解大班额问题工作情况» is
// the work on a problem, which reviews the year as any heading of work does.
const FINDINGS =
  /(?:存在|发现)的?(?:主要)?问题|主要问题|[与和及、]问题|问题[与和及、]|不足|短板|差距/;
// A sentence that says the report covers one year's work: «2024年，…现将一年来履职情况报告如下»,
// «去年，…过去的一年…», «现将2024年工作情况报告如下». It reviews its one stated year as a heading does.
const YEAR_REPORTED = /一年来|过去的?一年|(?:工作|履职)[^，,。；;]{0,10}(?:报告|汇报|总结)如下/;
// «二、2025年预算草案» plans the budget year as «工作安排» plans the work's; a congress's or an
// inspection's «三、意见和建议» asks for what is still to be done.
const PLAN = /安排|计划|打算|要点|思路|任务|目标|预算草案|建议$/;
/** A heading of the text's first rank of parts: «一、…», «二、…». */
export const PART_HEADING = /^[一二三四五六七八九十]+、/u;
/** A heading: a short line that does not end a sentence. */
const MAX_HEADING = 40;
/** The year a line's statistics are for: «2024年(度)…统计» with at most a few words between. */
const STATISTICS_YEAR = /(\d{4})年度?[^，,。；;\d]{0,10}统计(?:数据|公报|快报|年报|结果)?(?!局)/u;
/** What names an assessment a year's work is scored or listed by: «考核», «评估», «认定», «名单», «验收». */
export const ASSESSMENT = /考核|评估|认定|名单|验收/u;
/**
 * The year a line says an assessment of the year's work is for: «关于2023年度各县（区）…工作考核结果的
 * 通报», «2024年度…评估», «2023年…考核结果». Issued in January, it scores last year's work. So does a
 * fund's or project's self-assessment of the year it names, however long the fund's name
 * («2025年度…补助资金项目绩效自评报告», issued the spring after).
 */
const ASSESSED_YEAR = new RegExp(
  `(\\d{4})年(?:度[^，,。；;\\d]{0,20}?(?:${ASSESSMENT.source})|[^，,。；;\\d]{0,20}?(?:考核|评估)结果|度[^，,。；;\\d]{0,40}?(?:绩效自评|自评报告|绩效评价))`,
  'u',
);

/** The periods of work[body]: each heading with a year, up to the next such heading. */
export function reportPeriods(
  work: string,
  body: Span,
  dates: readonly DateMention[],
  published: PartialDate | null = null,
): ReportPeriod[] {
  const headings: (Omit<ReportPeriod, 'end'> & { inPart?: true })[] = [];
  // Where each part of the text numbered «一、», «二、» begins: a line of statistics inside one
  // part speaks for that part only.
  const parts: number[] = [];
  let start = body.start;
  let statisticsYear: PartialDate | undefined;
  for (const line of work.slice(body.start, body.end).split('\n')) {
    const end = start + line.length;
    const text = line.trim();
    if (PART_HEADING.test(text)) parts.push(start);
    const named = dates.filter((d) => d.start >= start && d.end <= end && d.role === 'point');
    const year = named[0]?.date ?? planReviewed(text) ?? nextSteps(text, published);
    const kind = PLAN.test(text)
      ? 'plan'
      : REVIEW.test(text)
        ? 'review'
        : yearsWorkKind(text, year, published);
    // «关于2024年预算执行情况和2025年预算草案的报告» titles both a review and a plan: neither.
    const both = new Set(named.map((d) => d.date)).size > 1 && PLAN.test(text) && REVIEW.test(text);
    const measured = (STATISTICS_YEAR.exec(text) ?? ASSESSED_YEAR.exec(text))?.[1];
    const statistics = measured ?? reportedYear(text, named);
    // An interviewer's question heads the answers as a heading does («记者：去年有哪些成效？»).
    if (
      text.length > 0 &&
      text.length <= MAX_HEADING &&
      !/[。！；;]$/.test(text) &&
      year &&
      kind &&
      !both
    )
      headings.push({
        start,
        year: year.slice(0, 4),
        kind,
        ...(FINDINGS.test(text)
          ? {
              findings: true as const,
              ...(statisticsYear ? { foundIn: statisticsYear } : {}),
            }
          : {}),
        ...(inPart(parts, start) ? { inPart: true } : {}),
      });
    else if (statistics !== undefined) {
      headings.push({
        start,
        year: statistics,
        kind: 'review',
        ...(inPart(parts, start) ? { inPart: true } : {}),
      });
      // A year's work reported («一年来…报告如下») finds its problems at the report, not then.
      statisticsYear = measured;
    }
    start = end + 1;
  }
  // A line inside a numbered part holds to the next part at most, known once that part is read.
  return headings.map(({ inPart, ...h }, i) => {
    const next = headings[i + 1]?.start ?? body.end;
    const part = inPart ? parts.find((p) => p > h.start) : undefined;
    return { ...h, end: Math.min(next, part ?? next) };
  });
}

/**
 * Whether a line at `start` lies inside a numbered part (`parts` read so far) without heading one:
 * «一、资源配置指标达成情况 / 按2024年教育事业统计数据逐项测算，两县情况如下：» dates that part's
 * figures by the statistics year, and «二、评估结论» after it speaks of the inspection's own time. A
 * line in the opening, before any part («根据2024年全市教育事业统计，现将主要数据发布如下»), or a
 * part's own heading («二、2024年工作回顾»), holds to the next line that names a year.
 */
function inPart(parts: readonly number[], start: number): boolean {
  return parts.length > 0 && parts[parts.length - 1] !== start;
}

/** The one year a sentence says the report covers («2024年，…一年来…»), or undefined. */
function reportedYear(text: string, named: readonly DateMention[]): PartialDate | undefined {
  const years = new Set(named.map((d) => d.date.slice(0, 4)));
  return YEAR_REPORTED.test(text) && years.size === 1 ? [...years][0] : undefined;
}

/**
 * The last year of the first five-year plan a heading names («阳朔县“十三五”教育发展回顾»
 * reviews 2016–2020, so its figures are of 2020), or null.
 */
function planReviewed(heading: string): PartialDate | null {
  const named = Object.keys(FIVE_YEAR_PLANS)
    .map((plan) => ({ plan, at: heading.indexOf(plan) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  return named ? (FIVE_YEAR_PLANS[named.plan]?.to ?? null) : null;
}

/**
 * The dates with each «上年» under a heading that reviews a year made the year before it: a
 * report of January 2024 reviewing 2023 says «大班额比例由上年的7.5%降至1.2%» of 2022.
 */
export function withReviewedYears(
  dates: readonly DateMention[],
  periods: readonly ReportPeriod[],
): DateMention[] {
  return dates.map((d) => {
    const period = d.previous ? periodAt(periods, d.start) : null;
    return period?.kind === 'review' ? { ...d, date: String(Number(period.year) - 1) } : d;
  });
}

/**
 * The year a heading of next steps or of suggestions without a year plans for («二、下一步工作打算»,
 * «今后工作思路», «三、意见和建议»): the year of publication, or the next one for a report of its last two months.
 */
function nextSteps(heading: string, published: PartialDate | null): PartialDate | null {
  const asks = /建议$/.test(heading);
  if (published === null || !(asks || /下一步|下步|今后/.test(heading)) || !PLAN.test(heading))
    return null;
  const year = Number(published.slice(0, 4));
  return String(published.slice(5, 7) >= '11' ? year + 1 : year);
}

/**
 * The status a figure under `period` has when its own words say none: under «2024年工作安排» still
 * ahead (`ahead`) it is planned; under «存在问题和2025年打算» the shortfalls found are the present
 * state, and the section's own status holds, as it does outside any period.
 */
export function statusUnder(period: ReportPeriod | null, ahead: boolean, status: Status): Status {
  return period?.kind === 'plan' && ahead && period.findings !== true ? 'target' : status;
}

/**
 * The year the figure at `at` under `period` is of when its own words date it not: the year a
 * review's heading names, unless its sentence up to it says now («目前», dates.ts#saysNow) or it
 * sits in a list of the present state (dates.ts#inListOfNow), and except for a stock or ratio (not
 * `flow`) under a heading that names what is still short too («去年的成绩要肯定，差距更要看清»),
 * which is of the day the text speaks. Null outside a review.
 */
export function reviewedYear(
  period: ReportPeriod | null,
  flow: boolean,
  work: string,
  sentenceStart: number,
  at: number,
): PartialDate | null {
  if (period?.kind !== 'review' || (gapsUnder(period) && !flow)) return null;
  return saysNow(work.slice(sentenceStart, at)) || inListOfNow(work, at) ? null : period.year;
}

/**
 * Whether `period` reviews a year under a heading that names what is still short too («去年的成绩
 * 要肯定，差距更要看清»): its stocks and ratios are of the day the text speaks, not of the year.
 */
export function gapsUnder(period: ReportPeriod | null): boolean {
  return period?.kind === 'review' && period.findings === true;
}

/** The period an offset falls in, or null. */
export function periodAt(periods: readonly ReportPeriod[], at: number): ReportPeriod | null {
  return periods.find((p) => p.start <= at && at < p.end) ?? null;
}

/**
 * The date a paragraph opens with: a date (not a «以来») in its first sentence before `at`'s
 * first quantity, as in «去年，全市…» or «局长：2023年全区新建…», past a run-in heading
 * («（一）改善办学条件。2024年…»). Null when it opens otherwise.
 */
export function openingDate(
  work: string,
  dates: readonly DateMention[],
  paragraph: Span,
  firstQuantity: number,
): PartialDate | null {
  const own = { start: pastRunInHeading(work, paragraph.start), end: paragraph.end };
  const stop = Math.min(firstQuantity, paragraph.end, firstSentenceEnd(work, own));
  return (
    dates.find((d) => d.start >= own.start && d.end <= stop && d.role === 'point')?.date ?? null
  );
}

function firstSentenceEnd(work: string, paragraph: Span): number {
  const m = /[。！？!?]/.exec(work.slice(paragraph.start, paragraph.end));
  return m ? paragraph.start + m.index : paragraph.end;
}
