/**
 * The map's picture and printed sheet: the PNG is a named size whatever the window and the
 * panels (and each size when chosen), and the print button draws the sheet's map framed on the
 * view; a printed comparison puts the map's A4 sheet first, then the comparison on pages of its
 * own. The dialog's other downloads are share-export.test.ts's.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { blockSession, waitForMapIdle } from './browser';
import { shoot } from './journey-helpers';
import {
  PICTURE_SIZES,
  PRINT_MAP_SIZE,
  type PictureSizeName,
} from '../../src/lib/export/picture-sizes';
import { BANAN, PLACES, downloaded, pngColours, pngSize } from './export-helpers';

/** Opens the share dialog of `query` in a window of `size` and downloads the picture. */
async function pictureAt(
  session: { context: { newPage: () => Promise<Page> } },
  size: { width: number; height: number },
  query: string,
  sizeName: PictureSizeName = 'landscape',
): Promise<{ page: Page; bytes: Buffer }> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${inject('baseUrl')}?${query}`);
  await waitForMapIdle(page);
  await page.getByTestId('share').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
  await page.getByTestId(`picture-size-${sizeName}`).check();
  const { bytes } = await downloaded(page, 'download-png');
  return { page, bytes };
}

describe('the PNG at a named size', () => {
  const session = blockSession('en-US');
  const { landscape } = PICTURE_SIZES;
  const LANDSCAPE = [landscape.width * landscape.scale, landscape.height * landscape.scale];

  // It used to follow the window: 960×764 at 800×600, 3200×1826 at 1920×1080, a squat
  // 2092×696 with a comparison open under the map.
  it.each([
    // A large window is the share & download block's own (its default 1280×800 and more).
    ['a small window', { width: 800, height: 600 }, `r=${BANAN}&lang=en`],
    [
      'a comparison open',
      { width: 1280, height: 640 },
      `r=${BANAN}&l=boundaries,labels,i.teacher-rotation-share,i.${PLACES}&cmp=${BANAN},610727,640100&lang=en`,
    ],
  ])('is the landscape size whatever the window, with %s', async (_, size, query) => {
    const { page, bytes } = await pictureAt(session, size, query);
    expect(pngSize(bytes)).toEqual(LANDSCAPE);
    const seen = await pngColours(page, bytes);
    expect(seen.colours).toBeGreaterThan(40);
    expect(seen.white).toBeLessThan(0.5);
    await page.close();
  });

  it('is the square or the narrow size when chosen', async () => {
    const { page, bytes } = await pictureAt(
      session,
      { width: 1280, height: 800 },
      'lang=en',
      'square',
    );
    const { square, narrow } = PICTURE_SIZES;
    expect(pngSize(bytes)).toEqual([square.width * square.scale, square.height * square.scale]);
    // The same dialog, another size: no page load between the two pictures.
    await page.getByTestId('picture-size-narrow').check();
    const again = await downloaded(page, 'download-png');
    expect(pngSize(again.bytes)).toEqual([
      narrow.width * narrow.scale,
      narrow.height * narrow.scale,
    ]);
    await page.close();
  });
});

describe('printing a comparison', () => {
  const session = blockSession('en-US');

  it('prints the map’s A4 sheet first, then the comparison on pages of its own', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${inject('baseUrl')}?cmp=${BANAN},610727,640100&lang=en`);
    await waitForMapIdle(page);
    await page.locator('section.comparison table').waitFor({ state: 'visible' });
    await page.emulateMedia({ media: 'print' });
    const after = page.locator('.print-sheet .after section.comparison table');
    await after.waitFor({ state: 'visible' });
    // The map's sheet comes first in the printed order.
    expect(
      await page.evaluate(() => {
        const map = document.querySelector('.print-sheet canvas');
        const table = document.querySelector('.print-sheet .after');
        return !!map && !!table && !!(map.compareDocumentPosition(table) & 4);
      }),
    ).toBe(true);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('the print button', () => {
  const session = blockSession('en-US');

  it('prints a map drawn for the sheet, framed on the view, not the window’s', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${inject('baseUrl')}?cmp=${BANAN},610727,640100&lang=en`);
    await waitForMapIdle(page);
    // The browser's print dialog is left out: the test prints by emulating the medium.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.getByTestId('share').click();
    await page.getByTestId('print').click();
    await page.locator('body[data-printed]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    const size = await page
      .locator('.print-sheet canvas')
      .evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(size).toEqual([
      PRINT_MAP_SIZE.width * PRINT_MAP_SIZE.scale,
      PRINT_MAP_SIZE.height * PRINT_MAP_SIZE.scale,
    ]);
    await page.setViewportSize({ width: 1123, height: 794 });
    await shoot(page, 'export-print-comparison-en');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});
