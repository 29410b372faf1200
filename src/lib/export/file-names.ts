/**
 * Download file names that say what the file holds: the atlas, the region or layers, the year and
 * the language — `balanced-education_new-school-places_2023_zh.csv` — so a folder of downloads
 * reads without opening any of them.
 */
import type { Lang } from '../i18n/lang';

/** Every file name starts with this: the atlas's short name, the same in both languages. */
export const FILE_PREFIX = 'balanced-education';

/** What a download holds, in the order its name says it. */
export interface FileNameParts {
  /** The region and layers shown ("lueyang-county", "new-school-places"), or what the set is. */
  subject: readonly string[];
  /** The year shown, or words for a span ("all-years"). */
  year: number | string;
  /** The language of the names, titles and labels inside; "zh-en" for a bilingual file. */
  lang: Lang | 'zh-en';
  ext: 'csv' | 'json' | 'png' | 'svg';
}

/**
 * Lower-case ASCII words joined by hyphens: "Lueyang County" → "lueyang-county". Anything else
 * (Chinese, punctuation) is dropped, so names survive every file system and e-mail client; an
 * empty result is left out of the name.
 */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Pinyin tone marks come apart from their letters in NFKD: drop the marks, keep the letters.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** The download's file name from what it holds. */
export function exportFileName(parts: FileNameParts): string {
  const words = [FILE_PREFIX, ...parts.subject.map(slug), slug(String(parts.year)), parts.lang];
  return `${words.filter((w) => w !== '').join('_')}.${parts.ext}`;
}
