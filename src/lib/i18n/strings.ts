/** Every piece of UI text, in both languages. Region, indicator and measure names come from the dataset. */
import type { Lang } from '../state/types';

const STRINGS = {
  appTitle: {
    zh: '义务教育优质均衡发展地图',
    en: 'Atlas of Quality-Balanced Compulsory Education',
  },
  appSubtitle: {
    zh: '重庆、银川、汉中的数字与里程碑，每个数字都可追溯到原文',
    en: 'Numbers and milestones for Chongqing, Yinchuan and Hanzhong, each traced to its source sentence',
  },
  loading: { zh: '正在加载数据…', en: 'Loading data…' },
  loadFailed: { zh: '数据加载失败', en: 'The data could not be loaded' },
  documents: { zh: '文献', en: 'Documents' },
  regions: { zh: '地区', en: 'Regions' },
  indicators: { zh: '指标', en: 'Indicators' },
  facts: { zh: '数据', en: 'Facts' },
  measures: { zh: '政策措施', en: 'Policy measures' },
  events: { zh: '里程碑', en: 'Milestones' },
  language: { zh: '语言', en: 'Language' },
  switchLang: { zh: 'English', en: '中文' },
  regionList: { zh: '地区列表', en: 'Region list' },
  clearSelection: { zh: '取消选择', en: 'Clear selection' },
  selected: { zh: '已选', en: 'Selected' },
  published: { zh: '发布', en: 'Published' },
  unknownDate: { zh: '日期不详', en: 'date unknown' },
  disclaimer: {
    zh: '边界仅为示意，不作为国界或行政区划依据。',
    en: 'Boundaries are illustrative, not an official map.',
  },
  level_country: { zh: '国家', en: 'Country' },
  level_province: { zh: '省级', en: 'Province' },
  level_prefecture: { zh: '地级', en: 'Prefecture' },
  level_county: { zh: '县级', en: 'County' },
  level_group: { zh: '片区', en: 'Grouping' },
  // Time and deep links
  timeline: { zh: '时间轴', en: 'Timeline' },
  year: { zh: '年份', en: 'Year' },
  latest: { zh: '最新', en: 'latest' },
  play: { zh: '播放', en: 'Play' },
  pause: { zh: '暂停', en: 'Pause' },
  milestonesOn: { zh: '里程碑', en: 'Milestones' },
  copyLink: { zh: '复制链接', en: 'Copy link' },
  linkCopied: { zh: '链接已复制', en: 'Link copied' },
  linkDropped: {
    zh: '链接中有部分内容无法使用，已忽略：',
    en: 'Parts of the link could not be used and were left out:',
  },
  'drop_unknown-key': { zh: '未知参数', en: 'unknown parameter' },
  drop_repeated: { zh: '重复', en: 'repeated' },
  'drop_too-long': { zh: '过长', en: 'too long' },
  'drop_query-too-long': { zh: '链接过长，其余部分已忽略', en: 'link too long, the rest ignored' },
  drop_malformed: { zh: '格式错误', en: 'malformed' },
  'drop_unknown-id': { zh: '不存在', en: 'not known' },
  'drop_out-of-range': { zh: '超出范围', en: 'out of range' },
  'drop_unsupported-version': { zh: '链接版本过新', en: 'made by a newer version' },
  'drop_needs-source': { zh: '缺少文献', en: 'needs a document' },
  searchLabel: { zh: '搜索地区', en: 'Search regions' },
  searchPlaceholder: { zh: '中文名、拼音或英文', en: 'Chinese name, pinyin or English' },
  searchNoResults: { zh: '没有匹配的地区', en: 'No matching region' },
  searchResults: { zh: '个结果', en: 'results' },
  searchPreparing: { zh: '正在准备拼音索引…', en: 'Preparing the pinyin index…' },
  searchClear: { zh: '清除', en: 'Clear' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}
