/**
 * The date of a fact: of a table's cell by its column, else what its own words state, else the
 * year its paragraph opens with or its heading reviews for an achievement, else a target's
 * horizon. One job: the choice among the times a document gives a number, read by facts.ts.
 */
import type { PartialDate, Status } from '../lib/domain/schema.ts';
import {
  dueLater,
  factDate,
  horizonOf,
  isRunningTotal,
  reachedBy,
  saysNow,
  type DateMention,
} from './dates.ts';
import { achievedAt, yearTargetAt, type DocumentTimes } from './document-times.ts';
import type { Section } from './document.ts';
import { gapsUnder, openingDate, reviewedYear, type ReportPeriod } from './periods.ts';
import { quarterEndAt } from './quarters.ts';
import { paragraphAsOf, sentenceTopic } from './stated-dates.ts';
import { cellDate, type TableCell } from './tables.ts';
import type { Span } from './text.ts';

/** What a document gives every number's date: its text, dates, opening times and publication. */
export interface DatingDocument {
  work: string;
  dates: DateMention[];
  times: DocumentTimes;
  body: Span;
  published: PartialDate | null;
}

/**
 * Where one number stands and what is read of it so far: its spans, its table cell, the period
 * its heading makes (`ahead`: a plan's year not yet reached), whether it accumulates (`flow`),
 * its status and the date its own words state (`stated`).
 */
export interface DatedNumber {
  q: Span;
  sentence: Span;
  clause: Span;
  section: Section;
  paragraph: Span;
  cell: TableCell | null;
  period: ReportPeriod | null;
  ahead: boolean;
  flow: boolean;
  status: Status;
  stated: PartialDate | null;
}

/**
 * The date of the number at `n.q` (a partial ISO date, or null for a target with no horizon);
 * `candidates` are the numbers that may become facts, whose first in the paragraph bounds the
 * paragraph's opening.
 */
export function chooseDate(
  doc: DatingDocument,
  n: DatedNumber,
  candidates: readonly Span[],
): PartialDate | null {
  const { work, dates, times, published } = doc;
  const { q, sentence, clause, section, paragraph, cell, period, ahead, flow, status, stated } = n;
  // A target's horizon is the time written after it in its clause, else its own sentence's
  // («再组建…30至40个，到2027年实现…»), else the last stated before it in its section or the text:
  // a horizon dates the tasks that follow it, so one stated further on («同时，…到2027年…») is not
  // that of «每年选派10名» before it.
  // A target under a quarter's part of a progress report («四、四季度计划») is due by its end.
  const horizon =
    dueLater(dates, clause, q.end, published) ??
    (status === 'target' ? quarterEndAt(work, doc.body, q.start, published, false) : null) ??
    horizonOf(
      dates,
      [sentence, { start: section.start, end: q.start }, { start: doc.body.start, end: q.start }],
      published,
    ) ??
    (period?.kind === 'plan' && ahead ? period.year : null);
  // An achievement without a date of its own is of the year its paragraph opens with («去年，…»)
  // if it accumulates, as of the time a paragraph's opening names (paragraphAsOf) if it is a
  // stock or a ratio, else of the year its heading reviews (periods.ts#reviewedYear), else of
  // the statistics any heading of findings follows, of a plan or a review (foundIn), else by
  // the times the document's opening states (document-times.ts).
  const first = candidates.find((c) => c.start >= paragraph.start)?.start ?? q.start;
  const undated = status === 'achieved' && stated === null;
  const opening =
    undated && flow && !isRunningTotal(work.slice(sentence.start, q.start))
      ? openingDate(work, dates, paragraph, first)
      : undated && !flow && !saysNow(work.slice(sentence.start, q.start))
        ? paragraphAsOf(dates, work, paragraph.start, sentence.start, gapsUnder(period))
        : null;
  const own = opening !== null && reachedBy(opening, published) ? opening : null;
  // Under a quarter's part («一、一季度：…») an undated achievement is of that quarter's end.
  const reviewed =
    quarterEndAt(work, doc.body, q.start, published, true) ??
    (ahead ? null : reviewedYear(period, flow, work, sentence.start, q.start)) ??
    period?.foundIn ??
    achievedAt(times, work, sentence);
  const planned =
    status === 'target' ? sentenceTopic(dates, work, { sentence, clause, at: q.start }) : null;
  return (
    cellDate(cell, period, published) ??
    factDate(
      stated ?? own ?? (status === 'achieved' ? reviewed : planned),
      status,
      published,
      horizon ?? yearTargetAt(times, work, q.start, status),
    )
  );
}
