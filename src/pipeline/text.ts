/** Sentence and clause boundaries on the work text (pure string scanning, offsets preserved). */

/** A half-open span [start, end) of a text. */
export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?\n]/;
// A colon between digits is a ratio ("1:1"), and a comma before three digits a thousands
// separator ("3,240个"): neither is a clause break.
// A text table's cells («小学  42所  在校生23,416人») are set apart by ideographic spaces, tabs or
// a run of spaces: each cell is a clause, so no number takes the next column's label.
const CLAUSE_END = /[。！？!?\n,，;；:：\t\u3000]/;
const THOUSANDS = /^\d{3}(?!\d)/;

function isBreak(text: string, i: number, re: RegExp): boolean {
  const ch = text[i] ?? '';
  if (ch === ' ' && re === CLAUSE_END) return text[i - 1] === ' ' || text[i + 1] === ' ';
  if (!re.test(ch)) return false;
  if (ch === ':' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false;
  if (ch === ',' && /\d/.test(text[i - 1] ?? '') && THOUSANDS.test(text.slice(i + 1, i + 5)))
    return false;
  return true;
}

function around(text: string, from: number, to: number, re: RegExp): Span {
  let start = from;
  while (start > 0 && !isBreak(text, start - 1, re)) start--;
  let end = to;
  while (end < text.length && !isBreak(text, end, re)) end++;
  return { start, end };
}

/** The sentence containing [from, to). */
export const sentenceAround = (text: string, from: number, to = from): Span =>
  around(text, from, to, SENTENCE_END);

/** The clause containing [from, to): between commas, semicolons and sentence ends (not 、, which joins enumerations). */
export const clauseAround = (text: string, from: number, to = from): Span =>
  around(text, from, to, CLAUSE_END);

/** Every sentence of text[from, to) that has any non-blank character. */
export function sentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || isBreak(text, i, SENTENCE_END)) {
      if (text.slice(start, i).trim() !== '') out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Shrink a span past leading and trailing blanks and clause punctuation, so quotes read cleanly. */
export function trimSpan(text: string, span: Span): Span {
  const junk = /[\s,，;；、:：。]/;
  let { start, end } = span;
  while (start < end && junk.test(text[start] ?? '')) start++;
  while (end > start && junk.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Where the paragraph (the line) that the character before `at` is in starts. */
export const paragraphStart = (work: string, at: number): number =>
  work.lastIndexOf('\n', at - 1) + 1;

/** The paragraph around an offset, not reaching back before its section's start. */
export function paragraphAround(work: string, at: number, sectionStart: number): Span {
  const next = work.indexOf('\n', at);
  return {
    start: Math.max(paragraphStart(work, at + 1), sectionStart),
    end: next < 0 ? work.length : next,
  };
}

/**
 * Where the last statement of `words` starts: past its last «；» (or «;»), which closes the
 * statement before; 0 when it has none.
 */
export const lastStatementStart = (words: string): number =>
  Math.max(words.lastIndexOf('；'), words.lastIndexOf(';')) + 1;

// «（一）改善办学条件。», «一是加大投入。», «2. 师资建设：»: an item's label and its few words of heading,
// run into the paragraph they head.
const RUN_IN_HEADING =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|\d+[．.、])[^\d，,。；;：:！？!?\n]{1,16}[。：:]/u;

/**
 * Where a paragraph's own words start: past a run-in heading that opens it («（一）改善办学条件。
 * 2024年，…» opens with its year), else at `paragraphStart`.
 */
export function pastRunInHeading(work: string, paragraphStart: number): number {
  const m = RUN_IN_HEADING.exec(work.slice(paragraphStart, paragraphStart + 40));
  return m === null ? paragraphStart : paragraphStart + m[0].length;
}

/**
 * Whether a span sits inside a short quotation (“…”) on one line: a slogan or a name, not a goal
 * quoted with its horizon («对照“到2027年全市半数县…通过…评估”的目标»).
 */
export function insideQuotes(work: string, q: Span): boolean {
  const open = work.lastIndexOf('“', q.start);
  if (open < 0 || work.lastIndexOf('”', q.start) > open) return false;
  const close = work.indexOf('”', q.end);
  if (close < 0 || close - open > 40 || /\n/.test(work.slice(open, close))) return false;
  return !/^“到\d{4}年/u.test(work.slice(open, q.start)) || !/^”的?目标/u.test(work.slice(close));
}
