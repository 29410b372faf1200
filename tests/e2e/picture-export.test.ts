/**
 * The map's picture and printed sheet: the PNG is a named size whatever the window and the
 * panels (and each size when chosen), and the print button draws the sheet's map framed on the
 * view; a printed comparison puts the map's A4 sheet first, then the comparison on pages of its
 * own; its file name and the citation name every region compared; the browser's own print
 * (page.pdf() as Ctrl+P, no click on the print button, opened from `?lang=en`, a link with no
 * `v`) prints the same sheet. The dialog's other downloads are share-export.test.ts's.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGS } from '../../src/lib/i18n/lang';
import { PALETTE } from '../../src/lib/map/palette';
import { blockSession, waitForMapIdle } from './browser';
import { atlas, enterLink, shoot } from './journey-helpers';
import { PICTURE_SIZES, PRINT_MAP_SIZE } from '../../src/lib/export/picture-sizes';
import { BANAN, PLACES, downloaded, pngColours, pngSize } from './export-helpers';

/** Opens the share dialog of `query` in a window of `size` and downloads the landscape picture. */
async function pictureAt(
  session: { context: { newPage: () => Promise<Page> } },
  size: { width: number; height: number },
  query: string,
): Promise<{ page: Page; name: string; bytes: Buffer }> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${inject('baseUrl')}?${query}`);
  await waitForMapIdle(page);
  await page.getByTestId('share').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
  await page.getByTestId('picture-size-landscape').check();
  const { name, bytes } = await downloaded(page, 'download-png');
  return { page, name, bytes };
}

describe('the PNG at a named size', () => {
  const session = blockSession('en-US');
  const { landscape } = PICTURE_SIZES;
  const LANDSCAPE = [landscape.width * landscape.scale, landscape.height * landscape.scale];

  const COMPARED = [BANAN, '610727', '640100'];
  /** The words of an SVG's text elements. */
  const svgTexts = (svg: string) =>
    [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  // It used to follow the window: 960×764 at 800×600, 3200×1826 at 1920×1080, a squat
  // 2092×696 with a comparison open under the map.
  it('is the landscape size in a small window, and the square or the narrow size when chosen', async () => {
    // A large window is the share & download block's own (its default 1280×800 and more).
    const { page, bytes } = await pictureAt(
      session,
      { width: 800, height: 600 },
      `r=${BANAN}&lang=en`,
    );
    expect(pngSize(bytes)).toEqual(LANDSCAPE);
    const seen = await pngColours(page, bytes);
    expect(seen.colours).toBeGreaterThan(40);
    expect(seen.white).toBeLessThan(0.5);
    // The same dialog, other sizes: no page load between the pictures.
    const { square, narrow } = PICTURE_SIZES;
    for (const [name, size] of [
      ['square', square],
      ['narrow', narrow],
    ] as const) {
      await page.getByTestId(`picture-size-${name}`).check();
      const again = await downloaded(page, 'download-png');
      expect(pngSize(again.bytes), name).toEqual([
        size.width * size.scale,
        size.height * size.scale,
      ]);
    }
    await page.close();
  });

  it('is the landscape size with a comparison open under the map', async () => {
    // Drawn against its threshold, so the legend has a "falls short" row to hatch.
    const query = `r=${BANAN}&l=boundaries,labels,c.difference-coefficient,i.${PLACES}&std=1&cmp=${COMPARED.join(',')}&lang=en`;
    const { page, name, bytes } = await pictureAt(session, { width: 1280, height: 640 }, query);
    expect(pngSize(bytes)).toEqual(LANDSCAPE);
    const seen = await pngColours(page, bytes);
    expect(seen.colours).toBeGreaterThan(40);
    expect(seen.white).toBeLessThan(0.5);
    // The picture's file name and the citation name every region compared, not the one chosen.
    const names = COMPARED.map((code) => atlas().regions.get(code as never)?.name.en ?? code);
    expect(name).toMatch(
      /^balanced-education_banan-district_lueyang-county_yinchuan[\w-]*_en\.png$/,
    );
    const gbt = await page.getByTestId('cite-gbt').inputValue();
    expect(gbt).toContain(names.join(', '));
    // Every region compared is labelled on the picture, none dropped by MapLibre's collisions
    // (银川 and 汉中 were): set as the SVG's text, from the same drawing as the PNG's.
    const svg = (await downloaded(page, 'download-svg')).bytes.toString('utf8');
    for (const n of names) expect(svgTexts(svg)).toContain(n);
    // "falls short" hatched in the legend, as on the map: a pattern fills its swatch.
    expect(svg).toMatch(/<rect [^>]*fill="url\(#hatch-0\)"\/>/);
    // And in Chinese: the language switched, the dialog opened again, a new drawing.
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-toggle').click();
    await page.getByTestId('share').click();
    await page.getByTestId(`picture-size-landscape`).check();
    const zh = (await downloaded(page, 'download-svg')).bytes.toString('utf8');
    const zhNames = COMPARED.map((code) => atlas().regions.get(code as never)?.name.zh ?? code);
    for (const n of zhNames) expect(svgTexts(zh)).toContain(n);
    await page.close();
  });
});

describe('printing a comparison', () => {
  const session = blockSession('en-US');
  // Chongqing first: Chromium reported the print query off in the middle of printing, the sheet
  // was taken away and put back, and the PDF held the map's page alone (Banan first printed all).
  const COMPARED = ['500000', '640100', '610700'];

  it('prints the map’s A4 sheet first, then the comparison on pages of its own', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    // Drawn against its threshold: the printed legend must name it, as the page's does.
    const layer = 'l=boundaries,labels,c.difference-coefficient&std=1';
    await page.goto(`${inject('baseUrl')}?cmp=${COMPARED.join(',')}&${layer}&lang=en`);
    await waitForMapIdle(page);
    await page.locator('section.comparison table').waitFor({ state: 'visible' });
    await page.locator('.legend [data-testid="standard-drawing"]').first().waitFor();
    // The browser's own print, as Ctrl+P: the page is laid out right after `beforeprint`, so
    // the comparison must be in the sheet then (it used to arrive a moment later: a blank page),
    // and stay until `afterprint`, whose listener in the app takes the sheet away once.
    await page.evaluate(() => {
      let removed = 0;
      const count = (records: MutationRecord[]) => {
        for (const r of records)
          for (const node of r.removedNodes)
            if (node instanceof Element && node.matches('.print-sheet')) removed++;
      };
      const watch = new MutationObserver(count);
      addEventListener('beforeprint', () => {
        watch.observe(document.body, { childList: true, subtree: true });
        const map = document.querySelector('.print-sheet canvas');
        const table = document.querySelector('.print-sheet .after section.comparison table');
        const order = !!map && !!table && !!(map.compareDocumentPosition(table) & 4);
        document.body.dataset.printedOrder = String(order);
        document.body.dataset.printedRows = String(table?.querySelectorAll('tbody tr').length);
        // Laid out now or never: a part of the legend still being imported would print blank.
        const against = document.querySelector('.print-sheet .legend .against');
        document.body.dataset.printedAgainst = against?.textContent ?? '';
      });
      addEventListener('afterprint', () => {
        count(watch.takeRecords());
        watch.disconnect();
        document.body.dataset.sheetsRemoved = String(removed);
      });
    });
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    const printed = await page.evaluate(() => ({ ...document.body.dataset }));
    // The map's sheet comes first in the printed order, the comparison's table after it.
    expect(printed.printedOrder).toBe('true');
    expect(Number(printed.printedRows)).toBeGreaterThan(COMPARED.length);
    expect(printed.printedAgainst).toContain('≤ 0.45');
    // The sheet was taken away once, at `afterprint`, never while the browser printed.
    expect(printed.sheetsRemoved).toBe('1');
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);

    // The browser's print with the table open: what it records of the sheet as laid out.
    await page.evaluate(() =>
      addEventListener('beforeprint', () => {
        const map = document.querySelector('.print-sheet canvas');
        const after = document.querySelector('.print-sheet .after section');
        const table = after?.querySelector('table');
        const order = !!map && !!table && !!(map.compareDocumentPosition(table) & 4);
        document.body.dataset.tableAfter = `${after?.className.split(' ')[0]} ${order}`;
        document.body.dataset.tableRows = String(table?.querySelectorAll('tbody tr').length);
      }),
    );
    const printTable = async () => {
      const text = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
        'latin1',
      );
      for (const box of text.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)) {
        expect(Number(box[1])).toBeCloseTo(841.9, 0);
        expect(Number(box[2])).toBeCloseTo(595.3, 0);
      }
      expect(text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      return page.evaluate(() => ({ ...document.body.dataset }));
    };
    // The table of the regions compared, a column per layer they share, runs metres wide: the
    // comparison, the same values a layer to a row, prints after the map in its place.
    await page.getByTestId('tab-table').click();
    await page.locator('section.table-view table').waitFor({ state: 'visible' });
    expect((await printTable()).tableAfter).toBe('comparison true');
    // A layer's table, its regions a row each: after the map's sheet, on the pages it needs.
    await enterLink(page, '?tab=table&l=boundaries,labels,c.difference-coefficient&std=1&lang=en');
    await page.locator('section.table-view table').waitFor({ state: 'visible' });
    const layerTable = await printTable();
    expect(layerTable.tableAfter).toBe('table-view true');
    // Chongqing and Hanzhong, the regions with a figure in the coefficient's family.
    expect(Number(layerTable.tableRows)).toBeGreaterThanOrEqual(2);
    // Readable as printed, on an A4 landscape page's width: every column heading and value
    // there in print-size type, and nothing cut off at the page's right edge.
    await page.setViewportSize({ width: 1123, height: 794 });
    await page.emulateMedia({ media: 'print' });
    const asPrinted = await page.locator('.print-sheet .after').evaluate((after) => {
      const table = after.querySelector('table');
      const heads = [...(table?.querySelectorAll('thead th') ?? [])];
      const box = after.getBoundingClientRect();
      return {
        headings: heads.map((th) => (th as HTMLElement).innerText.trim()),
        values: [...(table?.querySelectorAll('tbody .value') ?? [])].filter(
          (v) => (v as HTMLElement).offsetWidth > 0,
        ).length,
        smallest: Math.min(
          ...[...(table?.querySelectorAll('th, td') ?? [])].map((c) =>
            parseFloat(getComputedStyle(c).fontSize),
          ),
        ),
        overflow: (table?.getBoundingClientRect().right ?? 0) - box.right,
        // Where each threshold is written, a disclosure on the screen, is on the paper.
        citations: [...document.querySelectorAll('.print-sheet details.cite > span')].map((c) =>
          c.checkVisibility(),
        ),
        right: box.right,
      };
    });
    expect(asPrinted.headings.every((h) => h !== '')).toBe(true);
    expect(asPrinted.values).toBeGreaterThan(0);
    // 7 pt, the smallest type a printed table is read in.
    expect(asPrinted.smallest).toBeGreaterThanOrEqual(9.3);
    expect(asPrinted.overflow).toBeLessThanOrEqual(1);
    // The legend's and Chongqing's 0.415's, at least.
    expect(asPrinted.citations.length).toBeGreaterThanOrEqual(2);
    expect(asPrinted.citations.every(Boolean)).toBe(true);
    await shoot(page, 'export-print-table-en');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('Ctrl+P, then the print button', () => {
  const session = blockSession('en-US');

  // Ctrl+P is caught by the page: the sheet's map is drawn first, then printed, whether or not it
  // was drawn ahead (here it cannot have been: the key comes as soon as the map is idle). Then,
  // the sheet taken away as the browser's `afterprint` takes it, the print button of the same
  // page must put up a sheet of its own.
  it('each print a map drawn for the sheet, framed on the view, not the window’s', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${inject('baseUrl')}?cmp=${BANAN},610727,640100&lang=en`);
    await waitForMapIdle(page);
    // The browser's print dialog is left out: the test prints by emulating the medium.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    const sheetMapSize = () =>
      page.locator('.print-sheet canvas').evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    const PRINTED = [
      PRINT_MAP_SIZE.width * PRINT_MAP_SIZE.scale,
      PRINT_MAP_SIZE.height * PRINT_MAP_SIZE.scale,
    ];
    await page.keyboard.press('Control+p');
    await page.locator('body[data-printed]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(await sheetMapSize()).toEqual(PRINTED);

    await page.evaluate(() => {
      document.body.removeAttribute('data-printed');
      window.dispatchEvent(new Event('afterprint'));
    });
    await page.locator('.print-sheet').waitFor({ state: 'detached' });
    await page.getByTestId('share').click();
    await page.getByTestId('print').click();
    await page.locator('body[data-printed]').waitFor({ state: 'attached', timeout: 60_000 });
    await page.emulateMedia({ media: 'print' });
    expect(await sheetMapSize()).toEqual(PRINTED);
    await page.setViewportSize({ width: 1123, height: 794 });
    await shoot(page, 'export-print-comparison-en');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

/** What the sheet held when the browser began printing: its map's pixels and its text. */
interface PrintedSheet {
  width: number;
  height: number;
  /** The box, in the map's pixels, of what is drawn in the regions' fill: the view's regions. */
  regions: { left: number; top: number; right: number; bottom: number } | null;
  text: string;
}

/** The county fill as drawn: the focus colour at 85 % over China's land (map/region-layers.ts). */
const REGION_FILL = [0, 1, 2].map((i) => {
  const channel = (hex: string) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return Math.round(0.85 * channel(PALETTE.focus) + 0.15 * channel(PALETTE.china));
});

describe.each(LANGS)('printing from the browser, not the print button (%s)', (lang) => {
  // A Chinese browser both times: `?lang=en`, a link with no `v`, must open the current default
  // view in English (it used to open as an old link, with no data layer and no legend).
  const session = blockSession('zh-CN');

  // Ctrl+P used to print the map as the window drew it: a small window's map, the legend's
  // corner left empty, whatever the reader had panned away from.
  it('prints the print button’s sheet: one A4 landscape page, the map framed on the view', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${inject('baseUrl')}?lang=${lang}`);
    await waitForMapIdle(page);
    const year = await page.getByRole('slider').getAttribute('aria-valuenow');
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    // The sheet's map is made ahead once the view has stood still (in Chinese here), or at once
    // when the reader turns to the browser's menus, which take the focus from the page (English).
    if (lang === 'en') await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await page.waitForFunction(() => performance.getEntriesByName('print-map').length > 0, null, {
      timeout: 60_000,
    });
    // Registered after the app's own listener, so it reads the sheet as the browser lays it out.
    await page.evaluate((fill) => {
      addEventListener('beforeprint', () => {
        const c = document.querySelector<HTMLCanvasElement>('.print-sheet canvas');
        const data = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
        let box: PrintedSheet['regions'] = null;
        for (let i = 0; c && data && i < data.length; i += 4) {
          if ([0, 1, 2].some((k) => Math.abs(data[i + k]! - fill[k]!) > 3)) continue;
          const [x, y] = [(i / 4) % c.width, Math.floor(i / 4 / c.width)];
          box = box ?? { left: x, top: y, right: x, bottom: y };
          box.left = Math.min(box.left, x);
          box.right = Math.max(box.right, x);
          box.top = Math.min(box.top, y);
          box.bottom = Math.max(box.bottom, y);
        }
        const sheet: PrintedSheet = {
          width: c?.width ?? 0,
          height: c?.height ?? 0,
          regions: box,
          text: document.querySelector('.print-sheet')?.textContent ?? '',
        };
        (window as { printed?: PrintedSheet }).printed = sheet;
      });
    }, REGION_FILL);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
      'latin1',
    );
    const sheet = await page.evaluate(() => (window as { printed?: PrintedSheet }).printed);
    // The print button's map, drawn for the sheet at its size, not the window's map.
    const { width, height, scale } = PRINT_MAP_SIZE;
    expect([sheet?.width, sheet?.height]).toEqual([width * scale, height * scale]);
    // Every region inside the map with a margin, none cut off at an edge.
    const regions = sheet?.regions;
    expect(regions).toBeTruthy();
    expect(regions!.left).toBeGreaterThan(10 * scale);
    expect(regions!.top).toBeGreaterThan(10 * scale);
    expect(width * scale - regions!.right).toBeGreaterThan(10 * scale);
    expect(height * scale - regions!.bottom).toBeGreaterThan(10 * scale);
    const text = sheet?.text ?? '';
    expect(text).toContain(
      lang === 'zh' ? '义务教育优质均衡发展地图' : 'Atlas of Quality-Balanced',
    );
    expect(text).toContain(lang === 'zh' ? '图例' : 'Legend');
    expect(text).toContain(year);
    const publishers = [...atlas().sources.values()].map((d) => d.publisher);
    expect(publishers.some((p) => text.includes(p))).toBe(true);
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toContain(inject('baseUrl'));
    expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf);
    expect(Number(box?.[1])).toBeCloseTo(841.9, 0);
    expect(Number(box?.[2])).toBeCloseTo(595.3, 0);
    await page.close();
  });
});
