/**
 * Numbers of a report's narrative that restate, single out or prescribe rather than count the
 * place's quantities: a sum restated in another currency («…亿元人民币（约合港币28亿元）»),
 * projects a report singles out as late («对进度滞后的2个项目»), a yearly share set as a rule
 * («每年交流轮岗教师不低于符合条件教师的15%»), and the sum a finding of misuse concerns
 * («…挤占挪用公用经费问题，涉及金额486万元»), and one sum over places named together
 * («信州区、广丰区…合计约1.1万个»), and the other side's schools of a pairing («与…全部17所中小学
 * 建立了…结对关系»), and the part of a sum a level of government matches («其中县级财政配套
 * 3100万元»). exclusions.ts asks after its own rules.
 */

// «（约合港币28亿元）», «折合美元3.6亿元»: the sum before it in another currency.
const RESTATED =
  /(?:约合|折合|合计约合|相当于)(?:港币|港元|美元|澳门币|澳门元|澳元|欧元|人民币)?约?$/u;
// «对进度滞后的2个项目», «逾期未完工的3个项目»: the projects a report singles out as late or at fault.
const LATE = /(?:滞后|延误|逾期|未按期|未开工|未完工|缓慢|存在问题)的?$/u;
// «每年…不低于符合条件教师的15%»: the bar a rule sets each year, of a base it names, as the
// standard words its rotation share; the place's own share is stated as reached («占…的18%»).
const YEARLY_BAR = /每年[^，,。；;]*(?:不低于|不少于|不高于|不超过)[^，,。；;\d]{0,16}的$/u;

// «存在挤占挪用公用经费问题，涉及金额486万元»: the sum a finding of misuse concerns.
const CONCERNS = /涉及(?:金额|资金)?(?:共计|合计|约|达)?$/u;
const MISUSE = /挤占|挪用|截留|套取|虚报|违规|滞留/u;

// «甲区15所学校与乙县全部17所中小学建立结对关系»: the schools a pairing is made with are the other
// side's, counted by the first figure; the aider's schools paired are the one fact.
const PAIRED_WITH = /与[^，,。；;\d]{0,12}$/u;
const PAIRING = /^[^，,。；;\d]{0,16}结对/u;

// «计划总投资1.86亿元，其中县级财政配套3100万元»: the share of a project's sum a level of
// government matches, a part by who pays, which no layer draws.
const MATCHED_PART = /^其中[^，,。；;\d]{0,8}配套(?:资金)?(?:约|共计)?$/u;

// «信州区、广丰区城区学位缺口合计约1.1万个»: one sum over places named together.
const OVER_PLACES =
  /[\u4e00-\u9fa5]{2,4}[区县市旗]、[\u4e00-\u9fa5]{2,4}[区县市旗][^，,。；;]{0,12}(?:合计|共计)约?$/u;

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
  if (OVER_PLACES.test(clauseBefore))
    return 'one sum over places named together (甲区、乙区…合计), no one region’s figure';
  if (counter === '元' && CONCERNS.test(clauseBefore) && MISUSE.test(earlierClauses))
    return 'the sum a finding of misuse concerns (挤占挪用…，涉及金额486万元), not money invested';
  if (counter === '元' && MATCHED_PART.test(clauseBefore))
    return 'a part of a sum one level of government matches (其中县级财政配套3100万元), by who pays';
  if (counter === '元' && RESTATED.test(clauseBefore))
    return 'a sum restated in another currency (约合港币28亿元), the same money as the sum before it';
  if (counter === '个' && /^项目/u.test(clauseAfter) && LATE.test(clauseBefore))
    return 'projects singled out as late (进度滞后的2个项目), not the projects carried out';
  if (counter === '所' && PAIRED_WITH.test(clauseBefore) && PAIRING.test(clauseAfter))
    return 'the schools a pairing is made with (与…全部17所中小学…结对), the other side’s';
  if (counter === '%' && YEARLY_BAR.test(clauseBefore))
    return 'a yearly share set as a rule (每年…不低于符合条件教师的15%), not a share reached';
  return null;
}
