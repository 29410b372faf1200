/**
 * Every reader, part one: axe-core finds no violation in any state a journey reaches, in
 * Chinese and in English, on a desktop and on a phone. One browser; each state is its own page,
 * opened by its link in Chinese, so a state is checked as a reader arriving from that link sees
 * it, then switched to English with the language button (the same view, without a second load:
 * loads are most of this file's time).
 * The comparison and the table are states of their own, on a desktop and on a phone.
 * States reached by an action (the share dialog, printing) take it after the link opened, and
 * undo it before the language changes; the embedded view has no language button, so its English
 * is opened by its own link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RegionCode } from '../../src/lib/domain/schema';
import type { Lang } from '../../src/lib/i18n/lang';
import { axeCheck, type AxeReport } from './axe';
import { launch, waitForMapIdle, type Session } from './browser';
import { atlas, gotoRetrying, waitForHeader } from './journey-helpers';

const LUEYANG = '610727' as RegionCode;
const BANAN = '500113' as RegionCode;
/** Three regions of three levels, a group among them. */
const COMPARE = `v=2&cmp=${BANAN},${LUEYANG},cq-metro`;
const PLACES = 'new-school-places';

/** The 新增学位 fact of 略阳县, whose sentence the document state highlights. */
function placesFactId(): string {
  const f = (atlas().factsByRegion.get(LUEYANG) ?? []).find((x) => x.indicator === PLACES);
  if (!f) throw new Error(`dataset has no ${PLACES} fact for ${LUEYANG}`);
  return f.id;
}

interface State {
  name: string;
  /** The link's query, without the language. */
  query: () => string;
  /** What must be on screen before axe reads the page. */
  ready: string;
  viewport?: { width: number; height: number };
  /** Sort the table by its first value column first, so aria-sort and the live region are set. */
  sort?: boolean;
  /** What the reader does once the link has opened, and how it is undone. */
  act?: (page: Page) => Promise<void>;
  undo?: (page: Page) => Promise<void>;
  /** Has no language button: each language is opened by its own link. */
  reload?: boolean;
}

const VIEW = `r=500113&l=boundaries,labels,i.${PLACES}&i=${PLACES}`;

const PHONE = { width: 390, height: 844 };
const STATES: readonly State[] = [
  { name: 'first view', query: () => '', ready: 'header h1' },
  { name: 'layer on', query: () => `l=boundaries,labels,i.${PLACES}`, ready: '.legend' },
  { name: 'region selected', query: () => `r=${LUEYANG}`, ready: '.region-panel' },
  {
    name: 'document open',
    query: () => `s=003&q=${placesFactId()}`,
    ready: 'mark[aria-current="true"]',
  },
  { name: 'timeline moved', query: () => 'y=2020', ready: '[role="slider"][aria-valuenow="2020"]' },
  { name: 'phone', query: () => '', ready: 'header h1', viewport: PHONE },
  {
    name: 'phone, region selected',
    query: () => `r=${LUEYANG}`,
    ready: '.region-panel',
    viewport: PHONE,
  },
  { name: 'comparison being built', query: () => `v=2&cmp=${BANAN}`, ready: 'section.comparison' },
  { name: 'comparison', query: () => COMPARE, ready: 'section.comparison table' },
  { name: 'table', query: () => 'v=2&tab=table', ready: '.table-view table' },
  {
    name: 'table sorted, of a comparison',
    query: () => `${COMPARE}&tab=table`,
    ready: '.table-view table',
    sort: true,
  },
  {
    name: 'phone, comparison',
    query: () => COMPARE,
    ready: 'section.comparison table',
    viewport: PHONE,
  },
  {
    name: 'phone, table',
    query: () => 'v=2&tab=table',
    ready: '.table-view table',
    viewport: PHONE,
  },
  {
    name: 'share & download dialog',
    query: () => VIEW,
    ready: '[data-testid="share-dialog"]',
    act: async (page) => {
      await page.getByTestId('share').click();
      await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
    },
    undo: async (page) => {
      await page.keyboard.press('Escape');
      await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'printing',
    query: () => VIEW,
    ready: '.print-sheet',
    act: (page) => page.emulateMedia({ media: 'print' }),
    undo: async (page) => {
      await page.emulateMedia({ media: 'screen' });
      await page.locator('.print-sheet').waitFor({ state: 'detached' });
    },
  },
  {
    name: 'embedded',
    query: () => `${VIEW}&embed=1`,
    ready: '[data-testid="full-view"]',
    reload: true,
  },
];

describe('axe: every journey state, both languages', () => {
  let session: Session;
  const retries = { count: 0 };
  const figures: string[] = [];
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    // The figures the issue asks for, one line per state and language.
    if (figures.length > 0) console.info(`axe:\n${figures.join('\n')}`);
    await session?.close();
  });

  it.each(STATES)('$name, zh then en', async (state: State) => {
    const base = inject('baseUrl');
    const page = await session.context.newPage();
    try {
      if (state.viewport) await page.setViewportSize(state.viewport);
      const q = [state.query(), 'lang=zh'].filter(Boolean).join('&');
      await gotoRetrying(page, `${base}?${q}`, retries);
      await waitForHeader(page);
      await waitForMapIdle(page);
      if (state.sort) await page.locator('.table-view thead button.sort').nth(1).click();
      for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
        if (lang === 'en' && state.reload) {
          await gotoRetrying(page, `${base}?${state.query()}&lang=en`, retries);
          await waitForMapIdle(page);
        } else if (lang === 'en') {
          await page.getByTestId('lang-toggle').click();
          await page.waitForFunction(() => document.documentElement.lang === 'en');
        }
        await state.act?.(page);
        await page.locator(state.ready).first().waitFor({ state: 'visible' });
        const report: AxeReport = await axeCheck(page);
        figures.push(
          `  ${state.name} (${lang}): ${report.violations.length} violations, ` +
            `${report.passes} rules passed, undecided: ${report.incomplete.join(', ') || 'none'}`,
        );
        expect(report.passes).toBeGreaterThan(0);
        expect(report.violations).toEqual([]);
        await state.undo?.(page);
      }
    } finally {
      await page.close();
    }
  });
});
