/**
 * Journey: compare regions and read the values as a table, in Chromium on the built app, in
 * Chinese and in English. A comparison is built by clicking (the region panel's "add to
 * comparison", then the comparison's own search), is outlined on the map, and reopens from its
 * link; the table is sorted from the keyboard, says so with aria-sort and a polite announcement,
 * and shows the value the map's tooltip shows. The app's own pure code is the oracle.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { comparisonModel } from '../../src/lib/compare/comparison';
import { sortRows } from '../../src/lib/compare/sort';
import { layerTable } from '../../src/lib/compare/table';
import { regionsInTreeOrder } from '../../src/lib/data/select';
import type { LayerId, RegionCode } from '../../src/lib/domain/schema';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { drawnLayer } from '../../src/lib/layers/layer-specs';
import { SOURCE } from '../../src/lib/map/ids';
import { COMPARED } from '../../src/lib/map/paint';
import { FOCUS_ID } from '../../src/lib/ui/focus';
import { TAB } from '../fixtures/tabs';
import { formatValue } from '../../src/lib/scales/format';
import { blockSession, waitForMapIdle, type Page } from './browser';
import { atlas, gotoRetrying, query, regionOption, waitForHeader } from './journey-helpers';

const BANAN = '500113' as RegionCode;
const LUEYANG = '610727' as RegionCode;
const PLACES = 'places-compulsory' as LayerId;

/** Whether a county's polygon carries the comparison's outline state. */
function outlined(page: Page, code: string): Promise<boolean> {
  return page.evaluate(
    ([source, id, key]) => window.__atlasDebug?.map.getFeatureState({ source, id })[key] === true,
    [SOURCE.county, code, COMPARED] as const,
  );
}

/** Opens the app at `q` in `lang` in a new page of `session`, once its map is idle. */
async function open(
  session: { context: { newPage: () => Promise<Page> } },
  retries: { count: number },
  q: string,
  lang: Lang,
): Promise<Page> {
  const page = await session.context.newPage();
  await gotoRetrying(page, `${inject('baseUrl')}?v=2&${q}${q ? '&' : ''}lang=${lang}`, retries);
  await waitForHeader(page);
  await waitForMapIdle(page);
  return page;
}

/** Text with runs of white space made one space. */
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

// One page per language, loaded once: the tooltip's value is read against the table first, then
// the comparison is built on the map it came back to.
describe.each(LANGS)('journey: compare regions (%s)', (lang) => {
  const session = blockSession();
  const retries = { count: 0 };
  let page: Page;
  beforeAll(async () => {
    page = await open(session, retries, '', lang);
  });

  it("shows in the table the value the map's tooltip shows", async () => {
    await regionOption(page, BANAN).hover();
    const tip = page.locator('[role="tooltip"] .value');
    await tip.waitFor();
    const shown = squash(await tip.textContent());
    await page.getByTestId(`tab-${TAB.table}`).click();
    await expect.poll(() => query(page).get('tab')).toBe(TAB.table);
    const cell = page.locator(`tr[data-region="${BANAN}"] td .value`).first();
    await cell.waitFor();
    const inTable = squash(await cell.textContent());
    expect(inTable.length).toBeGreaterThan(0);
    // The tooltip adds the levels the value counts after it.
    expect(shown.startsWith(inTable)).toBe(true);
    await page.getByTestId(`tab-${TAB.map}`).click();
    await expect.poll(() => query(page).get('tab')).toBeNull();
  });

  it('builds a comparison by clicking, outlines it, and reopens it from its link', async () => {
    // From the region panel.
    await regionOption(page, BANAN).click();
    await page.getByTestId('compare-toggle').click();
    await expect.poll(() => query(page).get('cmp')).toBe(BANAN);
    const panel = page.locator('section.comparison');
    await panel.waitFor();
    // From search: the comparison's own box.
    const name = atlas().regions.get(LUEYANG)!.name[lang];
    const box = panel.getByRole('combobox');
    await box.fill(lang === 'zh' ? '略阳' : 'Lueyang');
    await page.locator(`[role="option"]`, { hasText: name }).first().waitFor();
    await box.press('Enter');
    await expect.poll(() => query(page).get('cmp')).toBe(`${BANAN},${LUEYANG}`);
    await expect.poll(() => box.inputValue()).toBe('');

    // Side by side: the time rule's values, as the app's own model gives them.
    const model = comparisonModel(atlas(), [BANAN, LUEYANG], null);
    const row = model.families.flatMap((f) => f.rows).find((r) => r.layer.id === PLACES)!;
    const header = panel.getByRole('rowheader', {
      name: new RegExp(`^${row.layer.name[lang].replace(/[()]/g, '\\$&')}`),
    });
    const cells = header.locator('xpath=..').locator('td');
    for (const [i, cell] of row.cells.entries()) {
      const want = formatValue(cell!.value.fact, cell!.indicator.unit, lang);
      expect(squash(await cells.nth(i).textContent())).toContain(want);
    }
    await expect.poll(() => outlined(page, BANAN)).toBe(true);
    await expect.poll(() => outlined(page, LUEYANG)).toBe(true);

    // The sentence button opens the source viewer at that fact.
    await cells.nth(0).locator('button.quote').click();
    await expect.poll(() => query(page).get('q')).toBe(row.cells[0]!.value.fact.id);

    // The link reopens the comparison.
    const link = page.url();
    const again = await session.context.newPage();
    await again.goto(link);
    await waitForMapIdle(again);
    const heads = again.locator('section.comparison thead th');
    await expect
      .poll(() => heads.allTextContents())
      .toEqual([BANAN, LUEYANG].map((c) => atlas().regions.get(c)!.name[lang]));
    await expect.poll(() => outlined(again, LUEYANG)).toBe(true);
    await again.close();

    // Removing a region takes its outline off.
    await panel.locator('ul.chosen button.remove').nth(1).click();
    await expect.poll(() => query(page).get('cmp')).toBe(BANAN);
    await expect.poll(() => outlined(page, LUEYANG)).toBe(false);
  });
});

describe('journey: read the table', () => {
  const session = blockSession();
  const retries = { count: 0 };

  it.each(LANGS)(
    'sorts the table from the keyboard, with aria-sort and a spoken order (%s)',
    async (lang) => {
      const page = await open(session, retries, `tab=${TAB.table}`, lang);
      try {
        const layer = drawnLayer({ kind: 'concept', id: PLACES }, atlas())!;
        const table = layerTable(atlas(), layer, regionsInTreeOrder(atlas()), null);
        const keys = table.columns.map((c) => c.key);
        const th = page.locator('table th[scope="col"]', { hasText: layer.name[lang] }).first();
        await th.waitFor();
        // Keyboard only, as a reader of the keyboard goes: the first Tab reaches the skip link,
        // which takes the focus past the layer panel to the map's area; then Tab until the
        // column's sort button has focus, and Enter.
        const button = th.locator('button.sort');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(FOCUS_ID.map);
        for (
          let i = 0;
          i < 20 && !(await button.evaluate((b) => b === document.activeElement));
          i++
        )
          await page.keyboard.press('Tab');
        expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
        const names = () =>
          page
            .locator('table tbody th[scope="row"]')
            .evaluateAll((ths) => ths.map((t) => t.firstChild?.textContent?.trim() ?? ''));
        for (const direction of ['descending', 'ascending'] as const) {
          await page.keyboard.press('Enter');
          await expect.poll(() => th.getAttribute('aria-sort')).toBe(direction);
          const status = page.locator('.table-view [role="status"]');
          const said = lang === 'zh' ? (direction === 'ascending' ? '升序' : '降序') : direction;
          await expect.poll(() => status.textContent()).toContain(said);
          expect(await status.textContent()).toContain(layer.name[lang]);
          // The layer's own column: its one indicator's, as it joins no other.
          const column = table.columns[0]!.key;
          const want = sortRows(table.rows, keys, { column, direction }, lang);
          await expect.poll(names).toEqual(want.map((r) => r.region.name[lang]));
        }
      } finally {
        await page.close();
      }
    },
  );

  it('keeps the region names in view while the table scrolls sideways', async () => {
    // Compared regions with no layer chosen: every indicator is a column, thousands of pixels.
    const page = await open(session, retries, `cmp=${BANAN},${LUEYANG}&tab=${TAB.table}`, 'en');
    try {
      const scroller = page.locator('.table-view .scroll');
      const name = page.locator(`tr[data-region="${BANAN}"] th[scope="row"]`);
      await name.waitFor();
      const before = await name.boundingBox();
      const width = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
      expect(width).toBeGreaterThan(500);
      await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(500);
      const box = await scroller.boundingBox();
      const after = await name.boundingBox();
      // Stuck to the scroller's left edge, where the checkbox column was.
      expect(after?.x).toBeCloseTo(box?.x ?? NaN, 0);
      expect(after?.x).toBeLessThanOrEqual(before?.x ?? NaN);
    } finally {
      await page.close();
    }
  });
});
