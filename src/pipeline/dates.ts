/**
 * Date expressions as the documents write them ("2017年12月4日", "2022年8月", "2021年底",
 * "2021—2022年", "11月14日", "2023第四届") and the date a fact refers to.
 */
import type { PartialDate, Status } from '../lib/domain/schema.ts';
import type { Span } from './text.ts';

/** A date expression found in the text. */
export interface DateMention extends Span {
  date: PartialDate;
  /** "since"/"to": 2019年以来 starts a cumulative period; 到2020年 names a target. */
  role: 'point' | 'since' | 'to';
}

const pad = (n: string) => n.padStart(2, '0');

// Order matters: the longer forms are tried first at each position.
const FORMS: [RegExp, (m: RegExpExecArray, year: string) => PartialDate, boolean?][] = [
  [/(\d{4})-(\d{2})-(\d{2})/y, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/y, (m) => `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`],
  [/(\d{4})年(\d{1,2})月/y, (m) => `${m[1]}-${pad(m[2] ?? '')}`],
  [/(\d{4})年底/y, (m) => `${m[1]}-12`],
  [/\d{4}\s*[—–-]\s*(\d{4})年/y, (m) => `${m[1]}`],
  [/(\d{4})年/y, (m) => `${m[1]}`],
  [/(\d{1,2})月(\d{1,2})日/y, (m, year) => `${year}-${pad(m[1] ?? '')}-${pad(m[2] ?? '')}`, true],
  [/((?:19|20)\d{2})(?=第)/y, (m) => `${m[1]}`],
];

/**
 * Every date expression in work[from, to). A day without a year ("11月14日") takes the year of
 * the document's publication, the only year such a text can mean.
 */
export function findDates(
  work: string,
  from: number,
  to: number,
  publishedYear: string | null,
): DateMention[] {
  const out: DateMention[] = [];
  for (let i = from; i < to; i++) {
    if (!/\d/.test(work[i] ?? '') || /[\d.]/.test(work[i - 1] ?? '')) continue;
    for (const [re, toDate, needsYear] of FORMS) {
      re.lastIndex = i;
      const m = re.exec(work);
      if (!m || i + m[0].length > to) continue;
      if (needsYear && publishedYear === null) continue;
      const end = i + m[0].length;
      const role = /^以来/.test(work.slice(end, end + 2))
        ? 'since'
        : work[i - 1] === '到'
          ? 'to'
          : 'point';
      out.push({ start: i, end, date: toDate(m, publishedYear ?? ''), role });
      i = end - 1;
      break;
    }
  }
  return out;
}

// Five-year plans name their last year: "“十四五”期间" is up to 2025.
const PLAN_PERIODS: [RegExp, PartialDate][] = [
  [/十三五/, '2020'],
  [/十四五/, '2025'],
  [/十五五/, '2030'],
];

// "三年来", "近年来", "累计": the value is a running total up to the document's date.
const CUMULATIVE = /累计|年来|以来|目前|现有/;

/**
 * The time a fact's value refers to: the nearest date stated before it in its sentence (a range
 * counts as its last year, a five-year plan its last year); a running total ("累计", "三年来", "2019年以来") as of publication;
 * otherwise an achievement is as of publication, and a target without a stated year has no date
 * (its horizon is unknown, and the app shows it at the document's date).
 */
export function factDate(
  dates: DateMention[],
  work: string,
  sentence: Span,
  at: number,
  status: Status,
  published: PartialDate | null,
): PartialDate | null {
  const before = dates.filter((d) => d.start >= sentence.start && d.end <= at);
  const nearest = before[before.length - 1];
  if (nearest && nearest.role !== 'since') return nearest.date;
  const prefix = work.slice(sentence.start, at);
  for (const [re, end] of PLAN_PERIODS) if (re.test(prefix)) return end;
  if (CUMULATIVE.test(prefix)) return published;
  return status === 'achieved' ? published : null;
}
