/**
 * Share & download, in Chinese and English: each download read back and checked (the CSVs'
 * byte-order mark, columns and a known verbatim quote; the JSON's dataset; the PNG's size, twice
 * the map's, and that it is a picture and not a blank; its file name and the citation naming
 * every region compared), the printed page (one landscape page with the map, not a white box),
 * the same sheet from the browser's own print (page.pdf() as Ctrl+P, no click on the print
 * button, opened from `?lang=en`, a link with no `v`), the link copied by hand where the
 * browser has no clipboard, and the embedded view (map, legend and timeline only; framed by
 * another site; nothing fetched from another host). Screenshots of the PNG and the printed page
 * go to shots/.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { LANGS } from '../../src/lib/i18n/lang';
import { VALUE_COLUMNS } from '../../src/lib/export/rows';
import { blockSession, launch, waitForMapIdle, type Session } from './browser';
import { atlas, shoot } from './journey-helpers';
import {
  PICTURE_SIZES,
  PRINT_MAP_SIZE,
  type PictureSizeName,
} from '../../src/lib/export/picture-sizes';
import { PALETTE } from '../../src/lib/map/palette';
import { settle } from './app';
import { freePort } from './global-setup';

const BANAN = '500113';
const PLACES = 'new-school-places';
const VIEW = `r=${BANAN}&l=boundaries,labels,i.${PLACES}&i=${PLACES}`;
const BOM = '\uFEFF';

/** 巴南区's 新增学位 sentence, which the downloads must carry verbatim. */
function bananPlaces() {
  const fact = atlas()
    .factsByRegion.get(BANAN as never)
    ?.find((f) => f.indicator === PLACES);
  if (!fact) throw new Error(`dataset has no ${PLACES} fact for ${BANAN}`);
  return fact;
}

async function downloaded(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Distinct colours among a sample of a PNG's pixels, decoded by the browser. */
function pngColours(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; colours: number; white: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    let white = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      n++;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 250 && g > 250 && b > 250) white++;
      seen.add((r << 16) | (g << 8) | b);
    }
    return { width: c.width, height: c.height, colours: seen.size, white: white / n };
  }, png.toString('base64'));
}

/** Opens the share dialog of `query` in a window of `size` and downloads the picture. */
async function pictureAt(
  session: { context: { newPage: () => Promise<Page> } },
  size: { width: number; height: number },
  query: string,
  sizeName: PictureSizeName = 'landscape',
): Promise<{ page: Page; name: string; bytes: Buffer }> {
  const page = await session.context.newPage();
  await page.setViewportSize(size);
  await page.goto(`${inject('baseUrl')}?${query}`);
  await waitForMapIdle(page);
  await page.getByTestId('share').click();
  await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
  await page.getByTestId(`picture-size-${sizeName}`).check();
  const { name, bytes } = await downloaded(page, 'download-png');
  return { page, name, bytes };
}

/** A PNG's width and height, from its IHDR chunk (big-endian, at bytes 16 and 20). */
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

describe('the PNG at a named size', () => {
  const session = blockSession('en-US');
  const { landscape } = PICTURE_SIZES;
  const LANDSCAPE = [landscape.width * landscape.scale, landscape.height * landscape.scale];

  const COMPARED = [BANAN, '610727', '640100'];
  // It used to follow the window: 960×764 at 800×600, 3200×1826 at 1920×1080, a squat
  // 2092×696 with a comparison open under the map.
  it.each([
    // A large window is the share & download block's own (its default 1280×800 and more).
    ['a small window', { width: 800, height: 600 }, `r=${BANAN}&lang=en`],
    [
      'a comparison open',
      { width: 1280, height: 640 },
      `r=${BANAN}&l=boundaries,labels,i.teacher-rotation-share,i.${PLACES}&cmp=${COMPARED.join(',')}&lang=en`,
    ],
  ])('is the landscape size whatever the window, with %s', async (what, size, query) => {
    const { page, name, bytes } = await pictureAt(session, size, query);
    expect(pngSize(bytes)).toEqual(LANDSCAPE);
    const seen = await pngColours(page, bytes);
    expect(seen.colours).toBeGreaterThan(40);
    expect(seen.white).toBeLessThan(0.5);
    if (what === 'a comparison open') {
      // The picture's file name and the citation name every region compared, not the one chosen.
      const names = COMPARED.map((code) => atlas().regions.get(code as never)?.name.en ?? code);
      expect(name).toMatch(
        /^balanced-education_banan-district_lueyang-county_yinchuan[\w-]*_en\.png$/,
      );
      const gbt = await page.getByTestId('cite-gbt').inputValue();
      expect(gbt).toContain(names.join(', '));
    }
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
  // Chongqing first: Chromium reported the print query off in the middle of printing, the sheet
  // was taken away and put back, and the PDF held the map's page alone (Banan first printed all).
  const COMPARED = ['500000', '640100', '610700'];

  it('prints the map’s A4 sheet first, then the comparison on pages of its own', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1366, height: 800 });
    await page.goto(`${inject('baseUrl')}?cmp=${COMPARED.join(',')}&lang=en`);
    await waitForMapIdle(page);
    await page.locator('section.comparison table').waitFor({ state: 'visible' });
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
    // The sheet was taken away once, at `afterprint`, never while the browser printed.
    expect(printed.sheetsRemoved).toBe('1');
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

describe('Ctrl+P', () => {
  const session = blockSession('en-US');

  // Caught by the page: the sheet's map is drawn first, then printed, whether or not it was
  // drawn ahead (here it cannot have been: the key comes as soon as the map is idle).
  it('draws the sheet’s map, framed on the view, then prints', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${inject('baseUrl')}?cmp=${BANAN},610727,640100&lang=en`);
    await waitForMapIdle(page);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', '');
    });
    await page.keyboard.press('Control+p');
    await page.locator('body[data-printed]').waitFor({ state: 'attached', timeout: 60_000 });
    const size = await page
      .locator('.print-sheet canvas')
      .evaluate((c: HTMLCanvasElement) => [c.width, c.height]);
    expect(size).toEqual([
      PRINT_MAP_SIZE.width * PRINT_MAP_SIZE.scale,
      PRINT_MAP_SIZE.height * PRINT_MAP_SIZE.scale,
    ]);
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
    // The sheet's map is made once the view has stood still; a reader takes longer than that.
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

describe.each(LANGS)('share & download (%s)', (lang) => {
  let session: Session;
  let page: Page;
  const base = inject('baseUrl');

  beforeAll(async () => {
    session = await launch(lang === 'zh' ? 'zh-CN' : 'en-US');
    page = await session.context.newPage();
    await page.goto(`${base}?${VIEW}&lang=${lang}`);
    await waitForMapIdle(page);
    await settle(page);
    await page.getByTestId('share').click();
    await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the pinned share link, focused and selected', async () => {
    const link = new URL(await page.getByTestId('share-link').inputValue());
    expect(link.searchParams.get('r')).toBe(BANAN);
    expect(link.searchParams.get('l')).toBe(`boundaries,labels,i.${PLACES}`);
    expect(link.searchParams.get('y')).toMatch(/^\d{4}$/);
    const selected = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) : '';
    });
    expect(selected).toBe(link.href);
    await shoot(page, `share-dialog-${lang}`);
  });

  it('downloads what the map shows as CSV: BOM, columns, the sentence verbatim', async () => {
    const { name, bytes } = await downloaded(page, 'download-screen-csv');
    const year = new URL(await page.getByTestId('share-link').inputValue()).searchParams.get('y');
    expect(name).toBe(`balanced-education_banan-district_${PLACES}_${year}_${lang}.csv`);
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = csvParse(text.slice(1));
    expect(rows.columns).toEqual([...VALUE_COLUMNS]);
    const banan = rows.find((r) => r.region_code === BANAN);
    expect(banan?.quote).toBe(bananPlaces().quote);
    expect(banan?.region_zh).toBe('巴南区');
    expect(Number(banan?.value)).toBe(bananPlaces().value);
    expect(new URL(banan?.link ?? '').searchParams.get('r')).toBe(BANAN);
  });

  it('downloads the whole dataset as CSV, each value with a link that opens its sentence', async () => {
    const { name, bytes } = await downloaded(page, 'download-dataset-csv');
    expect(name).toBe(`balanced-education_dataset_all-years_${lang}.csv`);
    const text = bytes.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = csvParse(text.slice(1));
    expect(rows).toHaveLength(atlas().dataset.facts.length);
    const fact = bananPlaces();
    const row = rows.find((r) => r.quote === fact.quote);
    const link = new URL(row?.link ?? '');
    expect(link.searchParams.get('r')).toBe(BANAN);
    expect(link.searchParams.get('l')).toContain(`i.${PLACES}`);
    expect(link.searchParams.get('s')).toBe(fact.source);
    expect(link.searchParams.get('q')).toBe(fact.id);
    expect(link.searchParams.get('y')).toBe(fact.date?.slice(0, 4));
  });

  it('downloads the dataset as JSON, as loaded, with its release', async () => {
    const { name, bytes } = await downloaded(page, 'download-dataset-json');
    expect(name).toMatch(/^balanced-education_dataset_[0-9a-f]{12}_all-years_zh-en\.json$/);
    const body = JSON.parse(bytes.toString('utf8'));
    expect(body.release).toEqual(atlas().dataset.release);
    expect(body.dataset.facts).toHaveLength(atlas().dataset.facts.length);
  });

  it('downloads the map as a PNG of the landscape size, a picture and not a blank', async () => {
    const { name, bytes } = await downloaded(page, 'download-png');
    expect(name).toMatch(
      new RegExp(`^balanced-education_banan-district_${PLACES}_\\d{4}_${lang}\\.png$`),
    );
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const { landscape } = PICTURE_SIZES;
    expect(pngSize(bytes)).toEqual([
      landscape.width * landscape.scale,
      landscape.height * landscape.scale,
    ]);
    const seen = await pngColours(page, bytes);
    expect(seen.colours).toBeGreaterThan(40);
    expect(seen.white).toBeLessThan(0.5);
    const shots = await session.context.newPage();
    await shots.setContent('<body style="margin:0"></body>');
    await shots.setViewportSize({ width: seen.width / 2, height: seen.height / 2 });
    await shots.evaluate((b64) => {
      const img = document.createElement('img');
      img.src = `data:image/png;base64,${b64}`;
      img.style.width = '100%';
      document.body.append(img);
      return img.decode();
    }, bytes.toString('base64'));
    await shoot(shots, `export-png-${lang}`);
    await shots.close();
  });

  it('downloads the map as an SVG whose title, legend and sources are text', async () => {
    const { name, bytes } = await downloaded(page, 'download-svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/<image href="data:image\/png;base64,/);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(texts).toContain(
      lang === 'zh' ? '义务教育优质均衡发展地图' : 'Atlas of Quality-Balanced',
    );
    expect(texts).toContain(lang === 'zh' ? '巴南区' : 'Banan District');
    expect(texts).toContain(atlas().sources.get(bananPlaces().source)?.publisher);
  });

  it('offers citations in GB/T 7714 and APA with the dataset’s release and the link', async () => {
    const link = await page.getByTestId('share-link').inputValue();
    const gbt = await page.getByTestId('cite-gbt').inputValue();
    const apa = await page.getByTestId('cite-apa').inputValue();
    const release = atlas().dataset.release;
    expect(gbt).toContain('[DB/OL]');
    expect(gbt).toContain(`(${release?.date})`);
    expect(gbt.endsWith(link)).toBe(true);
    expect(apa).toContain(lang === 'zh' ? '[数据集]' : '[Data set]');
    expect(apa.endsWith(link)).toBe(true);
  });

  it('offers an <iframe> of the embedded view', async () => {
    const code = await page.getByTestId('embed-code').inputValue();
    const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(new URL(src).searchParams.get('embed')).toBe('1');
    expect(new URL(src).searchParams.get('r')).toBe(BANAN);
  });

  it('closes with Escape and gives focus back to the share button', async () => {
    await page.keyboard.press('Escape');
    await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'share',
    );
  });

  it('prints one A4 landscape page with the map as drawn, its legend and sources', async () => {
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.print-sheet');
    await sheet.waitFor({ state: 'visible' });
    expect(await page.locator('.app').isVisible()).toBe(false);
    // The printed map is the canvas's picture, not a white box.
    const printed = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.print-sheet canvas');
      const data = c?.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set<number>();
      for (let i = 0; data && i < data.length; i += 4 * 53)
        seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
    expect(printed).toBeGreaterThan(40);
    await expect.poll(() => sheet.textContent()).toContain(lang === 'zh' ? '图例' : 'Legend');
    expect(await sheet.textContent()).toContain(
      atlas().sources.get(bananPlaces().source)?.publisher,
    );
    await page.setViewportSize({ width: 1123, height: 794 });
    await shoot(page, `export-print-${lang}`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
    // A4 landscape, 297 × 210 mm, in points: not the browser's Letter.
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
    expect(Number(box?.[1])).toBeCloseTo(841.9, 0);
    expect(Number(box?.[2])).toBeCloseTo(595.3, 0);
    expect(text).toMatch(/\/Subtype\s*\/Image/);
    await page.emulateMedia({ media: 'screen' });
    await sheet.waitFor({ state: 'detached' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});

describe.each(LANGS)('without a clipboard (%s)', (lang) => {
  const session = blockSession();

  it('shows the pinned share link in a field to copy by hand', async () => {
    const page = await session.context.newPage();
    // Plain http on a local network: browsers give such pages no clipboard API at all.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    await page.goto(`${inject('baseUrl')}?${VIEW}&lang=${lang}`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.getByTestId('share').click();
    await page.getByTestId('copy-link').click();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /select|选中/ })
          .count(),
      )
      .toBe(1);
    const field = page.getByTestId('share-link');
    await field.focus();
    const link = new URL(await field.inputValue());
    expect(link.searchParams.get('l')).toBe(`boundaries,labels,i.${PLACES}`);
    expect(link.searchParams.get('i')).toBe(PLACES);
    expect(link.searchParams.get('y')).toMatch(/^\d{4}$/);
    expect(
      await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!),
    ).toBe(link.href.length);
  });
});

describe.each(LANGS)('embedded (%s)', (lang) => {
  const session = blockSession();

  it('shows the map, legend and timeline only, with a link to the full view', async () => {
    const base = inject('baseUrl');
    const page = await session.context.newPage();
    await page.goto(`${base}?${VIEW}&embed=1&lang=${lang}`);
    await waitForMapIdle(page);
    await page.locator('.legend').first().waitFor({ state: 'visible' });
    await page.getByRole('slider').waitFor({ state: 'visible' });
    for (const panel of ['aside', '.detail', '[data-testid="share"]', '.search', '.layer-panel'])
      expect(await page.locator(panel).count(), panel).toBe(0);
    const full = page.getByTestId('full-view');
    expect(await full.getAttribute('target')).toBe('_blank');
    const href = new URL((await full.getAttribute('href')) ?? '');
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('r')).toBe(BANAN);
    expect(href.searchParams.get('l')).toBe(`boundaries,labels,i.${PLACES}`);
    await shoot(page, `export-embed-${lang}`);
    await page.close();
  });

  it('is framed by a page of another site', async () => {
    const base = inject('baseUrl');
    // Another site on this machine: an article served from localhost (not 127.0.0.1's site) on
    // a port of its own. A page with no address (a routed one) would count as public, and
    // Chromium blocks public pages from framing loopback ones before the CSP is even read.
    const article = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<!doctype html><title>article</title><iframe src="${base}?${VIEW}&embed=1&lang=${lang}" width="800" height="600"></iframe>`,
      );
    });
    const port = await freePort();
    await new Promise<void>((resolve) => article.listen(port, '127.0.0.1', resolve));
    const other = `http://localhost:${port}/`;
    // The article's own page is the one other host the guard lets the browser ask.
    session.guard.allowOrigin(other);
    const page = await session.context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (origin !== new URL(base).origin && r.url() !== other) foreign.push(r.url());
    });
    try {
      await page.goto(other, { waitUntil: 'commit' });
      const frame = page.frameLocator('iframe');
      await frame.getByTestId('full-view').waitFor({ state: 'visible', timeout: 60_000 });
      await frame.locator('canvas.maplibregl-canvas').waitFor({ state: 'visible' });
      expect(foreign).toEqual([]);
    } finally {
      await page.close();
      // The browser keeps its connections open; close() alone would wait for them.
      article.closeAllConnections();
      await new Promise((resolve) => article.close(resolve));
    }
  });
});
