/**
 * Several regions named in one line — the picture's title, the citation, the file name — so
 * that every region compared is named, and four do not make a title nobody reads: the first
 * three by name, the rest counted ("巴南区、略阳县、银川市等4地", "…, Yinchuan and 1 more").
 */
import type { Lang } from './lang';

/** At most this many regions are named; a comparison holds up to four (state/types#MAX_COMPARED). */
export const NAMED_REGIONS = 3;

/** Names in the order given: those named, and how many more are only counted. */
export interface ShortList {
  named: readonly string[];
  more: number;
}

/** The first `NAMED_REGIONS` names, and the count of the others. */
export function shortList(names: readonly string[]): ShortList {
  return { named: names.slice(0, NAMED_REGIONS), more: Math.max(0, names.length - NAMED_REGIONS) };
}

/**
 * The names as words of `lang`: "巴南区、略阳县", "Banan District, Lueyang County"; with more
 * than three, "巴南区、略阳县、银川市等4地" and "Banan District, Lueyang County, Yinchuan and 1
 * more". "" for none.
 */
export function regionList(names: readonly string[], lang: Lang): string {
  const { named, more } = shortList(names);
  if (lang === 'zh') return `${named.join('、')}${more > 0 ? `等${names.length}地` : ''}`;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** The same names as file-name words (English): each name, then "and 1 more" when counted. */
export function regionWords(names: readonly string[]): string[] {
  const { named, more } = shortList(names);
  return more > 0 ? [...named, `and ${more} more`] : [...named];
}
