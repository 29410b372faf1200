/**
 * The reasons the review gives for numbers facts.ts reads as a quantity and then leaves out: their
 * time or scope is one no layer draws, or a layer draws them already.
 */

/** «由20%提高到32%»: a change's starting value with no date of its own. */
export const UNDATED_START = 'the starting value of a change, with no date of its own (由…提高到)';
/** «每年招聘教师200名» of a concept with no per-year layer. */
const YEARLY_RATE = 'a yearly rate (每年, 年均) of a total no layer draws per year';
/** «2021年以来…620人次» of a concept with only a per-year layer. */
const TOTAL_OF_RATE = 'a total over years (2021年以来) of a quantity no layer draws but per year';
/** «新增公办学位2.3万个» at levels its layer of no stated level does not draw. */
const PART_AT_LEVELS =
  'a part (公办学位) at levels its own words state, which its layer of no stated level does not draw';
/** «校舍建设及改薄资金1.2亿元». */
export const TWO_PURPOSES =
  'money for two purposes together (校舍建设及改薄资金), which no layer of one draws';
/** «新增学位6000个，其中新建学校提供3600个»: part-of-whole.ts. */
export const PART_ON_WHOLES_LAYER =
  'a part (其中…) of the figure before it, on its whole’s layer and date, where that whole is drawn';

/**
 * Why a number whose concept has no layer of its own scope is left out (scope-choice.ts gave
 * none): a yearly rate (`rate`), a total over years of a concept drawn per year (`ofRates`), or a
 * part at levels its layer does not state.
 */
export const noLayerReason = (rate: boolean, ofRates: boolean): string =>
  rate ? YEARLY_RATE : ofRates ? TOTAL_OF_RATE : PART_AT_LEVELS;
