/**
 * Journey: a figure read against the national standard, in Chromium on the built app, in
 * Chinese and in English. Chongqing's 0.415 urban–rural junior difference coefficient shows the
 * junior threshold (≤ 0.45) and "meets" in the region panel, the comparison, the map's legend
 * and the table, with the citation one disclosure away; the "about the standard" panel lists the
 * four parts and Chongqing under the coefficient; the coefficient's layer, drawn against its
 * threshold from the legend, names it, colours Chongqing "meets" and keeps the choice in the link
 * (`std=1`). axe finds nothing in these states. The app's own pure code (standard words, the
 * overview, the verdict classes) is the oracle.
 */
import { describe, expect, inject, it } from 'vitest';
import { standardOverview } from '../../src/lib/data/standard-overview';
import { LANGS } from '../../src/lib/i18n/lang';
import { t, tf } from '../../src/lib/i18n/strings-standard';
import { VERDICT_CLASSES } from '../../src/lib/layers/standard-classes';
import { thresholdWords } from '../../src/lib/layers/standard-words';
import { INDICATOR_LAYER, SOURCE } from '../../src/lib/map/ids';
import { TAB } from '../fixtures/tabs';
import { axeCheck } from './axe';
import { blockSession, waitForMapIdle, type Page } from './browser';
import {
  atlas,
  enterLink,
  gotoRetrying,
  query,
  regionOption,
  waitForHeader,
} from './journey-helpers';

const STANDARD = 'qb2017-junior-difference-coefficient';
const VIEW = 'v=2&r=500000&cmp=500000,610727&l=boundaries,labels,i.difference-coefficient';
/** Chongqing open, on the coefficient's concept layer as the layer panel offers it. */
const LAYER_VIEW = 'v=2&r=500000&l=boundaries,labels,c.difference-coefficient';

/** Text with runs of white space made one space. */
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function noAxeViolations(page: Page, state: string): Promise<void> {
  const report = await axeCheck(page);
  expect(report.passes, state).toBeGreaterThan(0);
  expect(report.violations, state).toEqual([]);
}

// One page per language: the view is loaded, and each later view is opened by a history entry
// of it, as Back and Forward open one, sparing a page load each.
describe.each(LANGS)('journey: a figure against the national standard (%s)', (lang) => {
  const session = blockSession();
  const retries = { count: 0 };
  const standard = atlas().standards.find((s) => s.id === STANDARD)!;
  let page: Page;

  /** Opens the view `q` in the page: the first by loading it. */
  async function open(q: string) {
    const url = `?${q}&lang=${lang}`;
    if (page) {
      await enterLink(page, url);
      return;
    }
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await gotoRetrying(page, `${inject('baseUrl')}${url}`, retries);
    await waitForHeader(page);
    await waitForMapIdle(page);
  }

  it('shows the junior threshold and "meets" beside Chongqing’s 0.415 in the panel, the comparison and the legend', async () => {
    await open(VIEW);
    const bar = thresholdWords(standard, lang);
    const meets = t(lang, 'verdictMeets');

    const inPanel = page.locator(`.region-panel [data-standard="${STANDARD}"]`);
    await inPanel.waitFor();
    expect(squash(await inPanel.textContent())).toContain(bar);
    expect(squash(await inPanel.textContent())).toContain(meets);
    expect(
      squash(await inPanel.locator('xpath=ancestor::*[@data-fact][1]').textContent()),
    ).toContain('0.415');
    // The citation, one step away.
    await inPanel.locator('summary').click();
    await expect
      .poll(async () => squash(await inPanel.locator('details').textContent()))
      .toContain('教督〔2017〕6号');

    const inComparison = page.locator(`section.comparison [data-standard="${STANDARD}"]`);
    await inComparison.first().waitFor();
    expect(squash(await inComparison.first().textContent())).toContain(meets);

    const inLegend = page.locator(`.legend [data-entry="standard"][data-standard="${STANDARD}"]`);
    await inLegend.waitFor();
    expect(squash(await inLegend.textContent())).toContain(bar);

    await noAxeViolations(page, `panel with the standard (${lang})`);
  });

  it('shows the standard in the table', async () => {
    await open(`v=2&tab=${TAB.table}&l=boundaries,labels,i.difference-coefficient`);
    const cell = page.locator(`table [data-standard="${STANDARD}"]`);
    await cell.first().waitFor();
    expect(squash(await cell.first().textContent())).toContain(thresholdWords(standard, lang));
    expect(squash(await cell.first().textContent())).toContain(t(lang, 'verdictMeets'));
    await noAxeViolations(page, `table with the standard (${lang})`);
  });

  it('opens "about the standard": four parts, and Chongqing under the coefficient', async () => {
    await open('v=2');
    const button = page.getByTestId('about-standard');
    await button.click();
    const dialog = page.getByRole('dialog', { name: t(lang, 'aboutStandard') });
    await dialog.waitFor();
    const parts = standardOverview(atlas());
    expect(await dialog.locator('h3').allTextContents()).toEqual(
      parts.map((p) => t(lang, `part_${p.part}`)),
    );
    const item = dialog.locator('[data-indicator="difference-coefficient"]');
    const name = atlas().regions.get('500000' as never)!.name[lang];
    expect(squash(await item.textContent())).toContain(name);
    expect(squash(await item.textContent())).toContain(thresholdWords(standard, lang));
    expect(squash(await item.textContent())).toContain(t(lang, 'verdictMeets'));
    await noAxeViolations(page, `about the standard (${lang})`);
    // Escape closes it and focus goes back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  /** Chongqing's class and hatching on the map, and whether the hatching layer is shown. */
  const drawnState = () =>
    page.evaluate(
      ([source, hatch]) => {
        const map = window.__atlasDebug?.map;
        const state = map?.getFeatureState({ source, id: '500000' }) ?? {};
        return {
          class: state['class'] as number | undefined,
          hatch: state['hatch'] === true,
          hatchShown: map?.getLayoutProperty(hatch, 'visibility') === 'visible',
        };
      },
      [SOURCE.province, INDICATOR_LAYER.choroplethHatch.province] as const,
    );

  it('draws the coefficient against its threshold from the legend, names it, and keeps it in the link', async () => {
    await open(LAYER_VIEW);
    const legend = page.locator('details.legend');
    const toggle = legend.getByRole('checkbox', { name: t(lang, 'drawAgainstStandard') });
    await toggle.check();
    await expect.poll(() => query(page).get('std')).toBe('1');
    const named = `${t(lang, 'nationalStandard')} ${thresholdWords(standard, lang)}`;
    const against = legend.locator(
      `[data-testid="standard-drawing"] [data-standard="${STANDARD}"]`,
    );
    expect(squash(await against.textContent())).toContain(named);
    const block = legend.locator('.block[data-kind="choropleth"]');
    expect(squash(await block.textContent())).toContain(tf(lang, 'drawn_meets', { count: 1 }));
    expect(squash(await block.textContent())).toContain(tf(lang, 'drawn_short', { count: 0 }));
    expect(squash(await block.textContent())).toContain(t(lang, 'drawnNoFigure'));
    await expect
      .poll(drawnState)
      .toEqual({ class: VERDICT_CLASSES.indexOf('meets'), hatch: false, hatchShown: true });
    // The citation, one step away.
    await block.locator('[data-testid="standard-drawing"] summary').click();
    expect(
      squash(await block.locator('[data-testid="standard-drawing"] details').textContent()),
    ).toContain('教督〔2017〕6号');
    // The tooltip says the judgement in words.
    await regionOption(page, '500000').scrollIntoViewIfNeeded();
    await regionOption(page, '500000').hover();
    const tip = page.getByRole('tooltip');
    await tip.waitFor({ state: 'visible' });
    expect(squash(await tip.textContent())).toContain(t(lang, 'verdictMeets'));
    await noAxeViolations(page, `layer drawn against the standard (${lang})`);
    await page.mouse.move(700, 5);
    await tip.waitFor({ state: 'hidden' });
    const link = new URL(page.url()).search.slice(1);

    // The link opens the same drawing; turning it off takes `std` out of the link.
    await open('v=2');
    await expect.poll(() => query(page).get('std')).toBeNull();
    await open(link.replace(/&?lang=[a-z]+/, ''));
    expect(await toggle.isChecked()).toBe(true);
    await against.waitFor();
    await expect.poll(drawnState).toMatchObject({ class: 0, hatchShown: true });
    await toggle.uncheck();
    await expect.poll(() => query(page).get('std')).toBeNull();
    await legend.locator(`[data-entry="standard"][data-standard="${STANDARD}"]`).waitFor();
    await expect.poll(async () => (await drawnState()).hatchShown).toBe(false);
  });
});
