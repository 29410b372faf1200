/**
 * Journey 2, timeline and deep link, in Chromium on the built app: move the year slider to 2021
 * with the keyboard, turn a layer on, find 略阳县 by pinyin in the search box, switch to English;
 * the link then reopens that same view in a fresh browser context (a new profile), and Back and
 * Forward walk through the discrete changes one at a time. Then a link as a chat app passes it on,
 * with parameters of its own: no notice, and they stay in the address bar.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openApp, settle, type OpenApp } from './app';
import {
  layerChecked,
  revealLayerBox,
  query,
  regionOption,
  selectedInList,
  shoot,
  sliderYear,
  waitForHeader,
} from './journey-helpers';
import type { Page } from 'playwright-core';

const LUEYANG = '610727';
const YEAR = 2021;
const LAYER = 'indicator:new-school-places';
const EN_TITLE = 'Atlas of Quality-Balanced Compulsory Education';
const ZH_TITLE = '义务教育优质均衡发展地图';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const title = (page: Page) => page.locator('header h1').innerText();

/** The map's camera written as a link writes it (centre to 4 decimals, zoom to 2). */
const cameraText = (page: Page) =>
  page.evaluate(() => {
    const map = window.__atlasDebug?.map;
    if (!map) return null;
    const r = (x: number, d: number) => Number(x.toFixed(d)) || 0;
    const { lng, lat } = map.getCenter();
    return `${r(lng, 4)},${r(lat, 4)},${r(map.getZoom(), 2)}`;
  });

/** What the journey checks of a view: region, year, language, layer. */
async function view(page: Page) {
  return {
    region: await selectedInList(page),
    year: await sliderYear(page),
    lang: await htmlLang(page),
    layer: await layerChecked(page, LAYER),
  };
}

describe('journey: timeline and deep link', () => {
  let app: OpenApp;
  let fresh: OpenApp | null = null;
  let link = '';
  let latest = 0;
  let min = 0;

  beforeAll(async () => {
    // From the context layers alone, so the journey turns its layer on itself.
    app = await openApp(`${inject('baseUrl')}?l=boundaries,labels`);
  });
  afterAll(async () => {
    await fresh?.session.close();
    await app?.session.close();
  });

  it('moves the year slider to 2021 from the keyboard (Home, then ArrowRight)', async () => {
    const { page } = app;
    const slider = page.getByRole('slider');
    min = Number(await slider.getAttribute('aria-valuemin'));
    latest = Number(await slider.getAttribute('aria-valuemax'));
    expect(min).toBeLessThan(YEAR);
    expect(latest).toBeGreaterThan(YEAR);
    expect(await sliderYear(page)).toBe(latest); // no year in the link: the latest
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => sliderYear(page)).toBe(min);
    for (let y = min; y < YEAR; y++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => sliderYear(page)).toBe(YEAR);
    await expect.poll(() => query(page).get('y')).toBe(`${YEAR}`);
  });

  it('turns on a layer', async () => {
    const { page } = app;
    await (await revealLayerBox(app.page, LAYER)).check();
    await expect.poll(() => query(page).get('l') ?? '').toContain('i.new-school-places');
  });

  it('finds 略阳县 by typing "lueyang" in the search box and choosing it with Enter', async () => {
    const { page } = app;
    const box = page.getByRole('combobox');
    await box.focus();
    await box.pressSequentially('lueyang');
    const first = page.locator('.search [role="listbox"] [role="option"]').first();
    await expect.poll(() => first.innerText().catch(() => '')).toContain('略阳县');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedInList(page)).toBe(LUEYANG);
    await expect.poll(() => query(page).get('r')).toBe(LUEYANG);
    expect(await page.locator('.region-panel #region-title').innerText()).toBe('略阳县');
    expect(await sliderYear(page)).toBe(YEAR); // choosing a region keeps the year
  });

  it('switches to English with the language button', async () => {
    const { page } = app;
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(await title(page)).toBe(EN_TITLE);
    await expect.poll(() => query(page).get('lang')).toBe('en');
    // The link is read once the map has come to rest and the link carries where it rests.
    await settle(page);
    await expect.poll(() => query(page).get('c')).toBe(await cameraText(page));
    link = page.url();
    const q = query(page);
    expect(q.get('r')).toBe(LUEYANG);
    expect(q.get('y')).toBe(`${YEAR}`);
  });

  it('reopens the same view from the link in a fresh browser with a Chinese locale', async () => {
    expect(link).not.toBe('');
    fresh = await openApp(link, 'zh-CN');
    const { page } = fresh;
    await waitForHeader(page);
    expect(await view(page)).toEqual({ region: LUEYANG, year: YEAR, lang: 'en', layer: true });
    await settle(page);
    expect(await cameraText(page)).toBe(new URL(link).searchParams.get('c'));
    expect(await title(page)).toBe(EN_TITLE);
    expect(await page.locator('.region-panel #region-title').innerText()).toBe('略阳县');
    expect(await page.locator('.legend .block', { hasText: 'New school places' }).count()).toBe(1);
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    await regionOption(page, LUEYANG).scrollIntoViewIfNeeded();
    await shoot(page, 'journey2-deeplink-en');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
    expect(await title(page)).toBe(ZH_TITLE);
    await shoot(page, 'journey2-deeplink-zh');
  });

  it('walks back through language, region, layer and year, one step each', async () => {
    const { page } = app;
    await page.goBack();
    await expect.poll(() => htmlLang(page)).toBe('zh-Hans');
    expect(await view(page)).toEqual({ region: LUEYANG, year: YEAR, lang: 'zh-Hans', layer: true });
    expect(await title(page)).toBe(ZH_TITLE);

    await page.goBack();
    await expect.poll(() => selectedInList(page)).toBe(null);
    expect(await view(page)).toEqual({ region: null, year: YEAR, lang: 'zh-Hans', layer: true });

    await page.goBack();
    await expect.poll(() => layerChecked(page, LAYER)).toBe(false);
    expect(await view(page)).toEqual({ region: null, year: YEAR, lang: 'zh-Hans', layer: false });

    // Home and the arrow presses were one run of years, one entry: Back leaves the whole run.
    await page.goBack();
    await expect.poll(() => sliderYear(page)).toBe(latest);
    expect(await page.getByTestId('link-notice').count()).toBe(0);
  });

  it('walks forward again to the English view of 略阳县 in 2021', async () => {
    const { page } = app;
    await page.goForward();
    await expect.poll(() => sliderYear(page)).toBe(YEAR);
    await page.goForward();
    await expect.poll(() => layerChecked(page, LAYER)).toBe(true);
    await page.goForward();
    await expect.poll(() => selectedInList(page)).toBe(LUEYANG);
    await page.goForward();
    await expect.poll(() => htmlLang(page)).toBe('en');
    expect(await view(page)).toEqual({ region: LUEYANG, year: YEAR, lang: 'en', layer: true });
    expect(query(page).get('r')).toBe(LUEYANG);
  });
});

describe('journey: a link shared through a chat app', () => {
  const WILD = '&from=singlemessage&isappinstalled=0';
  let app: OpenApp;

  beforeAll(async () => {
    app = await openApp(`${inject('baseUrl')}?r=500113${WILD}`);
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it("opens the region with no notice and keeps the app's parameters through history", async () => {
    const { page } = app;
    await waitForHeader(page);
    expect(await selectedInList(page)).toBe('500113');
    expect(await page.getByTestId('link-notice').count()).toBe(0);
    const search = () => new URL(page.url()).search;
    expect(search()).toMatch(/^\?v=2&r=500113&/);
    expect(search().endsWith(WILD)).toBe(true);

    await regionOption(page, LUEYANG).click();
    await expect.poll(() => query(page).get('r')).toBe(LUEYANG);
    expect(search().endsWith(WILD)).toBe(true);

    await page.goBack();
    await expect.poll(() => selectedInList(page)).toBe('500113');
    expect(search().endsWith(WILD)).toBe(true);
    expect(await page.getByTestId('link-notice').count()).toBe(0);
  });

  it('copies a clean link: the view, without what the chat app added', async () => {
    const { page } = app;
    await page.evaluate(() => {
      const w = window as unknown as { copied?: string };
      navigator.clipboard.writeText = async (text: string) => void (w.copied = text);
    });
    await page.getByTestId('share').click();
    await page.getByTestId('copy-link').click();
    const copied = await page.waitForFunction(
      () => (window as unknown as { copied?: string }).copied,
    );
    const link = new URL(String(await copied.jsonValue()));
    expect(link.searchParams.get('r')).toBe('500113');
    expect(link.searchParams.has('from')).toBe(false);
    expect(link.searchParams.has('isappinstalled')).toBe(false);
  });
});
