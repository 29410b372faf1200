/**
 * Counts of regions. A report counts places in passing («全省69个县», «12个县市»): no figure. The
 * counties that pass an assessment («5个县（市、区）通过省级评估») are one, unless they are those
 * of a wider area than the report's («全省69个县…», «广东省共有11个县…通过评估» in a county's
 * report), or all those among which a later number passed («11个区县中已有7个通过…»); «全国» is no wider area for a text that speaks for the whole country («全国已有…个县
 * （市、区）通过…认定» in a national paper).
 */

/** The words around a count that tell a count of places from counties passing. */
export interface CountWords {
  /** The count's measure word («个»). */
  counter: string;
  /** The ten characters after the count. */
  after: string;
  /** Its clause's words before and after it, and its sentence's earlier clauses. */
  clauseBefore: string;
  clauseAfter: string;
  earlierClauses: string;
}

/** What a count of places counts: «个县», «个区县», «个主城区». */
const PLACES_COUNTED = /^(?:主城|中心城|市辖)?(?:县|区|市|旗|乡|镇|省|州|地市|区县|县市|市县|市州)/;
const WIDER = /全省|全国|全自治区|[\u4e00-\u9fa5]{2,3}省(?!级)/u;
const PASSING = /^[^，,。；;\d一二三四五六七八九十]{0,8}通过[^，,。；;]{0,20}(?:评估|验收|认定)/;

/**
 * Whether a number is a count of places and no figure; `national` when the document speaks for
 * the whole country. A count the vocabulary's words of counted places lead up to (`figures`:
 * «夷陵区、枝江市通过…评估，全市累计达到4个县», the running total of those that passed) is a figure.
 */
export function isRegionCount(w: CountWords, national: boolean, figures: RegExp | null): boolean {
  const own = national ? w.clauseBefore.replace(/全国/gu, '') : w.clauseBefore;
  return (
    w.counter === '个' &&
    PLACES_COUNTED.test(w.after) &&
    !(PASSING.test(w.clauseAfter) && !WIDER.test(own)) &&
    !(figures?.test(w.earlierClauses + w.clauseBefore) ?? false)
  );
}
