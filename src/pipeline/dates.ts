/**
 * Date expressions as the documents write them ("2017年12月4日", "2022年8月", "2021年底",
 * "2021—2022年", "11月14日", "9月底", "2023第四届", "二〇二四年") and the date a fact refers to.
 */
import type { PartialDate, Status } from '../lib/domain/schema.ts';
import { lastStatementStart, paragraphStart, type Span } from './text.ts';

/** A date expression found in the text. */
export interface DateMention extends Span {
  date: PartialDate;
  /**
   * "since"/"to": 2019年以来 (or 自2021年两地结对以来) starts a cumulative period; 到2020年 names
   * a target; "base": the year a value is compared with (比去年增加41名, 较2020年), never the date
   * of a value; "from": the date of a change's starting value only («由上年的7.5%降至1.2%»: 7.5%
   * is of 上年, 1.2% is not).
   */
  role: 'point' | 'since' | 'to' | 'base' | 'from';
  /** Written relative to the publication (去年, 今年, 明年): a word, not a numeral of the text. */
  relative?: true;
  /**
   * «上年»: the year before the one the text speaks of, which is the publication's last year
   * unless a heading says which year the text reviews (periods.ts#withReviewedYears).
   */
  previous?: true;
}

/**
 * Years written relative to the publication year, in either script (simplified work text), with
 * the month they name if any: a deadline «年底前» with no year before it («确保年底前完成全年…目标»)
 * is the end of the year the text is written in, not of every year («每年年底前»); after a year
 * of its own it is the end of that year («2025年年底前», «明年年底前», «今年年底前»).
 */
const RELATIVE_YEARS: [RegExp, number, string?][] = [
  [/(?:今年|本年)年(?:底|末)(?=前)/y, 0, '-12'],
  [/(?:明年|下一年)年(?:底|末)(?=前)/y, 1, '-12'],
  [/前年/y, -2],
  [/去年/y, -1],
  [/(?:上年|上一年)/y, -1],
  [/(?:今年|本年|当年度)/y, 0],
  [/(?:明年|下一年)/y, 1],
  [/(?<![\d〇零一二三四五六七八九十两每当上下前历同多近数年])年(?:底|末)前/y, 0, '-12'],
];

const pad = (n: string) => n.padStart(2, '0');

// Order matters: the longer forms are tried first at each position.
const FORMS: [RegExp, (m: RegExpExecArray, year: string) => PartialDate, boolean?][] = [
  [/(\d{4})-(\d{2})-(\d{2})/y, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/(\d{4})年(\d{1,2})月(\d{1,2})日/y, (m) => `${m[1]}-${pad(m[2] ?? '')}-${pad(m[3] ?? '')}`],
  [/(\d{4})年(\d{1,2})月/y, (m) => `${m[1]}-${pad(m[2] ?? '')}`],
  [/(\d{4})年年?底/y, (m) => `${m[1]}-12`],
  [/\d{4}\s*[—–-]\s*(\d{4})年/y, (m) => `${m[1]}`],
  [/(\d{4})年/y, (m) => `${m[1]}`],
  [/(\d{1,2})月(\d{1,2})日/y, (m, year) => `${year}-${pad(m[1] ?? '')}-${pad(m[2] ?? '')}`, true],
  [/(\d{1,2})月(?:底|末)/y, (m, year) => `${year}-${pad(m[1] ?? '')}`, true],
  [/((?:19|20)\d{2})(?=第)/y, (m) => `${m[1]}`],
];

/**
 * Every date expression in work[from, to). A day or a month's end without a year ("11月14日",
 * "9月底") takes the year of the document's publication, the only year such a text can mean.
 */
export function findDates(
  work: string,
  from: number,
  to: number,
  publishedYear: string | null,
): DateMention[] {
  const out: DateMention[] = [];
  for (let i = from; i < to; i++) {
    const relative = publishedYear === null ? null : relativeYear(work, i, to, publishedYear);
    if (relative) {
      out.push(relative);
      i = relative.end - 1;
      continue;
    }
    const written = chineseYear(work, i, to);
    if (written) {
      out.push(written);
      i = written.end - 1;
      continue;
    }
    if (!/\d/.test(work[i] ?? '') || /[\d.]/.test(work[i - 1] ?? '')) continue;
    for (const [re, toDate, needsYear] of FORMS) {
      re.lastIndex = i;
      const m = re.exec(work);
      if (!m || i + m[0].length > to) continue;
      if (needsYear && publishedYear === null) continue;
      const end = i + m[0].length;
      out.push({ start: i, end, date: toDate(m, publishedYear ?? ''), role: roleAt(work, i, end) });
      i = end - 1;
      break;
    }
  }
  return out;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
// «二〇二四年», «二零二四年»: a year written digit by digit in Chinese numerals (19xx or 20xx).
const CHINESE_YEAR = /([一二][〇零一二三四五六七八九]{3})年/y;

/** A year written in Chinese numerals at work[i] («二零二四年交流轮岗教师…» is of 2024), or null. */
function chineseYear(work: string, i: number, to: number): DateMention | null {
  if (/[〇零一二三四五六七八九十百千万亿两]/u.test(work[i - 1] ?? '')) return null;
  CHINESE_YEAR.lastIndex = i;
  const m = CHINESE_YEAR.exec(work);
  if (!m || i + m[0].length > to) return null;
  const date = [...(m[1] ?? '')]
    .map((c) => String(CHINESE_DIGITS.indexOf(c.replace('零', '〇'))))
    .join('');
  if (!/^(?:19|20)\d\d$/.test(date)) return null;
  const end = i + m[0].length;
  return { start: i, end, date, role: roleAt(work, i, end) };
}

// «自2021年两地结对以来»: an event named between the year and 以来, within the clause.
// «2024年秋季以来», «2023年底以来»: a season or a year's end before 以来 opens the total too.
const SEASON_SINCE = /^(?:春季|秋季|春|秋|底|初)?以来/;
const SINCE_EVENT = /[^,，;；。！？\n]*以来/y;

/** Whether `ch` opens a change's starting value: «由…», «从…» (由57.1人下降到49.8人). */
export const opensChange = (ch: string | undefined): boolean => ch === '由' || ch === '从';

/** What the date at work[start, end) does for the values near it (DateMention.role). */
function roleAt(work: string, start: number, end: number): DateMention['role'] {
  const before = work.slice(Math.max(0, start - 1), start);
  const after = work.slice(end, end + 4);
  SINCE_EVENT.lastIndex = end;
  if (SEASON_SINCE.test(after) || (/[自从]/.test(before) && SINCE_EVENT.test(work))) return 'since';
  if (before === '到') return 'to';
  // «由2019年的52.6人下降到…», «从2021年的52.3人降到了…»: the year of the value a change starts from.
  if (opensChange(before) && after.startsWith('的')) return 'from';
  if (/[比较]/.test(before) || (/[与和同]/.test(before) && /^(?:同期)?相比/.test(after)))
    return 'base';
  return 'point';
}

/** A relative year at work[i] ("去年" in a report of 2024 is 2023), with its role, or null. */
function relativeYear(
  work: string,
  i: number,
  to: number,
  publishedYear: string,
): DateMention | null {
  for (const [re, offset, month = ''] of RELATIVE_YEARS) {
    re.lastIndex = i;
    const m = re.exec(work);
    if (!m || i + m[0].length > to) continue;
    const end = i + m[0].length;
    const date = `${Number(publishedYear) + offset}${month}`;
    const previous = m[0] !== '去年' && offset === -1 ? { previous: true as const } : {};
    return { start: i, end, date, role: roleAt(work, i, end), relative: true, ...previous };
  }
  return null;
}

/** The five-year plans by name, with their first and last years: "“十四五”期间" is 2021 to 2025. */
export const FIVE_YEAR_PLANS: Readonly<Record<string, { from: PartialDate; to: PartialDate }>> = {
  十三五: { from: '2016', to: '2020' },
  十四五: { from: '2021', to: '2025' },
  十五五: { from: '2026', to: '2030' },
};

// "三年来", "近年来", "累计": the value is a running total up to the document's date.
const CUMULATIVE = /累计|年来|以来|目前|现有/;
// "目前", "现有": the value is counted at the document's date, whatever period the text reviews.
// «已有5个通过»: a count of what there already is, as of the report.
const NOW = /目前|现有|现在|已有/;

/**
 * Whether words before a value say it is counted now, at the document's date. A «；» closes the
 * statement: «全县现有小学41所；小学每百名学生拥有…0.86人» counts the ratio in the year assessed.
 */
export const saysNow = (words: string): boolean => NOW.test(words.slice(lastStatementStart(words)));

// A list the text opens as the present state («对照…7项资源配置指标，全县现状如下：»), and the
// headings that close it («（四）…», «二、…»).
const NOW_LIST = /(?:现状|目前|现有)[^。\n]{0,12}如下[:：]\s*$/u;
const HEADING = /^\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/u;
// How many lines back a list's opening is looked for, so the scan stays short.
const LIST_LINES = 20;

/**
 * Whether the value at `at` sits in a list opened as the present state, up to the next heading:
 * under «2024年工作完成情况» such a list states the figures as of the report, not of that year.
 */
export function inListOfNow(work: string, at: number): boolean {
  // The value's own line first, up to the value: a heading that opens it closes any list before.
  let end = at;
  for (let n = 0; n < LIST_LINES && end >= 0; n++) {
    const start = paragraphStart(work, end);
    const line = work.slice(start, end);
    if (NOW_LIST.test(line)) return true;
    if (HEADING.test(line)) return false;
    end = start - 1;
  }
  return false;
}

/** Whether words before a value make it a running total up to the document's date. */
export const isRunningTotal = (words: string): boolean => CUMULATIVE.test(words);

/**
 * The time a fact's value refers to: the date its text states; a running total ("累计", "三年来",
 * "2019年以来") or any other achievement as of publication; a target without a year of its own
 * takes the horizon its section or document sets ("到2025年"), else it has no date.
 */
export function factDate(
  stated: PartialDate | null,
  status: Status,
  published: PartialDate | null,
  horizon: PartialDate | null,
): PartialDate | null {
  if (stated !== null) return stated;
  return status === 'achieved' ? published : horizon;
}

/**
 * Whether a report published on `published` looks back on `date`: the date has ended by then,
 * or it is a year and the report came out in its last two months (a year-end summary says
 * "到2020年" of what was reached).
 */
export function reachedBy(date: PartialDate, published: PartialDate | null): boolean {
  if (published === null) return false;
  if (`${date}-99-99`.slice(0, 10) <= published) return true;
  return date.length === 4 && date === published.slice(0, 4) && published.slice(5, 7) >= '11';
}

/**
 * The horizon of a stretch of a document: the first "到2025年" in it still ahead at publication.
 * A plan states its horizon once ("二、工作目标 到2020年,…") and its tasks follow without a year.
 */
function horizonIn(
  dates: readonly DateMention[],
  stretch: Span,
  published: PartialDate | null,
): PartialDate | null {
  const ahead = dates.find(
    (d) =>
      d.role === 'to' &&
      d.start >= stretch.start &&
      d.end <= stretch.end &&
      !reachedBy(d.date, published),
  );
  return ahead?.date ?? null;
}

/**
 * The horizon of a target: that of the first of `stretches` (narrowest first: its sentence, its
 * section, the body) that states one. Its own sentence's («再组建…30至40个，到2027年实现…») wins
 * over one stated earlier in its section of another figure («由2022年的41%提高到今年的68%»).
 */
export function horizonOf(
  dates: readonly DateMention[],
  stretches: readonly Span[],
  published: PartialDate | null,
): PartialDate | null {
  for (const stretch of stretches) {
    const found = horizonIn(dates, stretch, published);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The time a target is due by, written after it in its own clause («确保…3所新建学校今年秋季如期投入
 * 使用» of a report of June 2024 is due in 2024): the first point or horizon between the value's
 * end `after` and the clause's end still ahead at publication. It wins over a horizon stated
 * further on in the sentence («；到2025年，…»), which is the next task's. Null when there is none.
 */
export function dueLater(
  dates: readonly DateMention[],
  clause: Span,
  after: number,
  published: PartialDate | null,
): PartialDate | null {
  const due = dates.find(
    (d) =>
      (d.role === 'point' || d.role === 'to') &&
      d.start >= after &&
      d.end <= clause.end &&
      !reachedBy(d.date, published),
  );
  return due?.date ?? null;
}
