// The bare page: a fill, an outline and name labels on one raw GeoJSON file, framed like the app.
import { Map, setWorkerUrl } from './maplibre-gl.mjs';

setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);

const params = new URLSearchParams(location.search);
const data = params.get('data') === 'counties' ? 'counties' : 'focus';
const mark = params.get('mark') ?? 'map-idle';
// Roughly what the app frames: the focus regions, or China.
const bounds =
  data === 'focus'
    ? [
        [105.2, 28.1],
        [110.2, 38.9],
      ]
    : [
        [73, 18],
        [135, 54],
      ];

const map = new Map({
  container: 'map',
  bounds,
  fitBoundsOptions: { padding: 40 },
  style: {
    version: 8,
    sources: { raw: { type: 'geojson', data: `./raw/${data}.geojson`, promoteId: 'code' } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dce6ec' } },
      { id: 'fill', type: 'fill', source: 'raw', paint: { 'fill-color': '#d6e4dc' } },
      { id: 'line', type: 'line', source: 'raw', paint: { 'line-color': '#ffffff' } },
      {
        id: 'label',
        type: 'symbol',
        source: 'raw',
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['Noto Sans CJK SC'],
          'text-size': 12,
        },
      },
    ],
  },
});
// For bench/layer-switch.ts, which changes the map in the page.
window.__bareMap = { map };
// The regions are on screen at the first idle too: MapLibre shows nothing of a source before.
map.once('idle', () => {
  performance.mark(mark);
  performance.mark('regions-visible');
  window.__mapIdleMs = performance.now();
});
