/**
 * The areas the dataset's documents are about, as a header names them: each document's subject
 * region lifted to its prefecture (a municipality's district to the municipality), once each, in
 * the documents' order. With the seeds: 重庆, 银川, 汉中.
 */
import type { Region, RegionCode } from '../domain/schema';
import type { Lang } from '../i18n/lang';
import { tf } from '../i18n/strings';
import type { Atlas } from './atlas';

/** The region an area is named by: the prefecture (or province) at or above `code`. */
function areaOf(atlas: Atlas, code: RegionCode): Region | null {
  let r = atlas.regions.get(code);
  while (r && (r.level === 'county' || r.level === 'group') && r.parent)
    r = atlas.regions.get(r.parent);
  return r ?? null;
}

/** The dataset's areas, in the order its documents come, each once. */
export function coveredAreas(atlas: Atlas): Region[] {
  const out: Region[] = [];
  for (const source of atlas.dataset.sources) {
    const area = areaOf(atlas, source.defaultRegion);
    if (area && !out.includes(area)) out.push(area);
  }
  return out;
}

/** A region as a list names it: its usual short name in Chinese (重庆), its English name. */
function areaName(region: Region, lang: Lang): string {
  if (lang === 'en') return region.name.en;
  return (
    region.aliases.find((a) => !/^\d+$/.test(a) && region.name.zh.startsWith(a)) ?? region.name.zh
  );
}

/** Beyond this many areas the header counts them instead of naming them. */
const MAX_NAMED = 4;

/** The header's subtitle: the areas named («重庆、银川、汉中», "A, B and C"), or counted. */
export function atlasSubtitle(areas: readonly Region[], lang: Lang): string {
  if (areas.length > MAX_NAMED) return tf(lang, 'appSubtitleMany', { count: areas.length });
  const names = areas.map((a) => areaName(a, lang));
  const list =
    lang === 'zh'
      ? names.join('、')
      : names.length < 2
        ? (names[0] ?? '')
        : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
  return tf(lang, 'appSubtitle', { areas: list });
}
