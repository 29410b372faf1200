/**
 * The time rule in the browser: a link to 2021 with the milestones layer draws the provincial
 * evaluations 略阳县, 留坝县 and 佛坪县 passed in December 2021, though the document that
 * reports them came out in 2023 — and the timeline and map agree when the year moves.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SOURCE, INDICATOR_LAYER } from '../../src/lib/map/ids';
import { openApp, renderedCount, settle, type OpenApp } from './app';

const COUNTIES = ['610727', '610729', '610730'];

/** Milestones a region's label point counts as reached, and as still ahead. */
const milestones = (page: Page, code: string) =>
  page.evaluate(
    ([source, id]) => {
      const s = window.__atlasDebug?.map.getFeatureState({ source, id }) ?? {};
      return { reached: s.ms ?? 0, ahead: s.msUp ?? 0 };
    },
    [SOURCE.labels, code] as const,
  );

describe('the time rule in the browser', () => {
  let app: OpenApp;
  beforeAll(async () => {
    app = await openApp(`${inject('baseUrl')}?l=boundaries,labels,events&y=2021`);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('draws the three evaluations of December 2021 at 2021', async () => {
    for (const code of COUNTIES)
      await expect.poll(() => milestones(app.page, code)).toMatchObject({ reached: 1 });
    await settle(app.page);
    expect(await renderedCount(app.page, [INDICATOR_LAYER.milestones])).toBeGreaterThanOrEqual(3);
  });

  it('hides them at 2020, before they happened', async () => {
    await app.page.getByRole('slider').focus();
    await app.page.keyboard.press('ArrowLeft');
    for (const code of COUNTIES)
      await expect.poll(() => milestones(app.page, code)).toEqual({ reached: 0, ahead: 0 });
  });

  it("shows each milestone's words on the screen, the first and the last too", async () => {
    const { page } = app;
    const width = page.viewportSize()?.width ?? 0;
    const dots = page.locator('.timeline .milestone');
    const count = await dots.count();
    expect(count).toBeGreaterThan(2);
    for (const i of [0, count - 1]) {
      await dots.nth(i).hover();
      const tip = await dots.nth(i).locator('.tip').boundingBox();
      expect(tip).not.toBeNull();
      expect(tip?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((tip?.x ?? 0) + (tip?.width ?? Infinity)).toBeLessThanOrEqual(width);
    }
    await page.mouse.move(700, 5);
  });
});
