import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptSelectors } from '../../../build-tools/maplibre-css';

describe('keptSelectors', () => {
  it('keeps what the map shows: its canvas, the zoom buttons, the full attribution', () => {
    const shown = [
      '.maplibregl-canvas',
      '.maplibregl-ctrl-group button',
      '.maplibregl-ctrl button.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon',
      '.maplibregl-ctrl-attrib-inner',
      // The attribution's fold button is in the page even when not compact: these hide it.
      '.maplibregl-ctrl-attrib-button',
      '.maplibregl-ctrl-attrib.maplibregl-compact-show',
      '.maplibregl-boxzoom',
    ];
    expect(keptSelectors(shown)).toEqual(shown);
  });

  it('drops the controls, popups and markers the map never adds, keeping the rest of a list', () => {
    expect(
      keptSelectors([
        '.maplibregl-ctrl button.maplibregl-ctrl-geolocate .maplibregl-ctrl-icon',
        '.maplibregl-popup-anchor-top .maplibregl-popup-tip',
        '.maplibregl-marker',
        '.maplibregl-ctrl-attrib',
      ]),
    ).toEqual(['.maplibregl-ctrl-attrib']);
  });

  it('knows every MapLibre class the app itself names', () => {
    const src = ['src/lib/map/MapView.svelte', 'src/lib/map/first-paint-view.ts']
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const named = [...new Set(src.match(/maplibregl-[\w-]+/g))].map((c) => `.${c}`);
    expect(named.length).toBeGreaterThan(0);
    expect(keptSelectors(named)).toEqual(named);
  });
});
