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
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}
