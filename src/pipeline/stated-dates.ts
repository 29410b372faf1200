/**
 * The date the text states for a value, read from where the value sits: its own clause, the
 * clause a flow continues, a date a sentence opens with as its topic («2023年，», «截至…，»), the
 * clause a share or a part goes on from, the start of a change («由2019年的A降至B»), a named plan.
 */
import type { PartialDate } from '../lib/domain/schema.ts';
import {
  FIVE_YEAR_PLANS,
  isRunningTotal,
  opensChange,
  saysNow,
  type DateMention,
} from './dates.ts';
import { REACHES_VALUE } from './figure-words.ts';
import { clauseAround, pastRunInHeading, sentenceAround, sentences, type Span } from './text.ts';

/** Where a quantity sits: its sentence, its clause, and its own offset. */
export interface Place {
  sentence: Span;
  clause: Span;
  at: number;
  /**
   * The date stated for the last figure of the clause right before, if any: a flow of that clause
   * takes its sentence's date («2024年，…；交流轮岗教师1126人»), which a share of it goes on with.
   */
  previous?: PartialDate | null;
}

/** The date a stretch of text states: its last date before `at` (a range counts as its last year), else a five-year plan's last year. */
function statedIn(
  dates: DateMention[],
  work: string,
  from: number,
  at: number,
): PartialDate | null {
  const nearest = dates
    .filter(
      (d) =>
        d.start >= from &&
        d.end <= at &&
        d.role !== 'base' &&
        (d.role !== 'from' || work.slice(d.end, at) === '的'),
    )
    .pop();
  if (nearest) return nearest.role === 'since' ? null : nearest.date;
  const words = work.slice(from, at);
  for (const [plan, years] of Object.entries(FIVE_YEAR_PLANS))
    if (words.includes(plan)) return years.to;
  return null;
}

/**
 * The date the text states for a value. A date dates its own clause; it reaches the later clauses
 * of its sentence only for a flow, whose amount it bounds ("2023年,…实施项目58个,…增加学位1.16万个"),
 * and a running total only when a plan period frames it.
 * A stock or a share in a later clause is a count as of the report ("2021年,出台《…》,…创建全国足球
 * 特色学校72所": 72 is today's number, not 2021's). "2019年以来" opens a running total: no date.
 */
export function statedDate(
  dates: DateMention[],
  work: string,
  place: Place,
  flow: boolean,
): PartialDate | null {
  const own =
    statedIn(dates, work, place.clause.start, place.at) ?? startOfChange(dates, work, place);
  if (own !== null) return own;
  // «到2035年，全区中小学校达到162所，义务教育学位达到18万个»: a stock listed in its sentence
  // right after one dated by its own clause is of that date too.
  // «；二是…» opens the next item, which the last item's date («一是11月15日前…») does not reach.
  const listed =
    place.clause.start - 1 > place.sentence.start &&
    !NEXT_ITEM.test(work.slice(place.clause.start - 1, place.at))
      ? place.previous
      : null;
  if (!flow)
    return (
      topicDate(dates, work, place) ??
      partOfPrevious(dates, work, place) ??
      listed ??
      reachedIn(dates, work, place)
    );
  if (isRunningTotal(work.slice(place.clause.start, place.at)))
    return (
      planTotal(work.slice(place.sentence.start, place.clause.start)) ?? runsTo(dates, work, place)
    );
  // A deadline («5月底前全部开工；公开招聘教师146名») bounds its own clause's task, not the next's.
  const points = dates.filter((d) => !BY_DEADLINE.test(work.slice(d.end, d.end + 2)));
  return statedIn(points, work, place.sentence.start, place.clause.start);
}

// «…降至44.6人», «提高到98%»: the value a change reaches.
const REACHES = new RegExp(`${REACHES_VALUE}$`, 'u');

/**
 * The value a change reaches in a later clause of a sentence that states its year earlier
 * («大方县2023年新建小学2所…，城区小学平均班额降至44.6人»): the change is of that year, as the
 * sentence's other results are, so the value is that year's, not the report's. Null otherwise.
 */
function reachedIn(dates: DateMention[], work: string, place: Place): PartialDate | null {
  const words = work.slice(place.clause.start, place.at);
  if (!REACHES.test(words) || saysNow(words)) return null;
  return statedIn(dates, work, place.sentence.start, place.clause.start);
}

/**
 * The starting value of a change written without its year, after one written with it: in
 * «小学平均班额由2019年的52.6人下降到46.2人，初中由57.1人下降到49.8人» 57.1 is of 2019 too.
 */
function startOfChange(dates: DateMention[], work: string, place: Place): PartialDate | null {
  if (!opensChange(work.slice(place.clause.start, place.at).at(-1))) return null;
  const from = dates.filter(
    (d) => d.role === 'from' && d.start >= place.sentence.start && d.end <= place.clause.start,
  );
  return from.pop()?.date ?? null;
}

/** A speaker's name before a colon («王建国：», «记者：»): a transcript's label, not a clause. */
const SPEAKER = /^[^\d，,。；;：:]{1,10}$/u;

/** The clause a sentence opens with, past a speaker's label («王建国：明年，…» opens with «明年»). */
function openingClause(work: string, sentenceStart: number): Span {
  const first = clauseAround(work, sentenceStart);
  const labelled =
    /[：:]/u.test(work[first.end] ?? '') && SPEAKER.test(work.slice(first.start, first.end).trim());
  return labelled ? clauseAround(work, first.end + 1) : first;
}

/**
 * A clause that goes on from the one before it («2023年交流轮岗教师287人，占应交流教师总数的
 * 16.8%»; «…，其中小学41所») counts part of what that clause counted, at that clause's date, or
 * at the date its figure was given («2024年，…；交流轮岗教师1126人，占…的18.5%»).
 */
function partOfPrevious(dates: DateMention[], work: string, place: Place): PartialDate | null {
  if (!/^\s*(?:占|其中)/u.test(work.slice(place.clause.start, place.at))) return null;
  if (place.clause.start - 1 <= place.sentence.start) return null;
  const previous = clauseAround(work, place.clause.start - 2);
  return (
    statedIn(dates, work, Math.max(previous.start, place.sentence.start), previous.end) ??
    place.previous ??
    null
  );
}

/**
 * The date a sentence opens with as its topic, in a clause of its own. «截至2020年底，» states
 * every clause of its sentence as of that date; a bare «2023年，» only the clause right after it
 * («2023年，全市小学、初中差异系数分别为0.41和0.36»), as clauses further on may speak of now
 * (a stock counted at the report: «2021年，出台《…》，…创建足球特色学校72所»), and the first clause
 * after each «；», a statement parallel to the first («2023年，全县交流轮岗教师586人…；小学、初中生均
 * 教学及辅助用房面积分别达到5.1平方米和6.3平方米» of 2023). A time in a clause
 * of its own right before the value's sets it anew: in «截至2025年3月，…占比提高到11.3%；到2026年底，
 * 这一比例将达到15%以上» the 15% is of 2026.
 */
function topicDate(dates: DateMention[], work: string, place: Place): PartialDate | null {
  const first = openingClause(work, place.sentence.start);
  if (first.end >= place.clause.start) return null;
  const previous = topicIn(dates, work, clauseAround(work, place.clause.start - 2));
  if (previous !== null) return previous.date;
  const asOf = topicIn(dates, work, first);
  return asOf?.asOf || STATEMENT_START.test(work[place.clause.start - 1] ?? '')
    ? (asOf?.date ?? null)
    : null;
}

// A «；» starts a statement parallel to the first of its sentence, of the year that one is of.
const STATEMENT_START = /^[；;]$/u;

/**
 * The date a sentence opens with as its topic («明年，全市计划新增学位2.4万个，推动5个县…»),
 * which every clause of a plan's sentence is planned for. Null when the sentence opens otherwise.
 */
export function sentenceTopic(
  dates: DateMention[],
  work: string,
  place: Place,
): PartialDate | null {
  const first = openingClause(work, place.sentence.start);
  if (first.end >= place.clause.start) return null;
  // «一是11月15日前完成…；二是投入…2800万元»: the first item's deadline is not the second's.
  const newItem = NEXT_ITEM.test(work.slice(first.end, place.at));
  return topicIn(dates, work, first)?.date ?? (newItem ? null : deadlineIn(dates, work, first));
}

// «（二）2026年底前补足缺编教师，…»: a deadline that opens a plan's item, after its label if any.
const ITEM_LABEL =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是|\d+[．.、])?$/u;
const BY_DEADLINE = /^(?:底|末)?(?:前|以前)/u;
/** A statement after «；» that opens the next item of a list: «；二是…», «；（三）…». */
const NEXT_ITEM = /[；;]\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)])/u;

/** The deadline a clause opens with («2026年底前…»), which the item's later clauses are planned for. */
function deadlineIn(dates: DateMention[], work: string, clause: Span): PartialDate | null {
  const d = dates.find(
    (m) =>
      m.start >= clause.start && m.end <= clause.end && (m.role === 'point' || m.role === 'to'),
  );
  if (!d || !ITEM_LABEL.test(work.slice(clause.start, d.start).trim())) return null;
  return BY_DEADLINE.test(work.slice(d.end, clause.end)) ? d.date : null;
}

// A sentence opening with a quotation mark: someone's words, of the time they are said.
const SPOKEN = /^[“「『"]$/u;

/**
 * The date a paragraph opens with as its topic, for a stock or a ratio its own words leave
 * undated. «截至2024年底，» states them as of then, in its later sentences too («截至2024年底，全区
 * 共有学校98所…。2024年，…。小学、初中每百名学生拥有骨干教师数分别为1.6人、1.9人»). A bare year
 * («2023年，全省投入…。截至2023年底，…。全省巩固率达到96.8%») is the paragraph's year: it dates the
 * sentences after its own by the last time a sentence before them opens with (its own until
 * another is; not a year one mentions in passing), as the report goes on with that year's results; in its own sentence the clause rules hold
 * (statedDate), and a sentence of direct speech («“小学每百名学生…0.9人，”负责人坦言») speaks of
 * the time it is spoken. A run-in heading («（一）改善办学条件。») is not the paragraph's opening.
 * `onlyAsOf` (under a review's heading that names what is still short, «成绩要肯定，差距更要看清»):
 * a bare «去年，» opens the year's results, not the gaps of the day the text speaks; only «截至…»
 * dates them. Null when the paragraph opens otherwise, or the value is in the sentence a bare
 * year opens.
 */
export function paragraphAsOf(
  dates: DateMention[],
  work: string,
  paragraphStart: number,
  sentenceStart: number,
  onlyAsOf = false,
): PartialDate | null {
  const start = pastRunInHeading(work, paragraphStart);
  const opening = topicIn(dates, work, openingClause(work, start));
  if (opening === null || opening.asOf || onlyAsOf) return opening?.asOf ? opening.date : null;
  if (sentenceStart <= sentenceAround(work, start).end || SPOKEN.test(work[sentenceStart] ?? ''))
    return null;
  // Only a date a later sentence opens with takes over: one it mentions in passing («…均于2019年
  // 通过国家基本均衡验收。») is no topic of the sentences after it.
  const opened = sentences(work, sentenceAround(work, start).end + 1, sentenceStart).map(
    (s) => topicIn(dates, work, openingClause(work, s.start))?.date ?? null,
  );
  return opened.filter((d) => d !== null).pop() ?? opening.date;
}

// «2021年至2024年»: two years joined as a range.
const RANGE_JOIN = /^(?:至|到|—|–|-|－|~|～)$/u;

/**
 * The date a clause consists of («2023年», «截至2022年底»; a range «2021年至2024年» by its last
 * year, which its totals run to), and whether it says «as of».
 */
function topicIn(
  dates: DateMention[],
  work: string,
  clause: Span,
): { date: PartialDate; asOf: boolean } | null {
  const within = dates.filter(
    (m) =>
      m.start >= clause.start && m.end <= clause.end && (m.role === 'point' || m.role === 'to'),
  );
  const [first, next] = within;
  if (!first) return null;
  const d = next !== undefined && RANGE_JOIN.test(work.slice(first.end, next.start)) ? next : first;
  const before = work.slice(clause.start, first.start).trim();
  const after = work.slice(d.end, clause.end).trim();
  if (!/^(?:截至|截止|到)?$/u.test(before) || !/^(?:底|末)?$/u.test(after)) return null;
  return { date: d.date, asOf: before !== '' && before !== '到' };
}

/**
 * The time a running total runs to, when the clause right before it consists of it: «到2027年，
 * 新建小学6所；到2030年，累计新建中小学校15所» totals 15 schools by 2030, not by the sentence's
 * first horizon. Null when no such clause precedes it.
 */
function runsTo(dates: DateMention[], work: string, place: Place): PartialDate | null {
  if (place.clause.start - 1 <= place.sentence.start) return null;
  return topicIn(dates, work, clauseAround(work, place.clause.start - 2))?.date ?? null;
}

/**
 * A running total over a named plan period ends with the plan: «“十三五”期间，…累计投入18.7亿元»
 * is the total of 2016–2020, not a total up to the report. Null when no such period frames it.
 */
function planTotal(earlier: string): PartialDate | null {
  for (const [plan, years] of Object.entries(FIVE_YEAR_PLANS))
    if (new RegExp(`${plan}”?(?:期间|时期)`).test(earlier)) return years.to;
  return null;
}
