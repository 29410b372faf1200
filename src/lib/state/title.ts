/**
 * The view named in words: the document title, so history entries and bookmarks are told apart,
 * and the heading of the embedded and printed views.
 */
import type { Atlas } from '../data/atlas';
import { regionList } from '../i18n/region-list';
import { t } from '../i18n/strings';
import type { LayerSpec } from '../layers/layer-specs';
import type { ViewSnapshot } from './types';

/**
 * "巴南区 · 新增学位 · 2021 — 义务教育优质均衡发展地图": the region, indicator and year chosen
 * (those set and known to the atlas), then the atlas's name.
 */
export function viewTitle(
  atlas: Atlas,
  v: Pick<ViewSnapshot, 'region' | 'indicator' | 'year' | 'lang'>,
): string {
  const named = [
    v.region && atlas.regions.get(v.region)?.name[v.lang],
    v.indicator && atlas.indicators.get(v.indicator)?.name[v.lang],
    v.year,
  ].filter((p) => p !== null && p !== undefined && p !== '');
  const app = t(v.lang, 'appTitle');
  return named.length === 0 ? app : `${named.join(' · ')} — ${app}`;
}

/**
 * What the view shows: the regions compared (i18n/region-list.ts: three named, more counted), or
 * else the region chosen, then the layers that draw values, topmost first ("巴南区、略阳县 ·
 * 新增学位"); "" when none. `specs` run bottom to top. The picture's title and the citation use it.
 */
export function viewHeading(
  atlas: Atlas,
  v: Pick<ViewSnapshot, 'region' | 'compare' | 'lang'>,
  specs: readonly LayerSpec[],
): string {
  const codes = v.compare.length > 0 ? v.compare : v.region ? [v.region] : [];
  const regions = codes.flatMap((code) => atlas.regions.get(code)?.name[v.lang] ?? []);
  const layers = specs.flatMap((s) =>
    s.kind === 'choropleth' || s.kind === 'symbols' ? [s.layer.name[v.lang]] : [],
  );
  return [regionList(regions, v.lang), ...layers.reverse()].filter(Boolean).join(' · ');
}
