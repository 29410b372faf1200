/**
 * Which words of a sentence speak of a figure: those since the «；» that opens its statement (a
 * figure that only says what the quantity before it became keeps the whole sentence), and for a
 * part after «其中» the clauses said of its whole. indicators.ts reads scope words from them.
 */
import type { Quantity } from './quantity.ts';
import { clauseAround, lastStatementStart, type Span } from './text.ts';

/** The verbs of a change a value is reached by («增», «下降», «提升»), before «到» or «至». */
export const CHANGE_VERBS = '增|降|下降|降低|减少|提高|提升|增加|增长|上升|扩大|缩小';

/** Words that end right before the value a change reaches: «降至», «提升到», «增加到了». */
export const REACHES_VALUE = `(?:${CHANGE_VERBS})(?:到|至)了?`;

// A number whose words since the figure or «；» before it only say what the quantity named
// before became: «…专任教师1.32万人；2023年增至1.41万人».
const CARRIED_ON = new RegExp(
  `^(?:(?:\\d{4}年(?:底|末)?|目前|现在|今年|去年)[，,]?)?${REACHES_VALUE}$`,
  'u',
);

/**
 * Where the last «；» of a sentence before a number ends, from the sentence's start; 0 if none, or
 * when the number's own words only say what the quantity named before became (CARRIED_ON).
 */
export function lastSemicolon(work: string, sentence: Span, q: Quantity): number {
  const lead = work.slice(sentence.start, q.start);
  const at = lastStatementStart(lead);
  const since = lead
    .slice(at)
    .replace(/^.*[\d.]+[万亿]?[^\d，,]{0,3}[，,]/u, '')
    .trimStart();
  return CARRIED_ON.test(since) ? 0 : at;
}

/**
 * For a part after «其中», the clauses from the end of the clause that states its whole (the
 * sentence's last figure before the part) up to the part's own clause; an empty span otherwise.
 */
export function saidOfWhole(work: string, sentence: Span, clause: Span, q: Quantity): Span {
  const none = { start: clause.start, end: clause.start };
  if (!/^\s*其中/u.test(work.slice(clause.start, q.start))) return none;
  const lead = work.slice(sentence.start, clause.start);
  const last = Math.max(...[...lead.matchAll(/\d/gu)].map((m) => m.index), -1);
  if (last < 0) return none;
  return { start: clauseAround(work, sentence.start + last).end, end: clause.start };
}
