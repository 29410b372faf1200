/**
 * Numbers of a report's narrative that restate, single out or prescribe rather than count the
 * place's quantities: a sum restated in another currency («…亿元人民币（约合港币28亿元）»),
 * projects a report singles out as late («对进度滞后的2个项目», «2所学校的…延至…才完工»), a yearly share set as a rule
 * («每年交流轮岗教师不低于符合条件教师的15%»), and the sum a finding of misuse concerns
 * («…挤占挪用公用经费问题，涉及金额486万元»), and one sum over places named together
 * («信州区、广丰区…合计约1.1万个»), the places one named school adds, a sum's parts by source or for
 * one school, schools named as what money is spent on or a facility is built for, and the other
 * side's schools of a pairing («与…全部17所中小学建立了…结对关系»). exclusions.ts asks after its own rules.
 */

import { PURPOSE_WORDS, SCHOOL_NAME_MARK } from './scope-words.ts';

// «（约合港币28亿元）», «折合美元3.6亿元»: the sum before it in another currency.
const RESTATED =
  /(?:约合|折合|合计约合|相当于)(?:港币|港元|美元|澳门币|澳门元|澳元|欧元|人民币)?约?$/u;
// «对进度滞后的2个项目», «逾期未完工的3个项目»: the projects a report singles out as late or at fault.
const LATE = /(?:滞后|延误|逾期|未按期|未开工|未完工|缓慢|存在问题)的?$/u;
// «2所学校的厕所改造延至次年3月才完工»: the schools whose works a report singles out as late, by
// the words after them.
const LATE_AFTER =
  /^(?:学校|个项目)?的?[^，,。；;\d]{0,12}(?:延至|推迟|延期|滞后|逾期|未按期|才完工|未完工)/u;
// «每年…不低于符合条件教师的15%»: the bar a rule sets each year, of a base it names, as the
// standard words its rotation share; the place's own share is stated as reached («占…的18%»).
const YEARLY_BAR = /每年[^，,。；;]*(?:不低于|不少于|不高于|不超过)[^，,。；;\d]{0,16}的$/u;

// «存在挤占挪用公用经费问题，涉及金额486万元»: the sum a finding of misuse concerns.
const CONCERNS = /涉及(?:金额|资金)?(?:共计|合计|约|达)?$/u;
const MISUSE = /挤占|挪用|截留|套取|虚报|违规|滞留/u;

// «甲区15所学校与乙县全部17所中小学建立结对关系»: the schools a pairing is made with are the other
// side's, counted by the first figure; the aider's schools paired are the one fact.
const OTHER_SIDE_PAIRED = /与[^，,。；;\d]{0,12}$/u;
const PAIRING = /^[^，,。；;\d]{0,16}结对/u;

// «信州区、广丰区城区学位缺口合计约1.1万个»: one sum over places named together.
const OVER_PLACES =
  /[\u4e00-\u9fa5]{2,4}[区县市旗]、[\u4e00-\u9fa5]{2,4}[区县市旗][^，,。；;]{0,12}(?:合计|共计)约?$/u;

// «新建第四初级中学，新增学位1500个»: the places one named school adds, its capacity, not the
// place's places added; a count of schools («新建…等学校5所») names more than one.
const ONE_SCHOOL_BUILT = new RegExp(
  `(?:新建|建成|迁建|扩建)(?:投用)?[^，,。；;、\\d所等]{0,8}(?:${SCHOOL_NAME_MARK}|中心)[^，,。；;、\\d所等]{0,4}(?:小学|中学|学校)[，,]$`,
  'u',
);

// «计划总投资1.86亿元，其中县级财政配套3100万元», «其中争取上级资金4.2亿元»: a part of the sum
// before it by where the money comes from, which the sum's layer draws already, and each later
// source of its list («其中中央补助1540万元、省级补助820万元»); a yearly part («其中…每年安排…»)
// is a rate.
// The levels of government money comes from («中央», «省级», «上级»).
const SOURCE_LEVELS = '中央|省级|市级|县级|区级|上级';
const PART_BY_SOURCE = new RegExp(
  `^其中(?:[^，,。；;\\d每]{0,8}[\\d.]+[万亿]?元、)*[^，,。；;\\d每]{0,8}(?:财政|配套|自筹|债券|${SOURCE_LEVELS})[^，,。；;\\d每]{0,8}$`,
  'u',
);
// A higher level's transfer is named as its source («中央补助», «省级补助资金»), not as a subsidy.
const SOURCE_TRANSFER = new RegExp(`(?:${SOURCE_LEVELS})(?:财政)?补助`, 'gu');
// «其中省级改薄资金2000万元» names a purpose of its own, and is drawn as such.
const namesPurpose = (words: string): boolean =>
  PURPOSE_WORDS.some(([re]) => re.test(words.replace(SOURCE_TRANSFER, '')));
// «其中800万元用于久治县中学实验楼建设»: a part of the sum for one named school's building.
const FOR_ONE_SCHOOL =
  /^用于[^，,。；;、和及]{0,10}(?<!全)[县市区镇乡][^，,。；;、和及]{0,4}(?:中学|小学)[^，,。；;、和及]{0,8}(?:建设|改造|工程|修缮)/u;
// «…资金…，主要用于…和3所乡镇小学的食堂改造»: schools whose buildings money is spent on; not
// schools it builds («用于新建学校3所»).
const SPENT_ON = /用于[^，,。；;]*$/u;
const SCHOOLS_OWN = /^[^，,。；;的]{0,8}的/u;
// «全县为28所乡村学校新建塑胶运动场»: the schools a facility is built for, not schools built.
const FACILITY_FOR = /^[^，,。；;\d]{0,8}(?:学校|小学|中学|初中)(?:新建|修建|建设|建成)/u;

/**
 * Why a number of the narrative is not a fact, from the words of its clause before and after it,
 * of its sentence's earlier clauses and its counter (quantity.ts), or null when these rules do not
 * leave it out.
 */
export function narrativeReason(
  clauseBefore: string,
  clauseAfter: string,
  earlierClauses: string,
  counter: string,
): string | null {
  if (counter === '个' && /学位/u.test(clauseBefore) && ONE_SCHOOL_BUILT.test(earlierClauses))
    return 'places one named school adds (新建第四初级中学，新增学位1500个), not the place’s places added';
  if (counter === '元' && PART_BY_SOURCE.test(clauseBefore) && !namesPurpose(clauseBefore))
    return 'a part of the sum before it by its source (其中县级财政配套…), which the sum’s layer draws';
  if (counter === '元' && /^其中/u.test(clauseBefore) && FOR_ONE_SCHOOL.test(clauseAfter))
    return 'a part of the sum for one named school’s building (其中…用于某中学实验楼建设)';
  if (counter === '所' && SPENT_ON.test(clauseBefore) && SCHOOLS_OWN.test(clauseAfter))
    return 'schools named as what money is spent on (用于…3所乡镇小学的食堂改造), not a count of them';
  if (counter === '所' && /为$/u.test(clauseBefore) && FACILITY_FOR.test(clauseAfter))
    return 'schools a facility is built for (为28所乡村学校新建运动场), not schools built';
  if (OVER_PLACES.test(clauseBefore))
    return 'one sum over places named together (甲区、乙区…合计), no one region’s figure';
  if (counter === '元' && CONCERNS.test(clauseBefore) && MISUSE.test(earlierClauses))
    return 'the sum a finding of misuse concerns (挤占挪用…，涉及金额486万元), not money invested';
  if (counter === '元' && RESTATED.test(clauseBefore))
    return 'a sum restated in another currency (约合港币28亿元), the same money as the sum before it';
  if (
    (counter === '个' && /^项目/u.test(clauseAfter) && LATE.test(clauseBefore)) ||
    ((counter === '所' || counter === '个') && LATE_AFTER.test(clauseAfter))
  )
    return counter === '所'
      ? 'schools singled out by their late works (2所学校的…延至…才完工), not schools built'
      : 'projects singled out as late (进度滞后的2个项目), not the projects carried out';
  if (counter === '所' && OTHER_SIDE_PAIRED.test(clauseBefore) && PAIRING.test(clauseAfter))
    return 'the schools a pairing is made with (与…全部17所中小学…结对), the other side’s';
  if (counter === '%' && YEARLY_BAR.test(clauseBefore))
    return 'a yearly share set as a rule (每年…不低于符合条件教师的15%), not a share reached';
  return null;
}
