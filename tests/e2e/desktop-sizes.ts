/**
 * The desktop windows the page is laid out for, and the check made at each: the page never
 * scrolls (the document is exactly the window's height and width) and the map keeps at least
 * half the window's width. The axe journey (a11y-axe.test.ts) makes it in every state it visits
 * on a desktop, in both languages, so each state is opened once for both checks.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The smallest common desktop window, a common laptop's and a full-HD screen's. */
export const DESKTOP_SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** The page's scroll size, the window's size and the map's box, in CSS pixels. */
function measure(page: Page) {
  return page.evaluate(() => {
    const map = document.querySelector('.map-area')?.getBoundingClientRect();
    return {
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      height: innerHeight,
      width: innerWidth,
      mapWidth: map?.width ?? 0,
    };
  });
}

/**
 * Resizes the window through DESKTOP_SIZES, the largest first, and checks the page at each;
 * `state` names the page's state in a failure. The walk ends at the smallest size, so that what
 * the page draws next (the journey's next state) is drawn in the fewest pixels. A resize re-lays
 * the grid and the map as a page load does.
 */
export async function checkDesktopSizes(page: Page, state: string): Promise<void> {
  const sizes = [...DESKTOP_SIZES].sort((a, b) => b.width * b.height - a.width * a.height);
  for (const size of sizes) {
    await page.setViewportSize(size);
    const at = `${state} at ${size.width}×${size.height}`;
    await expect.poll(() => measure(page).then((m) => m.width), { message: at }).toBe(size.width);
    const m = await measure(page);
    expect(m.scrollHeight, at).toBe(m.height);
    expect(m.scrollWidth, at).toBe(m.width);
    expect(m.mapWidth, at).toBeGreaterThanOrEqual(m.width / 2 - 1);
  }
}
