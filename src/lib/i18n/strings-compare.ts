/**
 * The comparison's and the table's strings, loaded with them: their `t` and `tf` read these and
 * the first view's.
 */
import { translator, withBase, type Strings } from './strings';

/** The comparison's and the table's own strings. */
export const COMPARE_STRINGS = {
  comparison: { zh: '地区对比', en: 'Comparison' },
  compareSearchLabel: { zh: '添加对比地区', en: 'Add a region to compare' },
  compareOneMore: {
    zh: '再添加一个地区（可在上方搜索，或在地区面板、表格中点“加入对比”），即可并排比较。',
    en: 'Add one more region (search above, or “Add to comparison” in a region panel or the table) to see them side by side.',
  },
  compareClear: { zh: '清空对比', en: 'Clear comparison' },
  compareRemoveOne: { zh: '移出对比：{name}', en: 'Remove {name} from the comparison' },
  compareAddOne: { zh: '加入对比：{name}', en: 'Add {name} to the comparison' },
  asOfYear: { zh: '{year}年', en: 'as of {year}' },
  asOfLatest: { zh: '最新数据', en: 'latest data' },
  noValue: { zh: '无数据', en: 'no value' },
  noValueAsOf: { zh: '{year}年无数据', en: 'no value as of {year}' },
  compareNoneAsOf: {
    zh: '截至{year}年，所比较的地区均无数据；可将时间轴向后拖动。',
    en: 'No value for any compared region as of {year}: move the timeline to a later year.',
  },
  emptyFamilies: {
    zh: '以下指标族对所比较的地区均无数据：',
    en: 'No value for any compared region in these families:',
  },
  openSentence: { zh: '原文', en: 'sentence' },
  openSentenceLabel: {
    zh: '查看原文出处：{region}，{indicator}',
    en: 'Show the source sentence: {region}, {indicator}',
  },
  tableCaptionLayer: {
    zh: '{layer}：各地区数值（{year}），属“{family}”指标族',
    en: '{layer}: values by region ({year}), family “{family}”',
  },
  tableCaptionFamily: {
    zh: '{family}：各地区数值（{year}）',
    en: '{family}: values by region ({year})',
  },
  tableCaptionCompare: {
    zh: '所比较地区的全部指标（{year}）',
    en: 'Every family for the compared regions ({year})',
  },
  tableNone: {
    zh: '请先在左侧打开一个指标图层，表格将列出其各地区数值。',
    en: 'Turn on an indicator layer on the left: the table lists its values by region.',
  },
  tableRegion: { zh: '地区', en: 'Region' },
  tableCompareColumn: { zh: '对比', en: 'Compare' },
  tableMapColumn: { zh: '地图所示', en: 'on the map' },
  sortBy: { zh: '按“{column}”排序', en: 'Sort by {column}' },
  sortedBy: { zh: '已按“{column}”{direction}排列', en: 'Sorted by {column}, {direction}' },
  sort_ascending: { zh: '升序', en: 'ascending' },
  sort_descending: { zh: '降序', en: 'descending' },
} as const satisfies Strings;

export const { t, tf } = translator(withBase(COMPARE_STRINGS));
