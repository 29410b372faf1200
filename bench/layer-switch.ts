/**
 * Time from a layer switch to the next map `idle`, measured in the page, in fresh Chromium runs
 * alternating between the bare page (first, the reference) and the app.
 *
 * The app: clicks on the layer panel's checkboxes, through Svelte, the paint plan and feature
 * state — a choropleth on, symbols on, the choropleth off, the symbols off. The bare page: the
 * same number of changes made directly on one fill layer over the same focus geometry, with
 * `setLayoutProperty` / `setPaintProperty` — shown with one colour expression, recoloured, recoloured
 * back, hidden. Each switch is timed from just before the click (or the call) to the `idle` event.
 * In the app, source reloads (`sourcedata` metadata events, `setData` calls) are counted too:
 * a switch must not cause any.
 *
 * Then the year steps: with the choropleth on, the timeline's slider is stepped a year back and
 * forth by its arrow keys, each timed to the next `idle`, against the bare page's recolourings
 * (its `setPaintProperty` steps). A repaint is asked for with each step, so a year that changes
 * no colour is timed too.
 */
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Page } from 'playwright-core';
import { launch, waitForMapIdle } from '../tests/e2e/browser';
import { revealLayerBox } from '../tests/e2e/journey-helpers';
import { installRebuildCounter } from './rebuild-counter';

export const CHOROPLETH = 'public-kindergarten-share';
export const SYMBOLS = 'new-school-places';

/** What each switch does, in the order timed, once per cycle. */
export const STEPS = ['choropleth on', 'symbols on', 'choropleth off', 'symbols off'] as const;

export interface LayerSwitch {
  /** Median switch→idle over every switch of every run. */
  bareMs: number;
  appMs: number;
  /** app / bare; the target is ≤ 1.0. */
  ratio: number;
  /** Median per step (STEPS order). */
  appStepMs: number[];
  bareStepMs: number[];
  /** Median year step → idle in the app, and the bare page's median recolouring. */
  yearStepMs: number;
  bareRecolourMs: number;
  /** yearStepMs / bareRecolourMs; the target is ≤ 1.0. */
  yearRatio: number;
  runs: number;
  switchesPerRun: number;
  /** Summed over every app run. */
  metadataEvents: number;
  setDataCalls: number;
}

interface RunResult {
  /** One duration per switch, in STEPS order repeated. */
  ms: number[];
  /** App: one duration per year step. Bare: its recolourings. */
  yearMs: number[];
  metadataEvents: number;
  setDataCalls: number;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
};

/** Runs in the page: the app's switches, by clicking the checkboxes. */
async function switchApp(arg: {
  keys: string[];
  choropleth: string;
  yearSteps: number;
  timeout: number;
}): Promise<RunResult> {
  const map = window.__atlasDebug?.map;
  if (!map) throw new Error('window.__atlasDebug.map is missing');
  const counts = window.__rebuilds;
  if (!counts) throw new Error('window.__rebuilds is missing: installRebuildCounter first');
  const choroplethShown = () =>
    map
      .getStyle()
      .layers.some((l) => l.id.startsWith('choropleth-fill-') && l.layout?.visibility !== 'none');
  // Symbol slots are always visible; a symbol is drawn where its label point has a radius.
  const symbolsShown = () =>
    Number(map.getFeatureState({ source: 'focus-labels', id: '500000' }).r0 ?? 0) > 0;
  const expected: [string, () => boolean, boolean][] = [
    ['choropleth', choroplethShown, true],
    ['symbols', symbolsShown, true],
    ['choropleth', choroplethShown, false],
    ['symbols', symbolsShown, false],
  ];
  const rendered = (key: string) =>
    document.querySelector<HTMLInputElement>(`input[data-layer="${key}"]`);
  const ms: number[] = [];
  for (const [i, key] of arg.keys.entries()) {
    const box = rendered(key);
    if (!box) throw new Error(`no checkbox ${key}`);
    const idle = new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no idle after ${key}`)), arg.timeout);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve(performance.now());
      });
    });
    const t0 = performance.now();
    box.click();
    ms.push((await idle) - t0);
    const [what, shown, on] = expected[i % expected.length] ?? ['', () => true, true];
    if (shown() !== on) throw new Error(`after ${key}: ${what} shown ≠ ${on}`);
  }
  const idle = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no idle after a year step')), arg.timeout);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve(performance.now());
      });
    });
  const on = idle();
  document.querySelector<HTMLInputElement>(`input[data-layer="${arg.choropleth}"]`)?.click();
  await on;
  const slider = document.querySelector<HTMLElement>('[role="slider"]');
  if (!slider) throw new Error('no timeline slider');
  const yearMs: number[] = [];
  for (let i = 0; i < arg.yearSteps; i++) {
    const key = i < arg.yearSteps / 2 ? 'ArrowLeft' : 'ArrowRight';
    const done = idle();
    const t0 = performance.now();
    slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    map.triggerRepaint();
    yearMs.push((await done) - t0);
  }
  return { ms, yearMs, ...counts };
}

/** Runs in the page: the bare page's switches, straight on MapLibre. */
async function switchBare(arg: { cycles: number; timeout: number }): Promise<RunResult> {
  const map = (window as { __bareMap?: { map: MapLibreMap } }).__bareMap?.map;
  if (!map) throw new Error('window.__bareMap.map is missing');
  const idle = () =>
    new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no idle')), arg.timeout);
      map.once('idle', () => {
        clearTimeout(timer);
        resolve(performance.now());
      });
    });
  const classes = (palette: string[]) =>
    [
      'match',
      ['%', ['to-number', ['get', 'code'], 0], palette.length],
      ...(palette.flatMap((c, i) => [i, c]) as [number, string]),
      '#cccccc',
    ] as ExpressionSpecification;
  const colours = classes(['#edf8fb', '#b2e2e2', '#66c2a4', '#2ca25f', '#006d2c']);
  const other = classes(['#feedde', '#fdbe85', '#fd8d3c', '#e6550d', '#a63603']);
  // Hidden from the start, as the app's indicator layers are; added before the timed switches.
  map.addLayer(
    {
      id: 'bench-choropleth',
      type: 'fill',
      source: 'raw',
      layout: { visibility: 'none' },
      paint: { 'fill-color': '#cccccc', 'fill-opacity': 0.85 },
    },
    'line',
  );
  await idle();
  const steps: (() => void)[] = [
    () => {
      map.setPaintProperty('bench-choropleth', 'fill-color', colours);
      map.setLayoutProperty('bench-choropleth', 'visibility', 'visible');
    },
    () => map.setPaintProperty('bench-choropleth', 'fill-color', other),
    () => map.setPaintProperty('bench-choropleth', 'fill-color', colours),
    () => map.setLayoutProperty('bench-choropleth', 'visibility', 'none'),
  ];
  const ms: number[] = [];
  for (let c = 0; c < arg.cycles; c++)
    for (const step of steps) {
      const done = idle();
      const t0 = performance.now();
      step();
      ms.push((await done) - t0);
    }
  // The recolourings (steps 2 and 3 of each cycle) are what a year step does on this page.
  const yearMs = ms.filter((_, i) => i % steps.length === 1 || i % steps.length === 2);
  return { ms, yearMs, metadataEvents: 0, setDataCalls: 0 };
}

async function oneRun(url: string, kind: 'app' | 'bare', cycles: number): Promise<RunResult> {
  const session = await launch('zh-CN', new URL(url).origin, {
    motion: 'no-preference',
    serviceWorkers: 'allow',
  });
  try {
    const page: Page = await session.context.newPage();
    await page.goto(url);
    await waitForMapIdle(page);
    await (kind === 'app'
      ? installRebuildCounter(page)
      : page.evaluate('globalThis.__name = (f) => f'));
    // Let the first view's label fade and any late frame finish before timing.
    await page.waitForTimeout(500);
    const timeout = 30_000;
    if (kind === 'bare') return await page.evaluate(switchBare, { cycles, timeout });
    const keys = Array.from({ length: cycles }, () => [
      `indicator:${CHOROPLETH}`,
      `indicator:${SYMBOLS}`,
      `indicator:${CHOROPLETH}`,
      `indicator:${SYMBOLS}`,
    ]).flat();
    // A family's folded indicators are rendered once their fold is opened, as a reader opens it.
    for (const key of new Set(keys)) await revealLayerBox(page, key);
    return await page.evaluate(switchApp, {
      keys,
      choropleth: `indicator:${CHOROPLETH}`,
      yearSteps: 6,
      timeout,
    });
  } finally {
    await session.close();
  }
}

/**
 * `bareUrl` must expose its map as `window.__bareMap.map` (bench/bare/bare.js does) and mark
 * `map-idle`; `appUrl` opens the app with no indicator layer on.
 */
export async function timeLayerSwitch(
  bareUrl: string,
  appUrl: string,
  runs: number,
  cycles = 3,
  warmup = 1,
): Promise<LayerSwitch> {
  const bare: number[][] = [];
  const app: number[][] = [];
  const bareYear: number[] = [];
  const appYear: number[] = [];
  let metadataEvents = 0;
  let setDataCalls = 0;
  for (let r = -warmup; r < runs; r++) {
    const b = await oneRun(bareUrl, 'bare', cycles);
    const a = await oneRun(appUrl, 'app', cycles);
    const tag = r < 0 ? 'warm-up' : `run ${r + 1}/${runs}`;
    process.stderr.write(
      `[layer switch ${tag}] bare ${median(b.ms).toFixed(0)} ms  app ${median(a.ms).toFixed(0)} ms\n`,
    );
    if (r < 0) continue;
    bare.push(b.ms);
    app.push(a.ms);
    bareYear.push(...b.yearMs);
    appYear.push(...a.yearMs);
    metadataEvents += a.metadataEvents;
    setDataCalls += a.setDataCalls;
  }
  const perStep = (all: number[][]) =>
    STEPS.map((_, s) => median(all.flatMap((ms) => ms.filter((_, i) => i % STEPS.length === s))));
  const bareMs = median(bare.flat());
  const appMs = median(app.flat());
  const yearStepMs = median(appYear);
  const bareRecolourMs = median(bareYear);
  return {
    bareMs,
    appMs,
    ratio: appMs / bareMs,
    yearStepMs,
    bareRecolourMs,
    yearRatio: yearStepMs / bareRecolourMs,
    appStepMs: perStep(app),
    bareStepMs: perStep(bare),
    runs,
    switchesPerRun: cycles * STEPS.length,
    metadataEvents,
    setDataCalls,
  };
}
