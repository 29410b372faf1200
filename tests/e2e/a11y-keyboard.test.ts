/**
 * Every reader, part two: the whole journey without a mouse — turn on a layer, choose a region,
 * open its sentence in the document and come back, move the timeline, close the region, copy
 * the link — and put the region in a comparison, add a second from the comparison's search and
 * read them in the table, then download what the map shows from the share dialog. Every Tab stop
 * shows where focus is (an outline or a box-shadow), and focus never falls to <body> when a
 * panel opens or closes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { RegionCode } from '../../src/lib/domain/schema';
import { TAB } from '../fixtures/tabs';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './app';
import { waitForMapIdle } from './browser';
import { atlas, query, sliderYear } from './journey-helpers';

const LUEYANG = '610727' as RegionCode;
const BANAN = '500113' as RegionCode;
const PLACES = 'new-school-places';
/** More stops than the page has: a target not reached by then is not reachable by Tab. */
const MAX_TABS = 400;

function placesFactId(): string {
  const f = (atlas().factsByRegion.get(LUEYANG) ?? []).find((x) => x.indicator === PLACES);
  if (!f) throw new Error(`dataset has no ${PLACES} fact for ${LUEYANG}`);
  return f.id;
}

/** The focused element, described, and whether it shows a focus indicator. */
interface FocusState {
  /** Tag, id and classes, to name the element in a failure. */
  what: string;
  lost: boolean;
  visible: boolean;
}

function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement)
      return { what: 'body', lost: true, visible: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    const what =
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((c) => `.${c}`).join('') +
      (el.getAttribute('data-layer') ? `[data-layer=${el.getAttribute('data-layer')}]` : '');
    return { what, lost: false, visible: outline || shadow };
  });
}

/** Focus is somewhere and visible there; `when` says which step, for the failure message. */
async function expectFocusShown(page: Page, when: string): Promise<FocusState> {
  const f = await focusState(page);
  expect(f.lost, `focus fell to <body> ${when}`).toBe(false);
  expect(f.visible, `no visible focus on ${f.what} ${when}`).toBe(true);
  return f;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking at every
 * stop that focus is visible and not lost.
 */
async function tabTo(page: Page, selector: string, back = false): Promise<void> {
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await expectFocusShown(page, `tabbing to ${selector}`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached in ${MAX_TABS} presses of Tab`);
}

const focused = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

describe('journey: keyboard only', () => {
  let app: OpenApp;
  beforeAll(async () => {
    app = await openApp(inject('baseUrl'));
    // The clipboard needs a permission headless Chromium does not grant: record the text instead.
    await app.page.evaluate(() => {
      const w = window as unknown as { copied?: string };
      navigator.clipboard.writeText = async (text: string) => void (w.copied = text);
    });
  });
  afterAll(async () => {
    await app?.session.close();
  });

  it('turns a layer on from the layer list', async () => {
    const { page } = app;
    const input = `input[data-layer="indicator:${PLACES}"]`;
    const box = `.layer-panel ${input}`;
    // A family's fine indicators are folded away: open the fold from its summary first.
    const fold = `.layer-panel details:not([open])[data-layers~="indicator:${PLACES}"]`;
    expect(await page.locator(fold).count()).toBe(1);
    if ((await page.locator(fold).count()) > 0) {
      await tabTo(page, `${fold} > summary`);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator(fold).count()).toBe(0);
      // The fold's boxes are rendered on its toggle event, a task after it opens.
      await page.locator(box).waitFor({ state: 'attached' });
    }
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator(box).isChecked()).toBe(true);
    await expect.poll(() => query(page).get('l') ?? '').toContain(`i.${PLACES}`);
    await expectFocusShown(page, 'after the layer toggled');
  });

  it('moves the layer down the stack and keeps focus on its arrows', async () => {
    const { page } = app;
    const row = `.layer-panel .order li[data-layer="indicator:${PLACES}"]`;
    await tabTo(page, `${row} button:last-of-type`);
    const before = query(page).get('l');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('l')).not.toBe(before);
    await expectFocusShown(page, 'after the layer moved');
    expect(await focused(page, `${row} button`)).toBe(true);
  });

  it('chooses a region in the region list', async () => {
    const { page } = app;
    await tabTo(page, '#region-list');
    const active = () => page.locator('#region-list').getAttribute('aria-activedescendant');
    for (let i = 0; i < atlas().dataset.regions.length; i++) {
      if ((await active()) === `region-option-${LUEYANG}`) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await active()).toBe(`region-option-${LUEYANG}`);
    await page.keyboard.press('Enter');
    await page.locator('.region-panel').waitFor();
    expect(query(page).get('r')).toBe(LUEYANG);
    // Choosing keeps the reader in the list, to go on choosing.
    expect(await focused(page, '#region-list')).toBe(true);
    await expectFocusShown(page, 'after the region panel opened');
  });

  it('puts the region in a comparison and adds a second from its search → comparison', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="compare-toggle"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('cmp')).toBe(LUEYANG);
    // The button stays (its words change): focus stays on it.
    await expectFocusShown(page, 'after the region joined the comparison');
    expect(await focused(page, '[data-testid="compare-toggle"]')).toBe(true);
    // The comparison sits under the map, before the region panel in the page's order. It is
    // loaded on first use: the reader tabs back to it once it is on screen.
    await page.locator('section.comparison [role="combobox"]').waitFor();
    await tabTo(page, 'section.comparison [role="combobox"]', true);
    await page.keyboard.type('Banan');
    await page.locator('section.comparison [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('cmp')).toBe(`${LUEYANG},${BANAN}`);
    await page.locator('section.comparison table').waitFor();
    await expectFocusShown(page, 'after the second region joined');
    await tabTo(page, `[data-testid="tab-${TAB.table}"]`, true);
    await page.keyboard.press('Enter');
    await page.locator('.table-view table').waitFor();
    await expectFocusShown(page, 'after the table opened');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('tab')).toBeNull();
    await expectFocusShown(page, 'back on the map');
  });

  it("opens the region's sentence in its document and comes back to it", async () => {
    const { page } = app;
    const quote = `.region-panel button.quote[data-item="${placesFactId()}"]`;
    await tabTo(page, quote);
    await page.keyboard.press('Enter');
    await page.locator('.source-viewer mark[aria-current="true"]').first().waitFor();
    expect(query(page).get('q')).toBe(placesFactId());
    // The quote went with the region panel: focus moves to the document, not to <body>.
    await expectFocusShown(page, 'after the document opened');
    expect(await focused(page, '.source-viewer h2')).toBe(true);

    await tabTo(page, '.source-viewer .actions button:last-of-type');
    await page.keyboard.press('Enter');
    await page.locator('.region-panel').waitFor();
    await expectFocusShown(page, 'after the document closed');
    expect(await focused(page, quote)).toBe(true);
  });

  it('moves the timeline with the arrow keys', async () => {
    const { page } = app;
    await tabTo(page, '[role="slider"]');
    const from = await sliderYear(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sliderYear(page)).toBe(from - 3);
    await expect.poll(() => query(page).get('y')).toBe(String(from - 3));
    await expectFocusShown(page, 'after the year moved');
  });

  it('closes the region panel: focus goes to the region list', async () => {
    const { page } = app;
    await tabTo(page, '.region-panel button.close', true);
    await page.keyboard.press('Enter');
    await page.locator('.region-panel').waitFor({ state: 'detached' });
    await expectFocusShown(page, 'after the region panel closed');
    expect(await focused(page, '#region-list')).toBe(true);
  });

  it('copies the link of the view from the share dialog', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="share"]', true);
    await page.keyboard.press('Enter');
    await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
    // The dialog opens on its link field, ready to copy by hand too.
    await expectFocusShown(page, 'after the share dialog opened');
    expect(await focused(page, '[data-testid="share-link"]')).toBe(true);
    await tabTo(page, '[data-testid="copy-link"]');
    await page.keyboard.press('Enter');
    const copied = await page.waitForFunction(
      () => (window as unknown as { copied?: string }).copied,
    );
    const link = new URL(String(await copied.jsonValue()));
    expect(link.searchParams.get('l')).toContain(`i.${PLACES}`);
    expect(link.searchParams.get('y')).toBe(query(page).get('y'));
    await expectFocusShown(page, 'after the link was copied');
  });

  it('downloads what the map shows, then closes the dialog: focus goes back to its button', async () => {
    const { page } = app;
    await tabTo(page, '[data-testid="download-screen-csv"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await expectFocusShown(page, 'after the download');
    await page.keyboard.press('Escape');
    await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    await expectFocusShown(page, 'after the share dialog closed');
    expect(await focused(page, '[data-testid="share"]')).toBe(true);
  });

  it("dismisses a broken link's notice: focus goes to the map it covered", async () => {
    const page = await app.session.context.newPage();
    try {
      await page.goto(`${inject('baseUrl')}?y=abcd`);
      await waitForMapIdle(page);
      await tabTo(page, '[data-testid="link-notice"] button');
      await page.keyboard.press('Enter');
      await page.getByTestId('link-notice').waitFor({ state: 'detached' });
      await expect.poll(() => focused(page, '#map')).toBe(true);
      await expectFocusShown(page, 'after the notice closed');
    } finally {
      await page.close();
    }
  });
});
