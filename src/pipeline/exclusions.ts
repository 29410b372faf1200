/**
 * Numbers in the article body that are not quantities about education in a region, each with the
 * reason the coverage report gives. A number that fits none of these and no indicator is reported
 * as unmatched: a gap in the catalogue, not a deliberate omission.
 */
import { narrativeReason } from './narrative-numbers.ts';
import type { Quantity } from './quantity.ts';
import { isRegionCount } from './region-counts.ts';
import { clauseAround, insideQuotes, type Span } from './text.ts';

interface Context {
  q: Quantity;
  before: string;
  after: string;
  sentence: string;
  /** The words of the number's clause before it, and of its sentence's earlier clauses. */
  clauseBefore: string;
  /** The words of the number's clause after it. */
  clauseAfter: string;
  earlierClauses: string;
  inQuotes: boolean;
  /** The document speaks for the whole country: «全国» is its own area, not a wider one. */
  national: boolean;
  /** What the words before a count of places end in when it is a figure (region-counts.ts). */
  placeFigures: RegExp | null;
}

// A standard's bar, quoted for comparison: "应分别达到7.5平方米", "小学应不高于0.50".
const SHOULD = /应(?:当|该)?(?:分别)?(?:达到|不低于|不高于|不少于|不超过|低于|高于|控制在|为|在)/;
// A clause that announces the standard the next one quotes: "按照国家标准，…". Any other
// "按照…要求" («按照“一校一策”的要求，为14所薄弱学校…») frames the place's own work.
const STANDARD_FRAME =
  /(?:(?:按照|根据|对照|依据).{0,12}(?:标准|办法|规定|(?:国家|督导|评估|验收).{0,6}要求)|(?:标准|办法|规定)(?:要求|规定))$/;
// «比上年增减  -2所  在校生-1,138人  专任教师+41人»: a stock is never written with a sign; a sign
// after a digit is a range, a phone number or a scheme's name («1+N»).
const SIGNED = /(?:^|[^\dA-Za-z０-９+＋\-－−])[+＋\-－−]$/u;
// «比上年减少0.9万人», «较去年增加3所», «比前年多了四千多万元»: a difference, which no concept
// counts; a rate of change («比上年增长6.5%») is a concept of its own (spending growth) and is read.
// «比上年各提高20元»: each of the rates listed rose by it.
const YEAR_ON_YEAR =
  /(?:比|较|同比)(?:上年|去年|前年|上一年|前一年|\d{4}年)?(?:同期)?(?:各|均|分别|都)?(?:减少|增加|增长|下降|降低|提高|多|少)了?(?:约|近|逾)?$/;
// «在自治区标准基础上提高了100元», «比国家基准定额高出50元», «比国家标准低0.08»: a difference from
// a base, not the rate or figure.
const OVER_A_BASE =
  /(?:在[^，,。；;]{0,16}基础上|(?:比|较)[^，,。；;]{0,10}(?:标准|基准|定额))(?:各|均|分别|再)?(?:提高|增加|上调|上浮|提升|高出|高|低出|低|降低|下降|减少)了?$/;
// A named school and its building project: «三河镇中心学校改扩建工程», not «全县中小学改扩建工程».
const ONE_SCHOOL_PROJECT =
  /[\u4e00-\u9fa5]{2,8}(?:中心学校|实验学校|(?<!中)小学|中学)(?:改扩建|新建|扩建)工程/u;
// Words that bring the text back to the place's own figures: "我县分别为4.6人".
const OWN_FIGURES = /我(?:县|区|市|州|旗)|本(?:县|区|市)|全(?:县|区|市|州|旗)/;
// A bar the place's figure is set against, named before it: «低于评估办法规定的0.50和0.45»,
// «高于国家基准定额小学650元、初中850元», «达到省定标准», «距离国家标准0.45尚有差距», said aloud
// «离评估标准的1人还差一点».
const COMPARED_WITH =
  /(?:低于|高于|超过|达到|接近|优于|对照|距离?|离)(?:国家|省|自治区|市)?定?(?:评估|督导){0,2}(?:评估办法|办法|标准|基准定额|基准|规定|要求)(?:规定|要求|标准)?的?(?:小学|初中)?$/;
// The items listed before a number: «小学650元、», «0.50和».
const LISTED_BEFORE = /(?:小学|初中)?[\d.]+[^\d、，,。；;和及]{0,3}(?:、|和|及)/g;
// «低于2.3间的标准», «不高于0.50和0.45的要求», «低于0.50、0.45的评估要求»: the bar, or a list of
// bars, a standard sets.
const BAR_NAMED_AFTER =
  /^(?:[^\d，,。；;和及、]{0,3}[和及、](?:小学|初中)?[\d.]+)*[^\d，,。；;和及、]{0,3}的(?:国家|省定?|市)?(?:评估|督导|验收|认定|办法){0,2}(?:标准|要求|上限|下限)/;
// «国家标准为0.50», «省定标准：2.4间»: the bar a standard sets, named with the standard. Not a
// rate the place sets itself («补助标准为每生每天5元»).
// A text table's row headed by a kind of school («九年一贯制  3所  在校生2,148人  专任教师176人»):
// its pupils and teachers are that kind's, a part of the stage's; its count of schools is read.
const KIND_ROW = /^\s*(?:九年一贯制|九年制|十二年一贯制|完全中学)(?:学校)?[\t\u3000 ]/u;
// «“三个一”帮扶（一所学校、一名导师、一个课题）»: brackets after a name with a numeral in it
// spell out the name's parts.
const NAME_SPELT_OUT =
  /“[^“”]*[\d一二两三四五六七八九十百千万]+[^“”]*”[^“”（）()，,。；;]{0,6}[（(][^（）()]*$/u;
// «按照评估要求为14所学校…» is «for»: only a standard is «为» its bar.
const STANDARD_IS =
  /(?:国家|省定?|省级|市定?|评估|督导|验收|认定)(?:标准(?:要求)?(?:为|是|[：:])?|要求[：:]?)$/;
// «（≤0.50）», «（≥4.5平方米）»: a bound in brackets beside the figure is the standard's.
const BOUND_IN_BRACKETS = /[（(][^（）()]*[≤≥＜＞<>]$/;
// «（标准为4.2人、5.3人）», «超过国家标准（4.5平方米、5.8平方米）», «距离国家标准（0.50、0.45）»: the
// standard's bars, given in brackets beside the place's figures, or right after its name.
const STANDARD_IN_BRACKETS =
  /(?:[（(][^（）()]*(?:标准|要求)|(?:标准|要求|规定|基准|定额)[（(])[^（）()]*$/;
// «以徐州市第三十六中学教育集团为例，集团现有成员校7所»: one example's figures.
const AN_EXAMPLE = /以[^，,。；;]{2,30}为例/;
// «按小学720元、初中940元的标准拨付»: the rate the place pays by, its own figure.
const PAYS_BY = /按照?[^，,。；;]*$/;
// «义务教育学位9.5万个，其中小学学位6万个»: a part of the places there are, not places added.
const PLACES_PART = /^其中[^，,；;]*学位(?:达到|达|为|有)?约?$/;
const ADDING = /新增|增加|增|新建|扩|提供|建成|改造|投用|释放|补充|缺口/;
// Money an audit finds allocated but not spent, diverted, idle or withheld («下达…经费5.82亿元», «…
// 用于机关办公楼维修», «仍有745万元未拨付», «少拨付68.3万元»), or a fund's «上级和县本级共安排…».
const ALLOCATED = /下达|下拨|上级和[省市县区]本级共?安排/;
const DIVERTED =
  /^(?:用于(?:机关|办公|车辆|发放(?:教职工)?(?:福利|奖金|津贴))|未拨付|未使用|闲置|被挤占|被挪用)/;
const WITHHELD = /(?:少|未|欠|截留|滞留)拨付?$/;

const RULES: [string, (c: Context) => boolean][] = [
  [
    'change against a year earlier written with its sign (+41人, -2所), not the stock it changes',
    (c) => SIGNED.test(c.before),
  ],
  [
    'document number (〔2016〕40号)',
    (c) => /〔$/.test(c.before) || (c.q.counter === '号' && /〕$/.test(c.before)),
  ],
  ['ordinal (第…)', (c) => /第$/.test(c.before)],
  [
    'footnote mark (学前教育毛入园率[4]), not a figure',
    (c) => c.q.counter === '' && /[[［]$/u.test(c.before) && /^[\]］]/u.test(c.after),
  ],
  [
    'part of a scheme name (1+N+X, 1+37+8, 2+1)',
    (c) =>
      /[+＋]$/.test(c.before) ||
      /^[+＋]/.test(c.after) ||
      (c.q.counter === '位' && /\d\+[A-Z]/.test(c.sentence)),
  ],
  ['slogan or set phrase in quotation marks', (c) => c.inQuotes],
  [
    'part of a named scheme spelt out in brackets (“三个一”（一所学校、一名导师…）)',
    (c) => NAME_SPELT_OUT.test(c.clauseBefore),
  ],
  [
    'rank range, not a regional quantity',
    (c) => c.q.counter === '位' && /提升到$|排名|位次/.test(c.before),
  ],
  [
    'time span that dates a statement (三年来, 两年总投资, 连续四年, 五年前)',
    (c) =>
      c.q.counter === '年' && (/^(来|前|总|以来)/.test(c.after) || /(连续|近)$/.test(c.before)),
  ],
  [
    'school type or stage (九年一贯制, 九年制, 九年义务教育)',
    (c) => c.q.counter === '年' && /^(一贯制|制|义务教育)/.test(c.after),
  ],
  [
    'phone number (0892-8172345)',
    (c) => /^0\d{2,3}[-—–]\d{7,8}$/.test(c.q.raw) || /电话[:：]?$/.test(c.before),
  ],
  ['time of day (上午10时)', (c) => c.q.counter === '' && /^[时点]/.test(c.after)],
  [
    'the rest of a count named before (其余3所, 剩余3所学校), a difference, not a stock or schools built',
    (c) => c.q.counter === '所' && /(?:其余|剩余|剩下的?)$/.test(c.before),
  ],
  [
    'middle managers counted (互派中层以上干部46名), neither teachers nor school leaders',
    (c) => /中层(?:以上)?(?:干部|管理人员)$/.test(c.before),
  ],
  [
    'sample of an inspection (实地查看学校214所), not a figure of the place',
    (c) => /(?:查看|抽查|走访|察看|核查|随机抽取|抽取)[^，,。；;\d]{0,6}$/.test(c.clauseBefore),
  ],
  [
    'list number (1．, 2.)',
    (c) => c.q.counter === '' && /^[．.、]/.test(c.after) && /(?:^|\n)\s*$/.test(c.before),
  ],
  ['named set (十九大, 三大机制), not a quantity', (c) => c.q.counter === '大'],
  [
    'per-unit phrasing (每一所, 每人…一所), not a total',
    (c) => c.q.value === 1 && /每/.test(c.before.slice(-5)),
  ],
  [
    'count of aspects, models or teams in the narrative',
    (c) =>
      (c.q.numeral === 'chinese' &&
        (['方面', '维度', '种', '支', '类', '级'].includes(c.q.counter) || /^“/.test(c.after))) ||
      /^(方面|维度)/.test(c.after),
  ],
  [
    'count of policy documents, provisions or departments (narrative)',
    (c) => /^(条举措|条攻坚|个部门)/.test(c.q.counter + c.after) || /规范性文件$/.test(c.before),
  ],
  ['administrative divisions, not an education quantity', (c) => /^(镇|街道)/.test(c.after)],
  [
    'media outlets at an event, not an education quantity',
    (c) => c.q.counter === '家' && /媒体/.test(c.after),
  ],
  [
    'threshold of a rule or of what is counted before it (不足100人的小学, 11所小学在校生不足100人)',
    (c) => /不足$/.test(c.before) && (/^的/.test(c.after) || /\d/.test(c.clauseBefore)),
  ],
  [
    'base of a rate (每百名学生, 每12个班), not a quantity',
    (c) => /每$/.test(c.before) && c.q.counter !== '元',
  ],
  [
    'change against a year earlier (比上年减少0.9万人, 比2023年分别下降0.05和0.04), not the stock it changes',
    (c) => c.q.counter !== '%' && YEAR_ON_YEAR.test(c.clauseBefore.replace(LISTED_BEFORE, '')),
  ],
  [
    'rise over a base or a fall below it (在自治区标准基础上提高了100元, 比国家标准低0.08), not the rate or figure',
    (c) => c.q.counter !== '%' && OVER_A_BASE.test(c.clauseBefore),
  ],
  [
    'a figure of one named school’s project (三河镇中心学校改扩建工程新增…), not the place’s',
    (c) => ONE_SCHOOL_PROJECT.test(c.clauseBefore),
  ],
  [
    'a kind of school among those counted before (其中…完全中学2所), which no layer draws',
    (c) => /(?:十二年一贯制学校|完全中学)$/.test(c.before) && /其中/.test(c.clauseBefore),
  ],
  [
    'pupils or teachers of one kind of school, a table row’s (九年一贯制 … 专任教师176人), which no layer draws',
    (c) => c.q.counter !== '所' && KIND_ROW.test(c.earlierClauses),
  ],
  [
    'threshold in a definition (56人以上大班额, 50岁以上教师), not a figure',
    (c) =>
      ['人', '名', '岁'].includes(c.q.counter) &&
      /(?:以上|以下)$/.test(c.q.raw + (/^(?:以上|以下)/.exec(c.after)?.[0] ?? '')) &&
      /^(?:以上|以下)?的?(?:小规模)?(?:超?大班额|班级|学校|教师|学生)/.test(c.after),
  ],
  [
    'bar of a standard quoted for comparison (应达到, 按照国家标准…), not a figure of the place',
    (c) =>
      !OWN_FIGURES.test(c.clauseBefore) &&
      (SHOULD.test(c.clauseBefore) || STANDARD_FRAME.test(c.earlierClauses.replace(/[,，]$/, ''))),
  ],
  [
    'count of regions (全省69个县, 12个县市), not of regions passing an assessment',
    (c) => isRegionCount({ ...c, counter: c.q.counter }, c.national, c.placeFigures),
  ],
  [
    'bar of a standard the figure is compared with (低于2.3间的标准, 不高于0.50和0.45的要求)',
    (c) => BAR_NAMED_AFTER.test(c.clauseAfter) && !PAYS_BY.test(c.clauseBefore),
  ],
  [
    'bar of a standard in brackets after the figure (初中5.9人（标准为4.2人、5.3人）)',
    (c) => STANDARD_IN_BRACKETS.test(c.clauseBefore),
  ],
  [
    'bar of a standard named with it (国家标准为0.50, （≤0.50）), not a figure of the place',
    (c) => STANDARD_IS.test(c.clauseBefore) || BOUND_IN_BRACKETS.test(c.clauseBefore),
  ],
  [
    'change in percentage points (提高3.5个百分点), not a count',
    (c) => c.q.counter === '个' && /^百分点/.test(c.after),
  ],
  [
    'a figure of one example (以…为例), not the place’s',
    (c) => AN_EXAMPLE.test(c.earlierClauses + c.clauseBefore),
  ],
  [
    'bar of a standard named before it (低于评估办法规定的0.50, 高于国家基准定额650元)',
    (c) => COMPARED_WITH.test(c.clauseBefore.replace(LISTED_BEFORE, '')),
  ],
  [
    'a part of a stock of school places (其中小学学位6万个), not places added',
    (c) =>
      c.q.counter === '个' &&
      PLACES_PART.test(c.clauseBefore) &&
      !ADDING.test(c.earlierClauses + c.clauseBefore),
  ],
  [
    'money allocated, diverted, idle or withheld (下达, 用于机关办公, 未拨付, 少拨付), not money invested',
    (c) =>
      c.q.counter === '元' &&
      (ALLOCATED.test(c.clauseBefore) ||
        DIVERTED.test(c.clauseAfter) ||
        WITHHELD.test(c.clauseBefore)),
  ],
  [
    'indefinite number (数十所, 几百名, 数千万元), not a figure',
    (c) => c.q.numeral === 'chinese' && /(?:数|几|若干)$/u.test(c.before),
  ],
  [
    'indefinite 一 (a/an), not a count',
    (c) => c.q.numeral === 'chinese' && c.q.value === 1 && c.q.counter !== '所',
  ],
];

/**
 * Why a number is not a fact, or null when it should be one; `national` when the document speaks
 * for the whole country, `placeFigures` the words a count of places is a figure after (catalogue.ts).
 */
export function exclusionReason(
  work: string,
  q: Quantity,
  sentence: Span,
  national = false,
  placeFigures: RegExp | null = null,
): string | null {
  const clause = clauseAround(work, q.start, q.end);
  const context: Context = {
    q,
    before: work.slice(Math.max(0, q.start - 10), q.start),
    after: work.slice(q.end, q.end + 10),
    sentence: work.slice(sentence.start, sentence.end),
    clauseBefore: work.slice(clause.start, q.start),
    clauseAfter: work.slice(q.end, clause.end),
    earlierClauses: work.slice(sentence.start, clause.start),
    inQuotes: insideQuotes(work, q),
    national,
    placeFigures,
  };
  for (const [reason, test] of RULES) if (test(context)) return reason;
  return narrativeReason(
    context.clauseBefore,
    context.clauseAfter,
    context.earlierClauses,
    q.counter,
  );
}
