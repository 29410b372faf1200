/**
 * Citations of a view of the atlas and of the documents behind it, in the two styles readers of
 * the atlas are asked for: GB/T 7714-2015 (Chinese journals and theses) and APA 7. The atlas is
 * cited as a database ([DB/OL], "[Data set]") with its release as the version and date; the
 * documents as online items of their publisher, in their own language with an English title
 * added in brackets for English readers (APA's rule for sources in another language).
 */
import type { PartialDate, Release, Source } from '../domain/schema';
import type { Lang } from '../i18n/lang';

/** A citation in both styles. */
export interface Citation {
  gbt: string;
  apa: string;
}

/** What a citation of a view needs; the view model and the dataset give it. */
export interface ViewCitationInput {
  lang: Lang;
  /** The atlas's name in `lang`. */
  atlas: string;
  /** What the view shows ("巴南区 · 新增学位 · 2023"); empty for the atlas's first view. */
  view: string;
  /** The dataset's release; absent in datasets built from test fixtures. */
  release: Release | undefined;
  /** The view's share link. */
  url: string;
  /** When the reader looked: today. */
  accessed: Date;
}

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A local calendar day as an ISO date: "2026-12-01". */
export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** APA's date in parentheses' words: "2023, November 14", "2023年11月14日", "2023, May". */
function apaDate(date: PartialDate | null, lang: Lang): string {
  if (date === null) return lang === 'zh' ? '无日期' : 'n.d.';
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return `${y}`;
  return `${y}, ${EN_MONTHS[m - 1]}${d ? ` ${d}` : ''}`;
}

/** APA's retrieval date: "December 1, 2026" / "2026年12月1日". */
function apaDay(d: Date, lang: Lang): string {
  return lang === 'zh'
    ? `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
    : `${EN_MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}`;
}

/** The citation of a view: the atlas, what the view shows, the dataset's release, link and access date. */
export function viewCitation(c: ViewCitationInput): Citation {
  const zh = c.lang === 'zh';
  const version = c.release ? `${zh ? '版本' : 'Version'} ${c.release.version}` : null;
  const gbtDate = `${c.release ? `(${c.release.date})` : ''}[${isoDay(c.accessed)}]`;
  const gbt = [
    c.view ? `${c.atlas}. ${c.view}[DB/OL]` : `${c.atlas}[DB/OL]`,
    version,
    gbtDate,
    c.url,
  ]
    .filter((p) => p !== null)
    .join('. ');
  const kind = zh ? '[数据集]' : '[Data set]';
  const what = `${version ? ` (${version})` : ''} ${kind}`;
  const when = `(${apaDate(c.release?.date ?? null, c.lang)})`;
  // With no view of its own the atlas is both author and title: APA then leads with the title.
  const head = c.view ? `${c.atlas}. ${when}. ${c.view}${what}` : `${c.atlas}${what}. ${when}`;
  const retrieved = zh
    ? `检索于 ${apaDay(c.accessed, c.lang)}，来源 ${c.url}`
    : `Retrieved ${apaDay(c.accessed, c.lang)}, from ${c.url}`;
  // No full stop after a link: a reader copying it would take the stop into the address.
  return { gbt, apa: `${head}. ${retrieved}` };
}

/**
 * A document's citation. Its title stays as published (a translation is not what it is called);
 * in English the translated title follows in brackets. No link: the dataset records none.
 */
export function documentCitation(source: Source, lang: Lang): Citation {
  const title = lang === 'zh' ? source.title.zh : `${source.title.zh} [${source.title.en}]`;
  const published = source.published === null ? '' : ` (${source.published}).`;
  return {
    gbt: `${source.publisher}. ${title}[EB/OL].${published}`,
    apa: `${source.publisher}. (${apaDate(source.published, lang)}). ${title}.`,
  };
}
