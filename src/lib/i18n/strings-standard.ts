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
  aboutStandard: { zh: '关于国家标准', en: 'About the national standard' },
  aboutStandardIntro: {
    zh: '县域义务教育是否达到优质均衡，按《县域义务教育优质均衡发展督导评估办法》（教督〔2017〕6号）的四个部分评估。下面按部分列出文件所设条目数、本图集收录的阈值，以及文献中报告相应数字的地区。',
    en: 'Whether a county’s compulsory education is quality-balanced is assessed in the four parts of the Ministry of Education’s 2017 measures (教督〔2017〕6号). Part by part: how many items the document sets, the thresholds this atlas holds, and the regions whose documents report a figure they govern.',
  },
  aboutStandardHeld: {
    zh: '本图集只收录与官方文本核对过的阈值数字及其出处，不收录文件原文；未能核对的条目没有收录。',
    en: 'The atlas holds only threshold figures checked against the official text, with where each is written, never the document’s wording; items that could not be checked are left out.',
  },
  aboutStandardSummary: {
    zh: '数据集中报告了阈值所管数字的地区：{regions} 个；有地区报告数字的阈值：{count} 个。',
    en: 'Regions in the dataset reporting a figure a threshold governs: {regions}. Thresholds with a reported figure: {count}.',
  },
  part_resources: { zh: '资源配置', en: 'Resources' },
  part_provision: { zh: '政府保障程度', en: 'Government provision' },
  part_quality: { zh: '教育质量', en: 'Education quality' },
  part_recognition: { zh: '社会认可度', en: 'Public recognition' },
  partItems: {
    zh: '文件设 {count} 项；本图集收录 {held} 个阈值',
    en: '{count} items in the document; {held} thresholds held here',
  },
  reportedBy: { zh: '报告此项的地区', en: 'Reported by' },
  reportedByNone: { zh: '文献中没有地区报告此项', en: 'No region’s documents report this' },
  showRegion: { zh: '在地图上查看{name}', en: 'Show {name} on the map' },
  legendMeets: { zh: '{count} 个地区达到', en: '{count} meet it' },
  legendShort: { zh: '{count} 个未达到', en: '{count} fall short' },
  legendUndetermined: { zh: '{count} 个无法判断', en: '{count} cannot be judged' },
  drawAgainstStandard: {
    zh: '按国家标准着色：达到 / 未达到',
    en: 'Colour by the national standard: meets / falls short',
  },
  drawnAgainst: { zh: '着色依据：{threshold}', en: 'Drawn against: {threshold}' },
  drawn_meets: { zh: '达到国家标准（{count} 个地区）', en: 'meets the standard ({count})' },
  drawn_short: { zh: '未达到国家标准（{count} 个地区）', en: 'falls short ({count})' },
  drawn_undetermined: {
    zh: '无法判断：数字为区间或上下限（{count} 个地区）',
    en: 'cannot tell: the figure is a range or a bound ({count})',
  },
  drawnNoFigure: { zh: '无数字', en: 'no figure' },
} as const satisfies Strings;

export const { t, tf } = translator(withBase(STANDARD_STRINGS));
