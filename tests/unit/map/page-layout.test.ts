import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { desktopColumns, PAGE } from '../../../src/lib/map/page-layout';

/** Every stylesheet and component under src/, as text. */
function styleSources(dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return styleSources(path);
    return /\.(svelte|css)$/.test(e.name) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the desktop columns', () => {
  it('are the grid AtlasLayout draws at 1366 px: the side columns at their widest but the map', () => {
    expect(desktopColumns(1366, false)).toEqual({ aside: 320, map: 1046, detail: 0 });
    expect(desktopColumns(1366, true)).toEqual({ aside: 320, map: 683, detail: 363 });
    expect(desktopColumns(1920, true)).toEqual({ aside: 320, map: 1216, detail: 384 });
  });

  it('share a narrow page equally, the map keeping its half', () => {
    expect(desktopColumns(1000, true)).toEqual({ aside: 250, map: 500, detail: 250 });
  });

  it('always leave the map its least share and fill the width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: PAGE.phoneMaxWidth + 1, max: 4000 }),
        fc.boolean(),
        (w, open) => {
          const c = desktopColumns(w, open);
          expect(c.map).toBeGreaterThanOrEqual(w * PAGE.mapMinShare - 1e-9);
          expect(c.aside + c.map + c.detail).toBeCloseTo(w, 9);
          expect(c.aside).toBeLessThanOrEqual(PAGE.asideMaxWidth);
          expect(c.detail).toBeLessThanOrEqual(open ? PAGE.detailMaxWidth : 0);
        },
      ),
    );
  });
});

describe('the breakpoint', () => {
  // CSS media queries cannot read a custom property: they spell the number, and this keeps
  // every one of them on the module's.
  it('is the module’s in every media query of the app', () => {
    const found = styleSources().flatMap(({ path, text }) =>
      [...text.matchAll(/@media[^{]*\((?:max|min)-width:\s*(\d+)px\)/g)].map((m) => ({
        path,
        px: Number(m[1]),
      })),
    );
    expect(found.length).toBeGreaterThan(0);
    for (const { path, px } of found)
      expect([PAGE.phoneMaxWidth, PAGE.phoneMaxWidth + 1], path).toContain(px);
  });
});
