/**
 * The UI text of the first view, in both languages, and the one way to read any UI text:
 * `t(lang, key)`, `tf(lang, key, slots)`. Views loaded on first use (the share dialog, the
 * comparison and the table) bring their own strings (`strings-share.ts`, `strings-compare.ts`),
 * whose `t` and `tf` also read these. Region, indicator and measure names come from the dataset.
 */
import type { Lang } from './lang';

/** A table of UI strings: every key in both languages. */
export type Strings = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** `t` and `tf` over one table, typed by its keys. */
export interface Translator<K extends string> {
  /** The string in `lang`. */
  t: (lang: Lang, key: K) => string;
  /** A string with `{name}` slots filled: `tf('en', 'sortBy', { column: 'Region' })`. */
  tf: (lang: Lang, key: K, slots: Record<string, string | number>) => string;
}

/** The reader of a table. */
export function translator<K extends string>(
  table: Readonly<Record<K, Readonly<Record<Lang, string>>>>,
): Translator<K> {
  const t = (lang: Lang, key: K): string => table[key][lang];
  return {
    t,
    tf: (lang, key, slots) =>
      t(lang, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in slots ? String(slots[name]) : whole,
      ),
  };
}

/**
 * A view's own strings with the first view's: its keys must be new, so a view never changes what
 * a shared key says.
 */
export function withBase<T extends Strings>(
  table: T & { [K in keyof T & keyof typeof STRINGS]: never },
): typeof STRINGS & T {
  return { ...STRINGS, ...table };
}

/** The first view's strings. */
export const STRINGS = {
  appTitle: {
    zh: '义务教育优质均衡发展地图',
    en: 'Atlas of Quality-Balanced Compulsory Education',
  },
  appSubtitle: {
    zh: '{areas}的数字与里程碑，每个数字都可追溯到原文',
    en: 'Numbers and milestones for {areas}, each traced to its source sentence',
  },
  appSubtitleMany: {
    zh: '{count}个地区的数字与里程碑，每个数字都可追溯到原文',
    en: 'Numbers and milestones for {count} areas of China, each traced to its source sentence',
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
  history: { zh: '历年数值（空心为目标）', en: 'values over time (hollow: target)' },
  skipToMap: { zh: '跳到地图', en: 'Skip to the map' },
  mapLabel: {
    zh: '地图：方向键平移，加号和减号缩放',
    en: 'Map: arrow keys pan, plus and minus zoom',
  },
  /** After a number: the milestones one timeline marker holds. */
  milestoneCount: { zh: '个里程碑', en: 'milestones' },
  zoomIn: { zh: '放大', en: 'Zoom in' },
  zoomOut: { zh: '缩小', en: 'Zoom out' },
  closePanel: { zh: '关闭', en: 'Close' },
  intro: {
    zh: '勾选下方指标，在地图上查看各地区的数值；点击地区查看全部数据及其原文出处；拖动底部时间轴回到某一年。',
    en: 'Tick an indicator below to map its values; click a region for all its numbers and the sentences they come from; drag the timeline to see a past year.',
  },
  afterYear: {
    zh: '在时间轴所选年份尚未发生或尚未公布',
    en: 'Not yet reached or announced in the year on the timeline',
  },
  datasetVersion: { zh: '数据版本', en: 'Dataset version' },
  datasetReleased: { zh: '发布于', en: 'released' },
  currentValue: {
    zh: '时间轴所选年份的数值（打开此指标图层时地图所示）',
    en: 'The value for the year on the timeline (what the map shows with this layer on)',
  },
  dismiss: { zh: '知道了', en: 'Dismiss' },
  aboutData: { zh: '关于数据', en: 'About the data' },
  share: { zh: '分享与下载', en: 'Share & download' },
  openFullView: { zh: '打开完整视图', en: 'Open the full view' },
  newTab: { zh: '（在新标签页中打开）', en: '(opens in a new tab)' },
  mapLabelPrinted: { zh: '地图（打印时的画面）', en: 'The map as drawn when printing started' },
  sourcesLabel: { zh: '来源：', en: 'Sources: ' },
  linkDropped: {
    zh: '链接中有部分内容无法使用，已忽略：',
    en: 'Parts of the link could not be used and were left out:',
  },
  drop_repeated: { zh: '重复', en: 'repeated' },
  'drop_too-long': { zh: '过长', en: 'too long' },
  'drop_query-too-long': { zh: '链接过长，其余部分已忽略', en: 'link too long, the rest ignored' },
  drop_malformed: { zh: '格式错误', en: 'malformed' },
  'drop_unknown-id': { zh: '不存在', en: 'not known' },
  'drop_out-of-range': { zh: '超出范围', en: 'out of range' },
  'drop_unsupported-version': { zh: '链接版本过新', en: 'made by a newer version' },
  'drop_needs-source': { zh: '缺少文献', en: 'needs a document' },
  'drop_no-standard': {
    zh: '此图层没有单一的国家标准可对照，按数值绘制',
    en: 'no one national threshold governs this layer: drawn on its scale',
  },
  drop_narrowed: {
    zh: '旧图层把不同口径画在一起，现只打开其中一个同口径图层',
    en: 'an old layer drew unlike scopes together: opened on one scope of it',
  },
  searchLabel: { zh: '搜索地区', en: 'Search regions' },
  searchPlaceholder: { zh: '中文名、拼音或英文', en: 'Chinese name, pinyin or English' },
  searchNoResults: { zh: '没有匹配的地区', en: 'No matching region' },
  searchResults: { zh: '个结果', en: 'results' },
  searchPreparing: { zh: '正在准备拼音索引…', en: 'Preparing the pinyin index…' },
  searchHasData: { zh: '有数据', en: 'has figures' },
  regionNoFiguresYet: { zh: '暂无数据', en: 'No figures yet' },
  layers: { zh: '图层', en: 'Layers' },
  layerSearch: { zh: '搜索指标或措施', en: 'Search indicators or measures' },
  layerSearchNone: { zh: '没有匹配的图层', en: 'No matching layer' },
  layerOrder: { zh: '图层顺序（上层在前）', en: 'Layer order (top first)' },
  layerMoveUp: { zh: '上移', en: 'Move up' },
  layerMoveDown: { zh: '下移', en: 'Move down' },
  layerRegionCount: { zh: '个地区', en: 'regions' },
  layerRegionCountOne: { zh: '个地区', en: 'region' },
  layerChoroplethHint: { zh: '分级设色，同时只显示一个', en: 'shaded; one at a time' },
  layerSymbolHint: { zh: '比例符号', en: 'sized circles' },
  contextLayers: { zh: '底图', en: 'Base map' },
  context_labels: { zh: '地名', en: 'Labels' },
  context_boundaries: { zh: '省界与国界', en: 'Province and country borders' },
  context_counties: { zh: '全国县界', en: 'All county borders' },
  countiesLoading: { zh: '县界下载中', en: 'Downloading county borders' },
  countiesReceived: { zh: '已收到', en: 'received' },
  countiesFailed: { zh: '县界下载失败', en: 'The county borders could not be downloaded' },
  retry: { zh: '重试', en: 'Try again' },
  legend: { zh: '图例', en: 'Legend' },
  legendNoneShown: {
    zh: '这一年没有地区有此数值；图例的刻度适用于所有年份。拖动时间轴可查看其他年份。',
    en: 'No region has a value for this year; the scale holds for every year. Move the timeline to see another year.',
  },
  noData: { zh: '无数据', en: 'no data' },
  targetLegend: {
    zh: '目标（浅色虚线，尚非实现值）',
    en: 'target (faint, dashed: not an achievement)',
  },
  inheritedLegend: {
    zh: '浅色：{regions}整体的数值（区县本身无数值）',
    en: 'lighter: the figure for {regions} as a whole (none for the district itself)',
  },
  lowerIsBetter: { zh: '数值越低越均衡', en: 'lower is more balanced' },
  scopeAll: { zh: '均为', en: 'All' },
  scopeLines: { zh: '口径', en: 'Scopes' },
  family: { zh: '指标族', en: 'Family' },
  scope: { zh: '口径', en: 'Scope' },
  familyIndicators: { zh: '细分指标', en: 'Fine indicators' },
  symbolAreaNote: { zh: '圆的面积与数值成正比', en: 'circle area is proportional to the value' },
  milestoneDone: { zh: '已发生的里程碑', en: 'milestone reached' },
  milestoneAhead: { zh: '尚未到期（空心）', en: 'still ahead (hollow)' },
  measureLegend: { zh: '报告此措施的地区', en: 'regions reporting this measure' },
  regionParent: { zh: '上级地区', en: 'Parent region' },
  regionChildren: { zh: '下级地区', en: 'Sub-regions' },
  regionMembers: { zh: '片区成员', en: 'Members' },
  regionNoFacts: {
    zh: '文献中没有该地区的数字',
    en: 'The documents give no figures for this region',
  },
  regionNotDrawn: {
    zh: '地图上还没有该地区的形状，无法显示它的位置',
    en: 'This region has no shape on the map yet, so the map cannot show where it is',
  },
  quoteButton: { zh: '查看原文出处', en: 'Show in source' },
  status_achieved: { zh: '已实现', en: 'achieved' },
  status_target: { zh: '目标', en: 'target' },
  dateFromSource: { zh: '（文献发布日期）', en: '(publication date)' },
  fromEarlierYear: { zh: '沿用较早年份的数据', en: 'carried forward from an earlier year' },
  alongside: { zh: '同日另报', en: 'Also reported for this date' },
  targetsStanding: { zh: '另有目标', en: 'Targets also set' },
  otherScopes: {
    zh: '其他口径（不在此图层比较）',
    en: 'Other scopes (not compared on this layer)',
  },
  source: { zh: '来源', en: 'Source' },
  sourceClose: { zh: '关闭原文', en: 'Close the document' },
  showSimplified: { zh: '显示简体', en: 'Show in simplified characters' },
  showAsWritten: { zh: '显示原文繁体', en: 'Show as written (traditional)' },
  converting: { zh: '正在转换…', en: 'Converting…' },
  sourceTextLoading: { zh: '正在载入原文…', en: 'Loading the document’s text…' },
  sourceTextFailed: {
    zh: '原文无法显示，地图与其他面板不受影响：',
    en: 'The document’s text cannot be shown; the map and the other panels are not affected:',
  },
  script_Hans: { zh: '简体', en: 'simplified Chinese' },
  script_Hant: { zh: '繁体', en: 'traditional Chinese' },
  highlightCount: { zh: '处已提取的内容', en: 'extracted passages' },
  compareAdd: { zh: '加入对比', en: 'Add to comparison' },
  compareRemove: { zh: '移出对比', en: 'Remove from comparison' },
  compareFull: { zh: '对比已满（最多 4 个地区）', en: 'Comparison full (4 regions at most)' },
  viewSwitch: { zh: '显示方式', en: 'View' },
  tabMap: { zh: '地图', en: 'Map' },
  tabTable: { zh: '表格', en: 'Table' },
  resizeComparison: { zh: '调整地图与对比的高度', en: 'Resize the map and the comparison' },
} as const satisfies Strings;

export const { t, tf } = translator(STRINGS);
