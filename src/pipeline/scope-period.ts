/**
 * The period of a fact, read from its own clause and sentence: a stock as of its date, a flow
 * from a start to an end («2019年以来», «十三五期间», «近三年», «2021—2022年»), or a rate that
 * recurs every year or month («每年», «年均», «每人每月»). Relative times resolve against the
 * publication date.
 */
import type { FactPeriod, PartialDate, Status, Unit } from '../lib/domain/schema.ts';
import { FIVE_YEAR_PLANS, type DateMention } from './dates.ts';
import { parseChineseNumeral } from './chinese-numerals.ts';
import { CHANGE_BEFORE, nearestWord, type WordTable } from './scope-words.ts';
import { paragraphStart, sentenceAround, type Span } from './text.ts';

/** Where a quantity sits and what the reader already knows of it. */
export interface PeriodContext {
  q: Span;
  segment: Span;
  clause: Span;
  sentence: Span;
  unit: Unit;
  status: Status;
  /** The fact's date (dates.ts#factDate). */
  date: PartialDate | null;
  published: PartialDate | null;
}

type Kind = FactPeriod['kind'];

const RATE_WORDS: WordTable<'year' | 'month'> = [
  [/每人每年|每生每年|每学年|每年|年均|年生均|一年一/, 'year'],
  [/每人每月|每月|月均/, 'month'],
];

// What happened to the thing counted: made or moved during a time (a flow), or standing (a stock:
// items created that still stand, «组建教育集团171个», count as what there is).
const VERBS: WordTable<Exclude<Kind, 'rate'>> = [
  [
    /新建|改扩建|扩建|建成|新增|净增|增加|增设|补充|招聘|引进|投入|投资|安排|拨付|补拨|下达|发放|培训|培养|培育|交流|互派|开展|实施|购置|提供|筹措|落实|化解|偿还/,
    'flow',
  ],
  [
    /(?:增加|增长|提高|提升|上升|下降|降低|减少)(?:到|至)|现有|共有|拥有|(?<=[县市区州省旗])有|达到|达|占|保持|降至|升至|提高到|覆盖|创建|组建|打造|建立|成立|设立|搭建|开通|汇聚|认定|评为|获得|选树|储备|配备|惠及/,
    'stock',
  ],
];

/** A making right after the number: «7所新建学校», «3所改扩建初中». */
const MADE = /^(?:新建|改扩建|扩建|新增|新招聘)/;

/** Words that span a time, making an amount of their clause accumulate over it. */
const SPAN_WORDS = /以来|年来|期间|累计|先后|共计/;
/** Words of a total run up over a time the sentence does not bound. */
const RUN_UP = /累计|先后/;
/** Money that stands rather than flows: an asset's value. */
const MONEY_STOCK = /总值|资产|价值/;

// Not the end of a year («2019年以来» is a date, dates.ts).
const YEARS = '(?<!\\d)([一二两三四五六七八九十]|\\d{1,2})年';
/** «近三年», «三年来», «过去5年», «连续三年»: a span of whole years back from publication. */
const RECENT_YEARS = new RegExp(`(?:近|过去|最近|连续)${YEARS}|${YEARS}(?:来|以来)`, 'g');
/** «比五年前»: a change since that many years before publication. */
const YEARS_AGO = new RegExp(`${YEARS}前`, 'g');

/** The stated start and end of a flow, or null where the text does not say. */
interface Bounds {
  from: PartialDate | null;
  to: PartialDate | null;
}

const yearsBack = (published: PartialDate | null, n: string): PartialDate | null =>
  published === null
    ? null
    : String(Number(published.slice(0, 4)) - (parseChineseNumeral(n) ?? Number(n))).padStart(
        4,
        '0',
      );

/** Each time anchor of work[window) with the bounds it gives, by where it ends. */
function anchorsIn(
  work: string,
  window: Span,
  dates: readonly DateMention[],
  c: PeriodContext,
): (Span & Bounds)[] {
  const text = work.slice(window.start, window.end);
  const at = (m: RegExpMatchArray) => ({
    start: window.start + (m.index ?? 0),
    end: window.start + (m.index ?? 0) + m[0].length,
  });
  const out: (Span & Bounds)[] = [];
  for (const d of dates) {
    if (d.start < window.start || d.end > window.end) continue;
    const range = /^(\d{4})\s*[—–-]\s*\d{4}年/.exec(work.slice(d.start, d.end));
    // «截至2023年», «到2025年», «2023年底»: the end of a flow, not its whole time.
    const asOf =
      /(?:截至|截止|到|至)$/.test(work.slice(Math.max(0, d.start - 2), d.start)) ||
      work[d.end - 1] === '底';
    // «2019年以来», «自2019年启动集团化办学以来» (DateMention.role), «2023年起».
    const since = d.role === 'since' || /^(?:起|开始)/.test(work.slice(d.end, d.end + 2));
    const from = range ? (range[1] ?? null) : asOf ? null : d.date;
    out.push({ start: d.start, end: d.end, from, to: since ? c.date : d.date });
  }
  for (const [plan, years] of Object.entries(FIVE_YEAR_PLANS))
    for (const m of text.matchAll(new RegExp(`${plan}”?(以来|期间|时期)?`, 'g')))
      out.push({ ...at(m), from: years.from, to: m[1] === '以来' ? c.date : years.to });
  for (const m of text.matchAll(RECENT_YEARS))
    out.push({ ...at(m), from: yearsBack(c.published, m[1] ?? m[2] ?? ''), to: c.date });
  for (const m of text.matchAll(YEARS_AGO))
    out.push({ ...at(m), from: yearsBack(c.published, m[1] ?? ''), to: c.date });
  return out;
}

/**
 * The bounds of a flow: the time anchor nearest before the number in its clause, else earlier in
 * its sentence; without one, the flow runs from an unstated start to the fact's date.
 */
function flowBounds(work: string, dates: readonly DateMention[], c: PeriodContext): Bounds {
  for (const window of [
    { start: c.clause.start, end: c.q.start },
    { start: c.sentence.start, end: c.clause.start },
  ]) {
    const nearest = anchorsIn(work, window, dates, c)
      .sort((a, b) => a.end - b.end)
      .pop();
    if (nearest) return { from: nearest.from, to: nearest.to ?? c.date };
  }
  return paragraphSince(work, dates, c) ?? { from: null, to: c.date };
}

/**
 * «自2021年两地结对以来，…累计投入…。我区先后选派…，组织…培训620人次»: a paragraph opened by a
 * start («…以来») bounds the totals its later sentences run up («累计», «先后»). Null otherwise.
 */
function paragraphSince(
  work: string,
  dates: readonly DateMention[],
  c: PeriodContext,
): Bounds | null {
  if (!RUN_UP.test(work.slice(c.sentence.start, c.q.start))) return null;
  const start = paragraphStart(work, c.sentence.start);
  if (start >= c.sentence.start) return null;
  const opening = sentenceAround(work, start);
  const since = dates.find(
    (d) => d.role === 'since' && d.start >= opening.start && d.end <= opening.end,
  );
  return since ? { from: since.date, to: c.date } : null;
}

/** Whether the quantity is a stock, a flow or a rate, and a rate's recurrence. */
function kindOf(work: string, c: PeriodContext): { kind: Kind; per?: 'year' | 'month' } {
  const lead = work.slice(c.clause.start, c.q.start);
  if (CHANGE_BEFORE.test(lead)) return { kind: 'flow' };
  const rate = nearestWord(work, c.q, [c.segment, c.clause], RATE_WORDS, { before: true });
  if (rate) return { kind: 'rate', per: rate.hit.says };
  if (c.unit === 'yuan')
    return {
      kind: MONEY_STOCK.test(work.slice(c.segment.start, c.segment.end)) ? 'stock' : 'flow',
    };
  if (['percent', 'coefficient', 'ratio', 'years', 'rank'].includes(c.unit))
    return { kind: 'stock' };
  const spanned =
    SPAN_WORDS.test(lead) || SPAN_WORDS.test(work.slice(c.sentence.start, c.clause.start));
  if (spanned) return { kind: 'flow' };
  // Items described by their making («共有7所新建中小学投入使用») are a flow, whatever stands before.
  if (MADE.test(work.slice(c.q.end, c.clause.end))) return { kind: 'flow' };
  const verb = nearestWord(work, c.q, [c.segment, c.clause, c.sentence], VERBS, { before: true });
  return { kind: verb?.hit.says ?? 'stock' };
}

/** The period a quantity's own words state. */
export function readPeriod(
  work: string,
  dates: readonly DateMention[],
  c: PeriodContext,
): FactPeriod {
  const { kind, per } = kindOf(work, c);
  if (kind === 'stock') return { kind, from: null, to: c.date };
  const bounds = flowBounds(work, dates, c);
  if (kind === 'flow') return { kind, ...bounds };
  // A rate holds from the start its clause states («2023年起»), up to a plan's horizon.
  return {
    kind,
    from: bounds.from,
    to: c.status === 'target' ? c.date : null,
    per: per ?? 'year',
  };
}
