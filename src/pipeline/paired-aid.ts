/**
 * Paired aid (对口支援, 援藏, 援疆, 东西部协作): a province or city elsewhere in China supports the
 * report's county. What the aider sends or owns is the aider's («上海市每年选派援藏教师不少于40名»,
 * «上海15个区的63所中小学»); what it builds or pays for in the county is the county's («累计投入
 * 教育援藏资金3.6亿元»), and so is everything else in the clause. The aider is never carried to
 * the clauses after it.
 */
import type { PlaceName } from './place-names.ts';
import type { Span } from './text.ts';

/** A province's or prefecture's name (or alias), as it finds the region in text. */
export interface AiderName {
  name: string;
  code: string;
}

/** Words of paired aid in a sentence: without them a place elsewhere is only mentioned. */
const AID = /援|对口|帮扶|结对|协作|支教/u;
/** The aider sends its own people: «选派援藏教师», «派出支教教师». */
const SENDS = /选派|派出|派遣|输送/u;
/** The aider owns what is counted: «上海15个区的63所» (not «上海援建的…», «为…的»: the county's). */
const OWNS = /^[^，,。；;援帮为助建]{0,10}的$/u;

/** The province digits of a GB/T 2260 code, or null for a group («cq-metro»). */
const provinceDigits = (code: string): string | null =>
  /^\d{6}$/.test(code) ? code.slice(0, 2) : null;

/**
 * The aider a quantity at `at` belongs to, or null: a province or prefecture outside `context`'s
 * province, named in the quantity's clause before it, in a sentence about aid, that sends what is
 * counted (a verb of sending between its name and the number) or owns it («…的» right before).
 * `names` are longest first, so «上海市» is read before «上海».
 */
export function aiderOf(
  names: readonly AiderName[],
  work: string,
  clause: Span,
  sentence: Span,
  at: number,
  context: string,
): string | null {
  if (!AID.test(work.slice(sentence.start, sentence.end))) return null;
  const home = provinceDigits(context);
  const before = work.slice(clause.start, at);
  for (const { name, code } of names) {
    const found = before.indexOf(name);
    if (found < 0 || provinceDigits(code) === home) continue;
    const between = before.slice(found + name.length);
    // «上海实验学校» names a school, not the aider acting.
    if (/^[^，,。；;]{0,2}(?:学校|中学|小学|实验)/u.test(between)) continue;
    return SENDS.test(between) || OWNS.test(between) ? code : null;
  }
  return null;
}

/** Words of aiding a place, right before its name: «对口支援久治县», «助力久治县». */
const AIDS = /对口支援|支援|帮扶|助力|援助|援建|结对/gu;

/** The places `work[body]` aids: named right after a word of aid («对口支援久治县», «助力久治县»). */
export function aidedIn(names: readonly PlaceName[], work: string, body: Span): Set<string> {
  const out = new Set<string>();
  for (const m of work.slice(body.start, body.end).matchAll(AIDS)) {
    const at = body.start + m.index + m[0].length;
    // Longest first: «久治县» before «久治».
    const code = names.find((n) => n.codes.length === 1 && work.startsWith(n.name, at))?.codes[0];
    if (code !== undefined) out.add(code);
  }
  return out;
}

/**
 * The places of other provinces `work[body]` aids: a district's reply on its paired county
 * reports the county's figures beside its own, and those of a clause naming it are the county's.
 */
export function aidedElsewhere(
  names: readonly PlaceName[],
  work: string,
  body: Span,
  subject: string,
): Set<string> {
  const home = provinceDigits(subject);
  return new Set([...aidedIn(names, work, body)].filter((c) => provinceDigits(c) !== home));
}

/** Funds named as aid: «教育帮扶资金», «援藏资金», «对口支援资金». */
const AID_FUNDS = /(?:帮扶|援藏|援疆|援青|支援|协作)资金/u;
/** The aider sends people there: «选派…骨干教师赴久治县支教». */
const SENT_TO = /^[^，,。；;]*?(?:赴|到|前往)$/u;
/** The aider's own schools paired with the place's: «15所嘉定学校与久治县…结对». */
const OWN_SCHOOLS_PAIRED = /^[\d.]+所[^，,。；;\d]{0,6}(?:学校|中小学)与$/u;

/**
 * The region a figure of a report by an aider belongs to, or null for the usual reading: aid
 * funds it invests («我区计划再投入教育帮扶资金1,200万元») are the one place it aids elsewhere's,
 * as what an aider pays for in a county is the county's; people it sends to a place it aids
 * («选派不少于10名骨干教师赴久治县支教») and its schools paired with the place's («15所嘉定学校与
 * 久治县全部17所中小学…结对») are its own (`context`).
 */
export function aidedOf(
  aided: ReadonlySet<string>,
  names: readonly PlaceName[],
  work: string,
  clause: Span,
  at: number,
  context: string,
): string | null {
  if (aided.size === 0) return null;
  const text = work.slice(clause.start, clause.end);
  if (AID_FUNDS.test(text) && aided.size === 1) return [...aided][0] as string;
  const sends = SENDS.test(work.slice(clause.start, at));
  const after = work.slice(at, clause.end);
  for (const { name, codes } of names) {
    const i = after.indexOf(name);
    if (i < 0 || !codes.some((c) => aided.has(c))) continue;
    const lead = after.slice(0, i);
    if ((sends && SENT_TO.test(lead)) || OWN_SCHOOLS_PAIRED.test(lead)) return context;
  }
  return null;
}
