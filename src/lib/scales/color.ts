/**
 * Colour-blind-safe colours. Choropleth ramps are single-hue sequential (they vary in lightness,
 * which every kind of colour vision reads); symbol layers take Okabe–Ito hues so stacked layers
 * stay distinguishable. "No data" is a neutral grey with a dashed outline, never a ramp colour.
 */
// d3-scale-chromatic is pinned to 3.1.0, one module per scheme: 3.1.1 ships one bundled file
// whose top-level scheme calls a bundler must keep, 15 KB of unused schemes in the first view.
import { interpolateBlues, interpolateOranges } from 'd3-scale-chromatic';
import type { IndicatorKind } from '../domain/schema';

/** A lower difference coefficient is more balanced: its ramp is warm so darker reads "more unequal". */
export function betterIsLower(kind: IndicatorKind): boolean {
  return kind === 'coefficient';
}

/** n colours from light to dark for an ordered classification. */
export function rampColours(kind: IndicatorKind, n: number): string[] {
  const interpolate = betterIsLower(kind) ? interpolateOranges : interpolateBlues;
  if (n <= 0) return [];
  // Skip the near-white end (it would look like "no data") and the near-black end.
  const lo = 0.25;
  const hi = 0.9;
  if (n === 1) return [interpolate((lo + hi) / 2)];
  return Array.from({ length: n }, (_, i) => interpolate(lo + ((hi - lo) * i) / (n - 1)));
}

/** Okabe & Ito (2008), the palette designed for colour-vision deficiency. */
export const OKABE_ITO = [
  '#E69F00',
  '#0072B2',
  '#009E73',
  '#CC79A7',
  '#D55E00',
  '#56B4E9',
  '#F0E442',
] as const;

/** The i-th symbol or measure layer's colour, cycling through the palette. */
export function categoricalColour(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length] as string;
}

/** The "no data" look, shared by the map paint and the legend. */
export const NO_DATA = { fill: '#e9e9e6', outline: '#8a8a8a', dash: [2, 2] } as const;

/**
 * A choropleth drawn against the national standard (layers/standard-classes.ts): Okabe–Ito's blue
 * for "meets" and orange for "falls short", which every kind of colour vision tells apart and
 * which differ in lightness too; "cannot tell" in their reddish purple. "Falls short" is also
 * hatched in `HATCH_INK`, so that no reader depends on the colour.
 */
export const VERDICT_COLOURS = {
  meets: '#0072B2',
  short: '#E69F00',
  undetermined: '#CC79A7',
} as const;

/** The hatching's lines, on the map and in the legend. */
export const HATCH_INK = '#1d232a';

/** Milestone markers, on the map and in the legend. */
export const MILESTONE_COLOUR = '#3b2a63';
