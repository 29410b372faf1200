/**
 * The page's entry, kept small: it draws the dataset's regions at once from their geometry alone
 * (map/first-paint.ts), and only then loads the app, which validates the dataset, starts
 * MapLibre and takes the picture over.
 */
import { DATASET_URL } from './lib/data/dataset-url';
import { firstViewFetch, loadFirstPaint } from './lib/data/load-first-paint';
import { GEO_FILES } from './lib/domain/geometry';
import { preferredLang } from './lib/i18n/lang';
import { FirstPaint } from './lib/map/first-paint-view';
import { PHONE_QUERY } from './lib/map/page-layout';
import { firstFraming } from './lib/state/url-first-view';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');

const geometry = await loadFirstPaint();
const first =
  geometry &&
  firstFraming(
    location.search,
    preferredLang(navigator.languages),
    geometry.home,
    geometry.byCode,
    // As ui/MapArea.svelte: the legend starts open except on a phone.
    !window.matchMedia(PHONE_QUERY).matches,
  );
// The picture is a head start, never a condition: without it the map draws the regions itself.
const firstPaint = first
  ? await FirstPaint.show(geometry.regions, first.framing, first.regionOpen).catch(() => null)
  : null;
// The regions are on screen: the first view's other files download beside the app's code.
const fetcher = firstViewFetch(geometry?.texts ?? new Map(), [
  DATASET_URL,
  GEO_FILES.extra,
  GEO_FILES.context,
]);
const { startApp } = await import('./start-app');
startApp(target, { firstPaint, fetcher });
