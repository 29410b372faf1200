/**
 * What the atlas says about a figure and the national standard that governs it: the threshold,
 * whether the figure meets it, and where the threshold is written. Shown in the first view
 * (region panel, tooltip) and in the comparison, table and downloads.
 */
import { translator, withBase, type Strings } from './strings';

/** The standard's own strings. */
export const STANDARD_STRINGS = {
  nationalStandard: { zh: '国家标准', en: 'National standard' },
  standardLevels_primary: { zh: '小学', en: 'primary' },
  standardLevels_junior: { zh: '初中', en: 'junior secondary' },
  standardLevels_compulsory: { zh: '小学、初中', en: 'primary and junior secondary' },
  'assessment_quality-balanced': { zh: '优质均衡', en: 'quality balance' },
  'assessment_basic-balanced': { zh: '基本均衡', en: 'basic balance' },
  verdictMeets: { zh: '达到国家标准', en: 'meets the national standard' },
  verdictShortBy: { zh: '未达到国家标准，差 {gap}', en: '{gap} short of the national standard' },
  verdictShort: { zh: '未达到国家标准', en: 'does not meet the national standard' },
  verdictUndetermined: {
    zh: '无法判断是否达到国家标准（数字为区间或上下限）',
    en: 'cannot tell whether it meets the national standard (the figure is a range or a bound)',
  },
  targetMeets: { zh: '目标达到国家标准', en: 'the target meets the national standard' },
  targetShortBy: {
    zh: '目标未达到国家标准，差 {gap}',
    en: 'the target is {gap} short of the national standard',
  },
  targetShort: { zh: '目标未达到国家标准', en: 'the target does not meet the national standard' },
  targetUndetermined: {
    zh: '无法判断目标是否达到国家标准（数字为区间或上下限）',
    en: 'cannot tell whether the target meets the national standard (the figure is a range or a bound)',
  },
  standardCitation: { zh: '依据', en: 'Source of the standard' },
  standardItem: { zh: '{item}', en: 'item {item}' },
  legendMeets: { zh: '{count} 个地区达到', en: '{count} meet it' },
  legendShort: { zh: '{count} 个未达到', en: '{count} fall short' },
  legendUndetermined: { zh: '{count} 个无法判断', en: '{count} cannot be judged' },
} as const satisfies Strings;

export const { t, tf } = translator(withBase(STANDARD_STRINGS));
