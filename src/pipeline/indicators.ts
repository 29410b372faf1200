/**
 * Which indicator a quantity measures. Candidates are the catalogue entries that accept the
 * quantity's measure word; among them the one whose keyword sits nearest the number wins (at one
 * distance, the longer keyword), looking first in the quantity's own segment, then its clause,
 * then its sentence.
 */
import type { Fact } from '../lib/domain/schema.ts';
import { kindsPointedTo, referredFacts } from './back-reference.ts';
import type { IndicatorEntry } from './catalogue.ts';
import type { Quantity } from './quantity.ts';
import { levelsOutOfNames, respectiveClauses, withoutSpans } from './scope-words.ts';
import { lastSemicolon, saidOfWhole } from './figure-words.ts';
import { clauseAround, type Span } from './text.ts';

/** An indicator entry with its patterns compiled once. */
export interface IndicatorMatcher {
  entry: IndicatorEntry;
  counters: Set<string>;
  keywords: RegExp[];
  unless: RegExp[];
  within: RegExp[];
  unlessSentence: RegExp[];
}

/**
 * Measure words that count the same thing: people are counted in 人 and 名 alike («教师326名»,
 * «教师326人»), so an entry that names one accepts both.
 */
const SAME_AS: Readonly<Record<string, string>> = { 名: '人' };
const counterClass = (counter: string): string => SAME_AS[counter] ?? counter;

/** Measure words of numbers that are not counts: a bare coefficient, a share, a ratio. */
const NOT_COUNTS = new Set(['', '%', ':']);

/**
 * Whether an entry accepts the quantity's measure word. A magnitude written with 万 or 亿 and no
 * measure word («新增学位1.2万+», «在校生9.8万»), or in words («在校生超过百万»), counts what its
 * keyword names, in that thing's own measure word: never a coefficient, a share or a ratio.
 */
function acceptsCounter(m: IndicatorMatcher, q: Quantity): boolean {
  if (m.counters.has(counterClass(q.counter))) return true;
  return (
    q.counter === '' &&
    (q.numeral === 'chinese' || /[万亿]/u.test(q.raw)) &&
    ![...m.counters].some((c) => NOT_COUNTS.has(c))
  );
}

export function compileIndicators(entries: IndicatorEntry[]): IndicatorMatcher[] {
  return entries.map((entry) => ({
    entry,
    counters: new Set(entry.match.counters.map(counterClass)),
    keywords: entry.match.keywords.map((k) => new RegExp(k, 'gu')),
    unless: (entry.match.unless ?? []).map((k) => new RegExp(k, 'u')),
    within: (entry.match.within ?? []).map((k) => new RegExp(k, 'u')),
    unlessSentence: (entry.match.unlessSentence ?? []).map((k) => new RegExp(k, 'u')),
  }));
}

/** How near a keyword sits to the number, and how much of the text it names. */
interface Nearness {
  d: number;
  length: number;
}

/** The nearer of two keyword hits; at one distance the longer, more specific, one. */
const nearer = (a: Nearness, b: Nearness): Nearness =>
  a.d < b.d || (a.d === b.d && a.length > b.length) ? a : b;

const NOWHERE: Nearness = { d: Infinity, length: 0 };

/**
 * Where keywords do not speak of a number: outside its clause, the later items' leads, and an
 * earlier figure's own name.
 */
interface Limits {
  clause: Span;
  sentence: Span;
  /** From each «、» after the number to the figure after it: the words that lead a later item. */
  laterItems: Span[];
  /** The items of a «；» list before the number's: their keywords are their own figures'. */
  earlierItems: Span;
  /**
   * Whether the number's own item names its kind of school («、普通高中5所», «，幼儿园297所»), not
   * only a level.
   */
  named: boolean;
  /** For a part after «其中», the clauses between its whole's figure and it: said of the whole. */
  ofWhole: Span;
}

function distance(work: string, re: RegExp, window: Span, q: Quantity, limits: Limits): Nearness {
  const text = work.slice(window.start, window.end);
  let best = NOWHERE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = window.start + m.index;
    const end = start + m[0].length;
    // A keyword after the number speaks of it only within its clause: «其中研究生学历的超过三成;
    // …骨干教师占交流总数的25%» — the later clause's words are about the 25%, not the 三成.
    if (start >= limits.clause.end) continue;
    // Nor a keyword of an earlier item of a «；» list: «仍有3所小学…低于…标准；城区2所初中存在大班额».
    if (start >= limits.earlierItems.start && end <= limits.earlierItems.end) continue;
    // Nor what the clauses after a part's whole say of that whole: in «招聘教师318名，全部分配到
    // 乡村学校，其中音体美教师64名» the 64 are recruits, not a count of those placed in rural schools.
    if (start >= limits.ofWhole.start && end <= limits.ofWhole.end) continue;
    // Nor when it leads a later item of a list: in «新建学校6所、改扩建学校21所» the «改扩建»
    // names the 21, in «小学41所、初中15所、九年一贯制学校8所» the «九年一贯制学校» the 8; in
    // «按小学720元、初中940元的标准拨付生均公用经费» the name after both is theirs.
    if (limits.laterItems.some((i) => start >= i.start && start < i.end)) continue;
    // Nor, when the number's item names its own kind, when it names an earlier figure of its
    // sentence, right before it: in «九年一贯制学校12所、普通高中5所» the «九年一贯制学校» is the 12's,
    // not the 5's, in «…，九年一贯制学校11所，幼儿园297所» not the 297's; in «班额分别控制在不超过45人、
    // 50人» the 50 has no name of its own.
    const glued = end < q.start && end >= limits.sentence.start && /\d/u.test(work[end] ?? '');
    if (glued && limits.named) continue;
    // Keywords after the number ("123个…督学责任区") count, a little further away than before it.
    const d = end <= q.start ? q.start - end : start >= q.end ? start - q.end + 0.5 : 0;
    best = nearer(best, { d, length: m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

/** Money named by its own fund just before it: «资金1300万元», «经费逾两千万元». */
const OWN_FUND = /(?:资金|经费)[逾近约达共计]{0,2}$/u;

/**
 * Whether a sum of money names its fund in its own clause («安排营养改善计划资金1300万元»): then
 * the purpose words of the sentence's other clauses («改薄») are another sum's, and only an
 * indicator of money of no stated purpose may be read from them.
 */
function namesItsFund(work: string, q: Quantity, clause: Span): boolean {
  return q.counter === '元' && OWN_FUND.test(work.slice(clause.start, q.start));
}

/** Whether an indicator draws money of one stated purpose (改薄, school building, pay…). */
const statesPurpose = (entry: IndicatorEntry): boolean =>
  entry.scope.purpose !== undefined &&
  entry.scope.purpose !== null &&
  entry.scope.purpose !== 'unstated';

// The words that lead a number's item of a list, after its «、»; those that only name a level;
// and a kind of school of its own («普通高中», «九年一贯制学校»), left when the level words go.
const ITEM_LEAD = /、([^、\d]*)$/u;
// «…，幼儿园297所»: an item of a list whose items are clauses, its clause only its name.
const CLAUSE_ITEM = /^([^、\d]{1,8})$/u;
const LEVEL_WORDS = /^(?:其中)?(?:小学|初中)$/u;
const NAMED_KIND = /(?:学校|中学|高中|小学|初中|幼儿园|教学点)$/u;

/** Kinds of school a later clause names («67所义务教育学校», «新建幼儿园3所»). */
const SCHOOLS_NAMED = /[^，,。；;、\d]{0,6}(?:学校|幼儿园)/gu;

// «平均班额分别降至41.3人、45.6人（国家标准为小学不超过45人…）»: the bracket quotes the standard's
// bars (exclusions.ts leaves them out), and says nothing of the scope of the figures before it.
const BARS_IN_BRACKETS = /[（(][^（）()]*标准[^（）()]*[）)]/gu;

// «组建教育集团8个，覆盖中小学27所；新增学位1450个»: the schools a group reaches are its reach, not
// the scope of the figures after it.
const REACH = /(?:覆盖|纳入|涵盖|辐射)[^，,。；;\d]{0,8}/gu;

// A clause that gives the rate the next clause pays by: «按照每人每月300元至500元的标准».
const RATE_CLAUSE = /^[^，,。；;]*按照?[^，,。；;]*(?:每人|每生)[^，,。；;]*标准$/u;

/**
 * The words of a sentence that state a quantity's scope: all up to its clause's end but the
 * standard's bars in brackets, schools' names, and the reach of groups and the «分别» lists of
 * earlier clauses, and of the later clauses
 * only the kinds of school they name, and the next clause a rate's clause pays by. A
 * later clause's other scope words speak of its own figure: in «新增学位3200个，区内小学平均班额
 * 降至42人» the «小学» is the class size's.
 */
function scopeWords(work: string, sentence: Span, clause: Span): string {
  const later = work.slice(clause.end, sentence.end).match(SCHOOLS_NAMED) ?? [];
  const before = { start: sentence.start, end: clause.start };
  const lists = respectiveClauses(work, sentence.start, clause);
  const earlier = withoutSpans(work, before, lists).replace(REACH, '');
  // «按照每人每月300元的标准，向…发放生活补助»: a rate's clause names what the next one pays.
  const paid = RATE_CLAUSE.test(work.slice(clause.start, clause.end))
    ? work.slice(clause.end, clauseAround(work, clause.end + 1).end)
    : '';
  const said = [earlier + work.slice(clause.start, clause.end) + paid, ...later].join('，');
  return levelsOutOfNames(said.replace(BARS_IN_BRACKETS, ''));
}

/**
 * The best indicator for a quantity, or null when no catalogue entry describes it. The sentence's
 * scope words ("义务教育", "幼儿园") decide between indicators that count the same thing at
 * different school levels, so one indicator never holds two scopes.
 */
export function matchIndicator(
  matchers: IndicatorMatcher[],
  work: string,
  q: Quantity,
  windows: Span[],
  sentence: Span,
): IndicatorEntry | null {
  // The windows go from narrow to wide; the second is the quantity's clause.
  const clause = windows[1] ?? windows[0] ?? sentence;
  const said = scopeWords(work, sentence, clause);
  const fits = matchers.filter(
    (m) =>
      acceptsCounter(m, q) &&
      (m.within.length === 0 || m.within.some((re) => re.test(said))) &&
      !m.unlessSentence.some((re) => re.test(said)),
  );
  // A «、» inside a list of nouns («近百所中小学、幼儿园全部纳入集团») is followed by no figure,
  // and leads no item.
  const ownFund = namesItsFund(work, q, clause);
  const rest = work.slice(q.end, clause.end);
  const lead = work.slice(clause.start, q.start);
  const limits: Limits = {
    clause,
    sentence,
    earlierItems: { start: sentence.start, end: sentence.start + lastSemicolon(work, sentence, q) },
    ofWhole: saidOfWhole(work, sentence, clause, q),
    named: NAMED_KIND.test(
      (ITEM_LEAD.exec(lead) ?? CLAUSE_ITEM.exec(lead))?.[1]?.replace(LEVEL_WORDS, '') ?? '',
    ),
    laterItems: [...rest.matchAll(/、[^、\d]*(?=\d)/gu)].map((m) => ({
      start: q.end + m.index,
      end: q.end + m.index + m[0].length,
    })),
  };
  for (const window of windows) {
    const text = work.slice(window.start, window.end);
    const beyondClause = window.start < clause.start || window.end > clause.end;
    // «每百名学生拥有县级以上骨干教师数：小学1.3人»: both «骨干教师» and the ratio's whole name end
    // as near the number; the longer names it.
    let best: { entry: IndicatorEntry; at: Nearness } | null = null;
    for (const m of fits) {
      if (m.unless.some((re) => re.test(text))) continue;
      if (ownFund && beyondClause && statesPurpose(m.entry)) continue;
      const at = m.keywords
        .map((re) => distance(work, re, window, q, limits))
        .reduce(nearer, NOWHERE);
      if (at.d < Infinity && (best === null || nearer(at, best.at) !== best.at))
        best = { entry: m.entry, at };
    }
    if (best) return best.entry;
  }
  return null;
}

/**
 * The indicator of a quantity, as `matchIndicator` reads it. When its clause points back to a
 * quantity named before («这一比例», «该项指标») and names none itself, that of the latest of
 * `earlier` (the facts already read from the document) in its paragraph of the kind it points to
 * whose measure word it carries, else null.
 */
export function readIndicator(
  matchers: IndicatorMatcher[],
  work: string,
  q: Quantity,
  windows: Span[],
  sentence: Span,
  earlier: readonly Fact[],
): IndicatorEntry | null {
  const kinds = kindsPointedTo(work, windows[1] ?? sentence, q.start);
  if (kinds === null) return matchIndicator(matchers, work, q, windows, sentence);
  // Words that point back say the quantity is named elsewhere: the earlier clauses' words name
  // other figures («招聘体育教师15名，目前该项指标已提高到0.93人»), only its clause's are its own.
  const own = matchIndicator(matchers, work, q, windows.slice(0, 2), sentence);
  if (own !== null) return own;
  for (const fact of referredFacts(earlier, work, q.start)) {
    const m = matchers.find((x) => x.entry.id === fact.indicator);
    if (m !== undefined && kinds.has(m.entry.kind) && acceptsCounter(m, q)) return m.entry;
  }
  return null;
}
