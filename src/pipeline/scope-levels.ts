/**
 * The school levels a fact's own sentence names: the level word nearest the number, joined with
 * the words listed with it («中小学、幼儿园» → basic; «小学和初中» → compulsory).
 */
import type { FactLevels } from '../lib/domain/schema.ts';
import { opensChange } from './dates.ts';
import { itemHeading } from './item-heading.ts';
import { ARABIC_NUMBER } from './quantity.ts';
import { problemAnswered } from './rectification.ts';
import {
  LEVEL_WORDS,
  namedSchools,
  nearestWord,
  respectiveClauses,
  type WordHit,
} from './scope-words.ts';
import { clauseAround, lastStatementStart, type Span } from './text.ts';

/** The stages each level covers; a list of levels is the smallest level covering them all. */
const STAGES: Record<Exclude<FactLevels, 'unstated'>, readonly string[]> = {
  preschool: ['preschool'],
  primary: ['primary'],
  junior: ['junior'],
  'senior-high': ['senior'],
  vocational: ['vocational'],
  higher: ['higher'],
  compulsory: ['primary', 'junior'],
  secondary: ['junior', 'senior'],
  'primary-secondary': ['primary', 'junior', 'senior'],
  basic: ['preschool', 'primary', 'junior', 'senior'],
  all: ['preschool', 'primary', 'junior', 'senior', 'vocational', 'higher'],
};
/** Narrowest first, so the first level covering a list is the smallest. */
const BY_SIZE = (Object.keys(STAGES) as (keyof typeof STAGES)[]).sort(
  (a, b) => STAGES[a].length - STAGES[b].length,
);

// What may stand between two levels of one list: «、», «和», «及», «与», «以及», or nothing
// («中小学幼儿园»); «中小学校、幼儿园» ends its first item with «校». In a list of items counted
// («中小学校6所、幼儿园4所») each item's count stands before the «、» too.
const JOINS = /^校?(?:[、和及与或/]|以及)?$/;
const COUNTED_JOINS = /^校?(?:[\d.]+万?[所个])?(?:[、和及与或/]|以及)?$/;

/** The smallest level that covers every level of a list. */
export function coveringLevel(levels: readonly FactLevels[]): FactLevels {
  const stages = new Set(levels.flatMap((l) => (l === 'unstated' ? [] : STAGES[l])));
  if (stages.size === 0) return 'unstated';
  return BY_SIZE.find((l) => [...stages].every((s) => STAGES[l].includes(s))) ?? 'all';
}

/**
 * The hits listed together with `hit`: its neighbours joined to it by a list's punctuation, and
 * with `counted`, items of a list of counts.
 */
function listAround(
  work: string,
  hit: WordHit<FactLevels>,
  all: WordHit<FactLevels>[],
  counted = false,
) {
  const i = all.indexOf(hit);
  const joins = counted ? COUNTED_JOINS : JOINS;
  const joined = (a: Span, b: Span) => joins.test(work.slice(a.end, b.start));
  let first = i;
  while (first > 0 && joined(all[first - 1] as Span, all[first] as Span)) first--;
  let last = i;
  while (last < all.length - 1 && joined(all[last] as Span, all[last + 1] as Span)) last++;
  return all.slice(first, last + 1);
}

// The verb a list of examples follows: «建成甲小学、乙学校等13所», «推动甲中学等优质学校».
const LIST_VERB = /新建|改扩建|扩建|建成|推动|包括|如|有/g;

/**
 * Schools named before «等» («甲小学、乙学校等13所学校», «新建某市第三初级中学等学校5所») are
 * examples, not a level: each such list, from its verb (or its clause's start) to «等», is not read.
 */
function namedExamples(work: string, sentence: Span): Span[] {
  const out: Span[] = [];
  for (const m of work.slice(sentence.start, sentence.end).matchAll(/等/g)) {
    const at = sentence.start + m.index;
    const clause = clauseAround(work, at);
    const verbs = [...work.slice(clause.start, at).matchAll(LIST_VERB)];
    const last = verbs.at(-1);
    const start = last ? clause.start + last.index + last[0].length : clause.start;
    out.push({ start, end: at + 1 });
  }
  return out;
}

// «（不含教学点）», «（包括九年一贯制学校）»: a note on what a count takes in or leaves out.
const COUNTED_NOTE = /[（(](?:不含|不包括|含|包括)[^（）()]*[）)]/gu;

/**
 * Notes in brackets on what a count includes or leaves out: «全市共有义务教育学校1126所（不含
 * 教学点），在校学生87.4万人» names no level by its «教学点»; each note is not read.
 */
function countedNotes(work: string, sentence: Span): Span[] {
  return [...work.slice(sentence.start, sentence.end).matchAll(COUNTED_NOTE)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
}

const NUMBER = new RegExp(ARABIC_NUMBER, 'g');

/**
 * «小学、初中…分别为0.42、0.36»: the k-th number of a list after «分别» takes the k-th of the levels
 * its sentence names before it. Null when the quantity is not in such a list, or the levels
 * named before are fewer than its numbers.
 */
function respectiveLevel(
  work: string,
  q: Span,
  sentence: Span,
  skip: readonly Span[],
): FactLevels | null {
  const clause = clauseAround(work, q.start, q.end);
  // Looked for in the clause only, so a long document is not scanned back for every number.
  const within = work.slice(clause.start, q.start).lastIndexOf('分别');
  if (within < 0) return null;
  const at = clause.start + within;
  // A bracket after the list («（国家标准为小学不超过45人、初中不超过50人）») is not of it.
  const list = work.slice(at, clause.end).split(/[（(]/u)[0] ?? '';
  const numbers = [...list.matchAll(NUMBER)];
  const k = numbers.findIndex((m) => at + m.index === q.start);
  if (k < 0) return null;
  const named = nearestWord(work, q, [{ start: sentence.start, end: at }], LEVEL_WORDS, { skip });
  const levels = (named?.all ?? []).map((h) => h.says).filter((l, i, all) => l !== all[i - 1]);
  const listed = levels.slice(-numbers.length);
  return listed.length === numbers.length ? (listed[k] ?? null) : null;
}

// A clause that opens a statement of its own does not take a level from an earlier clause: one
// whose subject is its own kind of school («农村寄宿制学校按照…», a school noun before any verb)
// or that states its own time («三年来多渠道补充…», «近三年新建…»).
const OWN_SUBJECT = /^[^、]*?(?:学校|院校)/;
const OWN_TIME = /\d{4}年|年来|以来|期间|近[\d一二两三四五六七八九十]+年/;
const VERB = /新建|改扩建|建成|新增|投入|投资|安排|拨付|发放|为|向|对/;
const CHANGE_START = /^.(?:\d{4}年|去年|上年|前年)(?:底|末)?的/u;

/** Whether the words of a clause before its number open a statement of their own. */
function opensStatement(lead: string): boolean {
  // «其中…» counts a part of what the clause before counts.
  if (lead.startsWith('其中')) return false;
  // «城区小学平均班额，从2019年的58人降到今年的43人»: the year a change starts from is the
  // starting value's, not a time the clause states for a statement of its own.
  const own = opensChange(lead[0]) ? lead.replace(CHANGE_START, '') : lead;
  const subject = OWN_SUBJECT.exec(own);
  return OWN_TIME.test(own) || (subject !== null && !VERB.test(subject[0]));
}

/** Where a quantity sits: its segment (facts.ts), clause and sentence, and whether it is money. */
export interface LevelPlace {
  segment: Span;
  clause: Span;
  sentence: Span;
  money: boolean;
}

/** The part of the sentence a level may carry from: not past a «；» before the clause. */
function carrySpan(work: string, place: LevelPlace): Span {
  const before = work.slice(place.sentence.start, place.clause.start);
  return { start: place.sentence.start + lastStatementStart(before), end: place.clause.start };
}

/**
 * The clause after the quantity's one, if it states a figure: what money bought. Not a clause of
 * «其中…»: «教育经费投入28.7亿元，其中义务教育学校建设资金4.35亿元» names a part of the money.
 */
function purchaseClause(work: string, place: LevelPlace): Span | null {
  if (!place.money || !/[,，]/.test(work[place.clause.end] ?? '')) return null;
  const next = clauseAround(work, place.clause.end + 1);
  const said = work.slice(next.start, next.end);
  return /\d/.test(said) && !said.startsWith('其中') ? next : null;
}

/**
 * The levels a quantity's own words name, or "unstated": the level word nearest the number in
 * its segment, else its clause, with the words listed with it. Failing those, a level an earlier
 * clause of its sentence (not past a «；») names carries to it, as in «全县有义务教育阶段学校53所，
 * 在校学生11172人», unless its clause opens a statement of its own; money also takes the level
 * of the clause that says what it bought («总投资79.36亿元，新建改扩建中小学幼儿园277所»). In a
 * list after «分别» each number takes its own level.
 */
export function readLevels(work: string, q: Span, place: LevelPlace): FactLevels {
  const skip = [
    ...namedExamples(work, place.sentence),
    ...countedNotes(work, place.sentence),
    ...namedSchools(work, place.sentence),
  ];
  const respective = respectiveLevel(work, q, place.sentence, skip);
  skip.push(...respectiveClauses(work, place.sentence.start, place.clause));
  if (respective !== null) return respective;
  const lead = work.slice(place.clause.start, q.start);
  const windows = [place.segment, place.clause];
  if (!opensStatement(lead)) windows.push(carrySpan(work, place));
  // «整改：…» takes the levels of the problem it answers when its own words state none.
  windows.push(...problemAnswered(work, place.sentence));
  const bought = purchaseClause(work, place);
  if (bought) windows.push(bought);
  const found = nearestWord(work, q, windows, LEVEL_WORDS, { skip });
  const heading = found === null && place.money ? itemHeading(work, q.start) : null;
  const item = heading && nearestWord(work, q, [heading], LEVEL_WORDS);
  if (item) return coveringLevel(listAround(work, item.hit, item.all).map((h) => h.says));
  if (found === null) return 'unstated';
  // Money takes the levels of all that an earlier clause counts, each item with its count
  // («新建中小学校6所、幼儿园4所，…，计划总投资1.86亿元»); a count takes the level of its own item.
  const earlier = found.hit.end <= place.clause.start;
  if (place.money && earlier)
    return coveringLevel(listAround(work, found.hit, found.all, true).map((h) => h.says));
  const carried = earlier ? clauseAround(work, found.hit.start) : null;
  const listed =
    carried !== null && !countsAlike(work, q, carried)
      ? found.all.filter((h) => h.start >= carried.start && h.end <= carried.end)
      : listAround(work, found.hit, found.all);
  return coveringLevel(listed.map((h) => h.says));
}

/**
 * Whether an earlier clause counts what the quantity counts, in its measure word («新建小学6所、
 * 初中3所，改扩建学校9所»): its levels are its own items'. Else a level it carries is all it lists:
 * «…面积小学4.5平方米、初中5.8平方米的标准，仍有9所学校未达标» counts schools of both levels the
 * bar is stated for, not of the level written last.
 */
function countsAlike(work: string, q: Span, clause: Span): boolean {
  const counter = work.slice(q.start, q.end).replace(/^[\d.,万亿]+/u, '');
  const said = work.slice(clause.start, clause.end);
  return (
    counter !== '' && [...said.matchAll(/\d/gu)].some((m) => said.startsWith(counter, m.index + 1))
  );
}
