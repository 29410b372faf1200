/**
 * The times a document states for itself in its opening, before its first numbered heading: the
 * year it speaks of («关于2024年…的通报»), the cut-off a progress report counts to («截至9月30日，»),
 * the year of the assessment whose results it reports («公布2024年度…评估…名单») and the month
 * of the inspection whose findings it restates («2024年11月，市督导评估组对我区…进行了督导评估»).
 * Read from the text alone, before any fact; facts.ts dates by them what no sentence dates.
 */
import type { PartialDate, Status } from '../lib/domain/schema.ts';
import type { DateMention } from './dates.ts';
import { ASSESSMENT } from './periods.ts';
import { INSPECTION, statesFinding } from './rectification.ts';
import { paragraphStart, sentenceAround, type Span } from './text.ts';

/** What a document's opening says of its own time; each null when the opening does not say it. */
export interface DocumentTimes {
  /** The first year the opening names (its title's, usually). */
  year: PartialDate | null;
  /** The date a progress report counts to («…进展情况的通报 … 截至9月30日，»). */
  cutoff: PartialDate | null;
  /** The year of the assessment whose list or results the text reports («2024年度…名单»). */
  assessed: PartialDate | null;
  /** When the inspection whose findings the text restates took place («2024年11月，…督导评估»). */
  inspected: PartialDate | null;
}

// The first numbered heading («一、», «（一）») ends the opening, and so does a Q&A's first
// question («问：»): each answer is its own time frame, so a «截至2025年底» in the first answer is
// not the cut-off of the next answer's «本学年以来».
const FIRST_HEADING =
  /\n\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[问問][：:])/u;
// Words that make a text a report of progress so far, which counts to a cut-off: «进展情况»,
// «推进情况（截至10月底）», where what there «已有» is counted at the cut-off, not on the day of issue.
const PROGRESS = /进展|进度|推进/u;
// A line's label that states the year's target («年度目标：», «全年任务：»).
const YEAR_TARGET = /^\s*(?:年度|全年)(?:目标|任务|计划)[:：]/u;
// A sentence that reports an assessment's results («评估结果显示，…»).
const RESULTS = /^\s*(?:经|据)?(?:评估|督导|核查|认定)结果(?:显示|表明)/u;

/** The times work[body]'s opening states, given the date mentions of the text. */
export function documentTimes(
  work: string,
  body: Span,
  dates: readonly DateMention[],
): DocumentTimes {
  const heading = FIRST_HEADING.exec(work.slice(body.start, body.end));
  const end = heading ? body.start + heading.index : body.end;
  const opening = dates.filter((d) => d.start >= body.start && d.end <= end);
  const year = opening.find((d) => d.role === 'point')?.date.slice(0, 4) ?? null;
  const cut = opening.find((d) => d.role === 'point' && /截[至止]$/u.test(work.slice(0, d.start)));
  const cutoff =
    cut && PROGRESS.test(work.slice(body.start, cut.start)) && cut.date.length > 4
      ? cut.date
      : null;
  const named = opening.find(
    (d) =>
      work[d.end] === '度' && ASSESSMENT.test(work.slice(d.end, sentenceAround(work, d.end).end)),
  );
  const inspection = opening.find(
    (d) =>
      d.role === 'point' && INSPECTION.test(work.slice(d.end, sentenceAround(work, d.end).end)),
  );
  return { year, cutoff, assessed: named?.date ?? null, inspected: inspection?.date ?? null };
}

/**
 * The date of an achievement no sentence, paragraph or heading dates, by the document's times:
 * an assessment's results by its year, an inspection's findings by its date, else a progress
 * report's figures by its cut-off. Null when none applies, so the fact keeps the publication day.
 */
export function achievedAt(times: DocumentTimes, work: string, sentence: Span): PartialDate | null {
  const said = work.slice(sentence.start, sentence.end);
  if (times.assessed !== null && RESULTS.test(said)) return times.assessed;
  // A finding speaks of the time of the inspection, not of the report (rectification.ts).
  if (times.inspected !== null && statesFinding(said)) return times.inspected;
  return times.cutoff;
}

/**
 * The year of a target its line labels the year's («年度目标：新建学校6所…»), when no horizon
 * dates it: the year the document speaks of. Null for any other target or status.
 */
export function yearTargetAt(
  times: DocumentTimes,
  work: string,
  at: number,
  status: Status,
): PartialDate | null {
  if (status !== 'target') return null;
  const line = work.slice(paragraphStart(work, at), at);
  return YEAR_TARGET.test(line) ? times.year : null;
}
