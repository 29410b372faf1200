/**
 * Journey: a figure read against the national standard, in Chromium on the built app, in
 * Chinese and in English. Chongqing's 0.415 urban–rural junior difference coefficient shows the
 * junior threshold (≤ 0.45) and "meets" in the region panel, the comparison, the map's legend
 * and the table, with the citation one disclosure away; the "about the standard" panel lists the
 * four parts and Chongqing under the coefficient. axe finds nothing in these states. The app's
 * own pure code (standard words, the overview) is the oracle.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { standardOverview } from '../../src/lib/data/standard-overview';
import { LANGS } from '../../src/lib/i18n/lang';
import { t } from '../../src/lib/i18n/strings-standard';
import { thresholdWords } from '../../src/lib/layers/standard-words';
import { TAB } from '../fixtures/tabs';
import { axeCheck } from './axe';
import { blockSession, waitForMapIdle, type Page } from './browser';
import { atlas, enterLink, gotoRetrying, waitForHeader } from './journey-helpers';

const STANDARD = 'qb2017-junior-difference-coefficient';
const VIEW = 'v=2&r=500000&cmp=500000,610727&l=boundaries,labels,i.difference-coefficient';
const SHOTS = '/work/shots-standard';

/** Text with runs of white space made one space. */
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

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
    await shoot(page, `panel-${lang}`);
    await inLegend.scrollIntoViewIfNeeded();
    await page.locator('details.legend').screenshot({ path: `${SHOTS}/legend-${lang}.png` });
  });

  it('shows the standard in the table', async () => {
    await open(`v=2&tab=${TAB.table}&l=boundaries,labels,i.difference-coefficient`);
    const cell = page.locator(`table [data-standard="${STANDARD}"]`);
    await cell.first().waitFor();
    expect(squash(await cell.first().textContent())).toContain(thresholdWords(standard, lang));
    expect(squash(await cell.first().textContent())).toContain(t(lang, 'verdictMeets'));
    await noAxeViolations(page, `table with the standard (${lang})`);
    await shoot(page, `table-${lang}`);
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
    await shoot(page, `about-${lang}`);
    // Escape closes it and focus goes back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => button.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
