/**
 * The words a sentence states a fact's scope with (on simplified text), and the one way they are
 * read: the word nearest the number, looking first in its own segment, then its clause, then its
 * sentence. Each table lists longer words before the shorter ones they contain ("中小学" before
 * "小学" and "中学"), so the longer wins where both start.
 */
import type { FactLevels, Purpose, ShareBase } from '../lib/domain/schema.ts';
import { clauseAround, type Span } from './text.ts';

/** A word table: each pattern and what it says. */
export type WordTable<T> = readonly (readonly [RegExp, T])[];

/** A word of a table found in the text, with what it says. */
export interface WordHit<T> extends Span {
  says: T;
}

/** School levels, stage by stage and as the runs of stages the reports name. */
export const LEVEL_WORDS: WordTable<FactLevels> = [
  [/各级各类|全学段/, 'all'],
  [/基础教育/, 'basic'],
  // «其中小学41所» is «其中» + «小学».
  [/(?<!其)中小学/, 'primary-secondary'],
  [/义务教育|九年一贯制|九年制/, 'compulsory'],
  [/学前教育|学前|幼儿园|托幼|(?:示范|一类|二类|普惠性?|公办|民办)园/, 'preschool'],
  [/小学|教学点/, 'primary'],
  [/初中|初级中学/, 'junior'],
  [/普通高中|高中|高级中学/, 'senior-high'],
  [/中职|职业学校|职业教育|职校|技工学校/, 'vocational'],
  // «本科及以上学历» is a teacher's qualification, not the level of schooling counted.
  [/高等教育|高校|本科(?!及?以上|学历)|大学/, 'higher'],
  [/中学/, 'secondary'],
];

/** What money is for. */
export const PURPOSE_WORDS: WordTable<Purpose> = [
  [/欠款|欠账|欠债|化债|清欠|补拨|补发|偿还/, 'arrears'],
  // «薄改资金», the fund's short name as reports write it beside «改薄»; «义务教育薄弱环节改善资金»,
  // the weak-link fund's name; «改善农村学校办学条件», its aim (a bare «改善办学条件» heads any
  // school building); «实施改造» (of the schools a finding names below the bar): improving the
  // schools there are, as 改薄 does; a building's renovation alone is building.
  [
    /改薄|薄改|薄弱学校|薄弱环节|能力提升|改善(?:农村|乡村|薄弱)[^，,。；;\d]{0,6}办学条件|实施改造/,
    'weak-school-improvement',
  ],
  [/绩效工资|工资|薪酬/, 'pay'],
  [/公用经费|运转经费/, 'operating-funds'],
  [/补助|补贴|津贴/, 'subsidy'],
  [/表彰|奖励|奖金/, 'awards'],
  [/培训|教科研|教研/, 'training'],
  [/设备|装备|器材|信息化/, 'equipment'],
  [/新建|改扩建|扩建|校建|基建|校舍|建设|扩容|提质工程|建成|学位/, 'school-building'],
  // «优质均衡专项资金»: the drive's own money, as «创建资金».
  [/创建(?:资金|经费)|优质均衡[^，,。；;\d]{0,4}(?:资金|经费)/, 'quality-drive'],
];

/** What a share is of: the counted noun before «占比», «比例», «率», or after «N%的». */
export const BASE_WORDS: WordTable<ShareBase> = [
  [/校舍/, 'school-buildings'],
  [/幼儿园|(?:示范|一类|二类|普惠性?|公办|民办)园/, 'kindergartens'],
  [/校长|干部|校级领导/, 'leaders'],
  // Those who rotate or are sent to teach are teachers: «交流到乡村学校的比例».
  [/教师|老师|骨干|名师|交流|轮岗|支教/, 'teachers'],
  [/学生|在校生|适龄儿童|儿童|入学|巩固率/, 'pupils'],
  [/班级|班额/, 'classes'],
  [/指标|招生计划/, 'admission-quotas'],
  [/岗位|职数/, 'posts'],
  [/学校/, 'schools'],
];

/** A change stated just before its number: «同比下降20%», «增长1800元», «降低了22.8%». */
export const CHANGE_BEFORE = /(?:增长|增加|提高|提升|上升|下降|降低|减少)了?(?:约|近|超过)?$/;

/** Every hit of a table in work[window), left to right; where two start together the first listed wins. */
export function hitsIn<T>(work: string, window: Span, table: WordTable<T>): WordHit<T>[] {
  const text = work.slice(window.start, window.end);
  const hits: WordHit<T>[] = [];
  for (const [re, says] of table)
    for (const m of text.matchAll(new RegExp(re.source, 'gu')))
      hits.push({ start: window.start + m.index, end: window.start + m.index + m[0].length, says });
  const sorted = hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // A hit inside a longer one ("小学" in "中小学") is part of it.
  return sorted.filter((h, i) => !sorted.slice(0, i).some((o) => o.end >= h.end));
}

/** How far a hit is from the quantity: a word after the number counts a little further away. */
function distance(hit: Span, q: Span): number {
  if (hit.end <= q.start) return q.start - hit.end;
  return hit.start >= q.end ? hit.start - q.end + 0.5 : 0;
}

/** How a table is read around a quantity. */
interface NearestOptions {
  /** Only words before the number (a verb or a share's noun), or on both sides. */
  before?: boolean;
  /** Stretches that are not to be read (lists of named schools before «等»). */
  skip?: readonly Span[];
}

/**
 * The word of `table` nearest the quantity `q` in the first of `windows` (segment, clause,
 * sentence) that has one, with every hit of that window; null when none has one.
 */
export function nearestWord<T>(
  work: string,
  q: Span,
  windows: readonly Span[],
  table: WordTable<T>,
  options: NearestOptions = {},
): { hit: WordHit<T>; all: WordHit<T>[] } | null {
  const { before = false, skip = [] } = options;
  for (const window of windows) {
    const all = hitsIn(work, window, table).filter(
      (h) =>
        (!before || h.end <= q.start) &&
        skip.every((s) => h.end <= s.start || h.start >= s.end) &&
        (h.end <= q.start || h.start >= q.end),
    );
    const hit = all.reduce<WordHit<T> | null>(
      (best, h) => (best === null || distance(h, q) < distance(best, q) ? h : best),
      null,
    );
    if (hit) return { hit, all };
  }
  return null;
}

// «小学、初中校际综合差异系数分别为0.39、0.30»: a list after «分别», its numbers taking the levels
// named before it one by one. A list of schools counted («小学、初中分别有42所、15所，在校生…») names
// the schools the later clauses speak of, and keeps its levels for them.
const RESPECTIVE_LIST = /^分别[^，,。；;\d]{0,8}\d(?![\d.]*所)[^，,。；;]*?[、和及]/u;

/**
 * The clauses of work from `from` up to the clause `own` that give the levels they name out to a
 * list after «分别»: those levels are the list's, and scope no figure of a later clause («…分别为
 * 0.39、0.30，近三年新建、改扩建学校11所» names no level of the 11 schools) but a later list's
 * («国家标准分别为4.2人、5.3人，该区分别为5.1人、6.4人»): none when the clause `own` is one too.
 */
export function respectiveClauses(work: string, from: number, own: Span): Span[] {
  const listed = (clause: Span, at: number) =>
    clause.end <= own.end && RESPECTIVE_LIST.test(work.slice(at, clause.end));
  const ownAt = work.slice(own.start, own.end).indexOf('分别');
  if (ownAt >= 0 && listed(own, own.start + ownAt)) return [];
  const out: Span[] = [];
  for (const m of work.slice(from, own.start).matchAll(/分别/gu)) {
    const at = from + m.index;
    const clause = clauseAround(work, at);
    if (clause.end <= own.start && listed(clause, at)) out.push(clause);
  }
  return out;
}

/** work[span) without the stretches `cut` (inside it, in order). */
export function withoutSpans(work: string, span: Span, cut: readonly Span[]): string {
  let text = '';
  let at = span.start;
  for (const c of cut) {
    text += work.slice(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  return text + work.slice(at, span.end);
}

/**
 * What makes a level word a school's name: an ordinal («第四»), «实验», or the side of town a
 * school is named for («城东», «城关»; «城区小学» are a kind, not one school) before it.
 */
export const SCHOOL_NAME_MARK = '第[一二三四五六七八九十]+|实验|城[东南西北关]';
// «第二实验小学», «第四初级中学», «城东小学»: a school's name, whose level word names the school, not
// the level of what the sentence counts («…第二实验小学新校区正式投用，新增学位3,240个»).
const NAMED_SCHOOL = new RegExp(`(${SCHOOL_NAME_MARK})(?:小学|初级中学|中学)`, 'gu');

/** The names of schools in work[span) (a level word inside them says no level). */
export function namedSchools(work: string, span: Span): Span[] {
  return [...work.slice(span.start, span.end).matchAll(NAMED_SCHOOL)].map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}

/** `text` with each school's name saying «学校» for its level word («第二实验学校»): a school still. */
export const levelsOutOfNames = (text: string): string => text.replace(NAMED_SCHOOL, '$1学校');
