/**
 * A fact's own scope (domain/fact-scope-schema.ts) in a few words, in both languages: the school
 * levels its sentence names, its period, what money is for and what a share is of, so a value
 * is read with what it counts ("初中 · 2019至2023-03累计"), not only with its indicator's scope.
 */
import type { FactPeriod, FactScope, PartialDate } from '../domain/schema';
import type { Lang } from './lang';
import { translator, withBase, type Strings } from './strings';

const SCOPE_STRINGS = {
  fact_levels_preschool: { zh: '学前教育', en: 'preschool' },
  fact_levels_primary: { zh: '小学', en: 'primary' },
  fact_levels_junior: { zh: '初中', en: 'junior secondary' },
  'fact_levels_senior-high': { zh: '普通高中', en: 'senior high' },
  fact_levels_vocational: { zh: '职业教育', en: 'vocational' },
  fact_levels_higher: { zh: '高等教育', en: 'higher education' },
  fact_levels_compulsory: { zh: '义务教育', en: 'compulsory' },
  fact_levels_secondary: { zh: '中学', en: 'secondary' },
  'fact_levels_primary-secondary': { zh: '中小学', en: 'primary and secondary' },
  fact_levels_basic: { zh: '中小学和幼儿园', en: 'schools and kindergartens' },
  fact_levels_all: { zh: '各学段', en: 'all levels' },
  fact_period_stock: { zh: '时点数', en: 'stock' },
  fact_period_flow: { zh: '累计', en: 'total' },
  fact_period_flowFrom: { zh: '{from}以来累计', en: 'total since {from}' },
  fact_period_flowTo: { zh: '累计至{to}', en: 'total to {to}' },
  fact_period_flowFromTo: { zh: '{from}至{to}累计', en: 'total {from} to {to}' },
  fact_period_flowOne: { zh: '{from}内', en: 'within {from}' },
  fact_period_rateFrom: { zh: '{from}起', en: 'from {from}' },
  fact_period_year: { zh: '每年', en: 'per year' },
  fact_period_month: { zh: '每月', en: 'per month' },
  'fact_purpose_school-building': { zh: '用于校舍建设', en: 'for school building' },
  'fact_purpose_weak-school-improvement': {
    zh: '用于薄弱学校改造',
    en: 'for improving weak schools',
  },
  fact_purpose_pay: { zh: '用于工资', en: 'for pay' },
  fact_purpose_subsidy: { zh: '用于补助', en: 'for subsidies' },
  fact_purpose_awards: { zh: '用于奖励', en: 'for awards' },
  fact_purpose_arrears: { zh: '补还欠款', en: 'paying arrears' },
  fact_purpose_equipment: { zh: '用于设备', en: 'for equipment' },
  fact_purpose_training: { zh: '用于培训', en: 'for training' },
  'fact_purpose_operating-funds': { zh: '公用经费', en: 'operating funds' },
  'fact_purpose_quality-drive': { zh: '用于创建', en: 'for the quality drive' },
  fact_base_schools: { zh: '占学校', en: 'of schools' },
  fact_base_kindergartens: { zh: '占幼儿园', en: 'of kindergartens' },
  fact_base_pupils: { zh: '占学生', en: 'of pupils' },
  fact_base_teachers: { zh: '占教师', en: 'of teachers' },
  fact_base_leaders: { zh: '占校级领导', en: 'of school leaders' },
  fact_base_classes: { zh: '占班级', en: 'of classes' },
  'fact_base_school-buildings': { zh: '占校舍', en: 'of school buildings' },
  'fact_base_admission-quotas': { zh: '占招生指标', en: 'of admission quotas' },
  fact_base_posts: { zh: '占岗位', en: 'of posts' },
  'fact_base_earlier-value': { zh: '较此前变化', en: 'change on an earlier value' },
  fact_base_unstated: { zh: '基数未说明', en: 'base not stated' },
} as const satisfies Strings;

const { t, tf } = translator(withBase(SCOPE_STRINGS));

function periodWords(period: FactPeriod, lang: Lang): string {
  const { kind, from, to } = period;
  if (kind === 'stock') return t(lang, 'fact_period_stock');
  if (kind === 'rate') {
    const every = t(lang, period.per === 'month' ? 'fact_period_month' : 'fact_period_year');
    return from === null
      ? every
      : `${tf(lang, 'fact_period_rateFrom', { from })}${lang === 'zh' ? '' : ' '}${every}`;
  }
  if (from !== null && to !== null)
    return from === to
      ? tf(lang, 'fact_period_flowOne', { from })
      : tf(lang, 'fact_period_flowFromTo', { from, to });
  if (from !== null) return tf(lang, 'fact_period_flowFrom', { from });
  if (to !== null) return tf(lang, 'fact_period_flowTo', { to });
  return t(lang, 'fact_period_flow');
}

/**
 * The scope of a fact in words, its parts joined by " · ": levels (left out when unstated),
 * period, and the purpose of money or the base of a share when the fact has one.
 */
export function factScopeWords(scope: FactScope, lang: Lang): string {
  return [
    scope.levels === 'unstated' ? null : t(lang, `fact_levels_${scope.levels}`),
    periodWords(scope.period, lang),
    scope.purpose === null ? null : t(lang, `fact_purpose_${scope.purpose}`),
    scope.base === null ? null : t(lang, `fact_base_${scope.base}`),
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/**
 * Whether `scope`'s words (factScopeWords) already say `date`: a flow that runs to it («累计至
 * 2023-05») or lies within it («2022内»). The tooltip then gives the value's date once, not twice.
 */
export function scopeSaysDate(scope: FactScope, date: PartialDate | null): boolean {
  const { kind, to } = scope.period;
  return kind === 'flow' && date !== null && to === date;
}
