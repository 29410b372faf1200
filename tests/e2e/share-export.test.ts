/**
 * Share & download, in Chinese and English: each download read back and checked (the CSVs'
 * byte-order mark, columns and a known verbatim quote; the JSON's dataset; the PNG's size, twice
 * the map's, and that it is a picture and not a blank), the printed page (one landscape page
 * with the map, not a white box), the link copied by hand where the browser has no clipboard,
 * and the embedded view (map, legend and timeline only; framed by another site; nothing fetched
 * from another host). Screenshots of the PNG and the printed page go to shots/. The picture's
 * named sizes and the print button are picture-export.test.ts's.
 */
import { createServer } from 'node:http';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGS } from '../../src/lib/i18n/lang';
import { VALUE_COLUMNS } from '../../src/lib/export/rows';
import { PICTURE_SIZES } from '../../src/lib/export/picture-sizes';
import { blockSession, launch, waitForMapIdle, type Session } from './browser';
import { atlas, shoot } from './journey-helpers';
import { settle } from './app';
import { freePort } from './global-setup';
import {
  BANAN,
  PLACES,
  VIEW,
  bananPlaces,
  downloaded,
  pngColours,
  pngSize,
} from './export-helpers';

const BOM = '\uFEFF';

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
    // Chongqing's 0.415 carries the junior threshold it is read against, and meets it.
    const coefficient = rows.find(
      (r) => r.region_code === '500000' && r.indicator === 'difference-coefficient',
    );
    expect(coefficient?.value).toBe('0.415');
    expect(coefficient?.standard).toBe('qb2017-junior-difference-coefficient');
    expect(coefficient?.standard_value).toBe('0.45');
    expect(coefficient?.standard_verdict).toBe('meets');
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

describe('without a clipboard', () => {
  const session = blockSession();

  // In both languages on one page: the language button, not a second load, changes the words.
  it('shows the pinned share link in a field to copy by hand, in Chinese and English', async () => {
    const page = await session.context.newPage();
    // Plain http on a local network: browsers give such pages no clipboard API at all.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    await page.goto(`${inject('baseUrl')}?${VIEW}&lang=zh`);
    await waitForMapIdle(page);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    for (const [lang, words] of [
      ['zh', /选中/],
      ['en', /select/],
    ] as const) {
      if (lang === 'en') {
        await page.keyboard.press('Escape');
        await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
        await page.getByTestId('lang-toggle').click();
        await page.waitForFunction(() => document.documentElement.lang.startsWith('en'));
      }
      await page.getByTestId('share').click();
      await page.getByTestId('copy-link').click();
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: words }).count(), { message: lang })
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
    }
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
});

// Once: what lets another site frame the app (its Content-Security-Policy) has no language.
describe('embedded in another site', () => {
  const session = blockSession();
  const lang = 'zh';

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
