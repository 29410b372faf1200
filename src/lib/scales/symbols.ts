/**
 * Proportional symbols scaled by area, not radius: a value twice as large covers twice the ink.
 * r = rMax * sqrt(v / vMax).
 */

export const DEFAULT_MAX_RADIUS = 28;

export function symbolRadius(value: number, vMax: number, rMax = DEFAULT_MAX_RADIUS): number {
  if (!(value > 0) || !(vMax > 0)) return 0;
  return rMax * Math.sqrt(value / vMax);
}

/** The largest 1, 2 or 5 × 10^k not above v: legend circles show round numbers. */
export function niceFloor(v: number): number {
  if (!(v > 0)) return 0;
  const pow = 10 ** Math.floor(Math.log10(v));
  const m = v / pow;
  const nice = m >= 5 ? 5 : m >= 2 ? 2 : 1;
  return Number((nice * pow).toPrecision(12));
}

/** Up to three round values for the size legend, largest first, all within the data's range. */
export function legendValues(vMax: number): number[] {
  const top = niceFloor(vMax);
  if (top === 0) return [];
  const out = [top, niceFloor(top / 4), niceFloor(top / 16)];
  return [...new Set(out)].filter((v) => v > 0);
}
