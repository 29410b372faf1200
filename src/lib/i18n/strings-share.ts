/**
 * The share dialog's strings (link, downloads, citation, embed snippet), loaded with it: its
 * `t` and `tf` read these and the first view's.
 */
import { translator, withBase, type Strings } from './strings';

/** The share dialog's own strings. */
export const SHARE_STRINGS = {
  copyFailed: {
    zh: '无法自动复制：请选中上面的文字后复制',
    en: 'Could not copy: select the text above and copy it',
  },
  shareLink: { zh: '本视图的链接', en: 'Link to this view' },
  copy: { zh: '复制', en: 'Copy' },
  copied: { zh: '已复制', en: 'Copied' },
  downloads: { zh: '下载', en: 'Download' },
  downloadScreenCsv: { zh: '地图所示数据（CSV）', en: 'What the map shows (CSV)' },
  downloadDatasetCsv: { zh: '全部数据（CSV）', en: 'All the data (CSV)' },
  downloadDatasetJson: { zh: '全部数据（JSON）', en: 'All the data (JSON)' },
  downloadPng: { zh: '地图图片（PNG）', en: 'Map picture (PNG)' },
  downloadSvg: { zh: '地图图片（SVG，文字可编辑）', en: 'Map picture (SVG, editable text)' },
  pictureSize: { zh: '图片尺寸（像素）', en: 'Picture size (pixels)' },
  sizeLandscape: { zh: '横幅，用于文章和幻灯片', en: 'Landscape, for articles and slides' },
  sizeSquare: { zh: '正方形，用于社交媒体', en: 'Square, for social media' },
  sizeNarrow: { zh: '竖幅，用于手机', en: 'Narrow, for phones' },
  downloadFailed: { zh: '下载失败', en: 'The download failed' },
  preparing: { zh: '正在准备…', en: 'Preparing…' },
  print: { zh: '打印', en: 'Print' },
  citeView: { zh: '引用本视图', en: 'Cite this view' },
  citeDocuments: { zh: '引用原始文献', en: 'Cite the documents' },
  citeGbt: { zh: 'GB/T 7714', en: 'GB/T 7714' },
  citeApa: { zh: 'APA', en: 'APA' },
  embed: { zh: '嵌入', en: 'Embed' },
  embedHint: {
    zh: '将此代码粘贴到网页中，嵌入地图、图例和时间轴：',
    en: 'Paste this code into a web page to embed the map, legend and timeline:',
  },
} as const satisfies Strings;

export const { t } = translator(withBase(SHARE_STRINGS));
