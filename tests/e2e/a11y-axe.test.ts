/**
 * Every reader, part one: axe-core finds no violation in any state a journey reaches, in
 * Chinese and in English, on a desktop and on a phone. One browser and one tab; each visit opens
 * a link in Chinese, so its first state is checked as a reader arriving from that link sees it.
 * A state a reader reaches from there with a click (a region chosen, the table of a comparison)
 * is checked in the same loaded page, which spares a page load. Each state is checked in the
 * visit's language, then switched with the language button and checked again; the next state
 * starts from there. The comparison and the table are states of their own, on a desktop and on a
 * phone. States that last only while shown (the share dialog, printing) are opened for each
 * check and closed before the language changes; the embedded view has no language button, so
 * its English is opened by its own link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RegionCode } from '../../src/lib/domain/schema';
import type { Lang } from '../../src/lib/i18n/lang';
import { TAB } from '../fixtures/tabs';
import { axeCheck, type AxeReport } from './axe';
import { blockSession, waitForMapIdle } from './browser';
import { atlas, gotoRetrying, regionOption, waitForHeader } from './journey-helpers';

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

/** One state of the page, checked by axe in both languages. */
interface State {
  name: string;
  /** What must be on screen before axe reads the page. */
  ready: string;
  /** What the reader does, once, to come to this state from the one before in the visit. */
  reach?: (page: Page) => Promise<void>;
  /** A state that lasts only while shown: opened for each check, closed after it. */
  open?: (page: Page) => Promise<void>;
  close?: (page: Page) => Promise<void>;
}

/** A link opened in Chinese, and the states checked in it one after another. */
interface Visit {
  /** The link's query, without the language. */
  query: () => string;
  viewport?: { width: number; height: number };
  /** Has no language button: each language is opened by its own link (one state only). */
  reload?: boolean;
  states: readonly State[];
}

const VIEW = `r=500113&l=boundaries,labels,i.${PLACES}&i=${PLACES}`;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const YEAR = 2020;
const SORTED = '.table-view th[aria-sort="ascending"], .table-view th[aria-sort="descending"]';

const VISITS: readonly Visit[] = [
  {
    query: () => '',
    states: [
      { name: 'first view', ready: 'header h1' },
      {
        name: 'region selected',
        ready: '.region-panel',
        reach: (page) => regionOption(page, LUEYANG).click(),
      },
    ],
  },
  {
    // A region open at an earlier year: its later facts are set apart (\`.after\`), once faded
    // below WCAG contrast.
    query: () => `y=${YEAR}&r=${LUEYANG}`,
    states: [
      {
        name: 'timeline moved, region open',
        ready: '.region-panel .after',
      },
    ],
  },
  {
    query: () => `l=boundaries,labels,i.${PLACES}`,
    states: [{ name: 'layer on', ready: '.legend' }],
  },
  {
    query: () => 'v=2&std=1&l=boundaries,labels,c.difference-coefficient',
    states: [
      {
        name: 'layer drawn against the national standard',
        ready: '[data-testid="standard-drawing"] [data-standard]',
      },
    ],
  },
  {
    query: () => `s=003&q=${placesFactId()}`,
    states: [{ name: 'document open', ready: 'mark[aria-current="true"]' }],
  },
  { query: () => '', viewport: PHONE, states: [{ name: 'phone', ready: 'header h1' }] },
  {
    query: () => `r=${LUEYANG}`,
    viewport: PHONE,
    states: [{ name: 'phone, region selected', ready: '.region-panel' }],
  },
  {
    query: () => `v=2&cmp=${BANAN}`,
    states: [{ name: 'comparison being built', ready: 'section.comparison' }],
  },
  {
    query: () => COMPARE,
    states: [
      { name: 'comparison', ready: 'section.comparison table' },
      {
        // Sorted by its first value column, so aria-sort and the live region are set.
        name: 'table sorted, of a comparison',
        ready: SORTED,
        reach: async (page) => {
          await page.getByTestId(`tab-${TAB.table}`).click();
          await page.locator('.table-view thead button.sort').nth(1).click();
        },
      },
    ],
  },
  {
    query: () => `v=2&tab=${TAB.table}`,
    states: [{ name: 'table', ready: '.table-view table' }],
  },
  {
    query: () => COMPARE,
    viewport: PHONE,
    states: [{ name: 'phone, comparison', ready: 'section.comparison table' }],
  },
  {
    query: () => `v=2&tab=${TAB.table}`,
    viewport: PHONE,
    states: [{ name: 'phone, table', ready: '.table-view table' }],
  },
  {
    query: () => VIEW,
    states: [
      {
        name: 'share & download dialog',
        ready: '[data-testid="share-dialog"]',
        open: async (page) => {
          await page.getByTestId('share').click();
          await page.getByTestId('share-dialog').waitFor({ state: 'visible' });
        },
        close: async (page) => {
          await page.keyboard.press('Escape');
          await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
        },
      },
      {
        name: 'printing',
        ready: '.print-sheet',
        open: (page) => page.emulateMedia({ media: 'print' }),
        close: async (page) => {
          await page.emulateMedia({ media: 'screen' });
          await page.locator('.print-sheet').waitFor({ state: 'detached' });
        },
      },
    ],
  },
  {
    query: () => `${VIEW}&embed=1`,
    reload: true,
    states: [{ name: 'embedded', ready: '[data-testid="full-view"]' }],
  },
];

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

describe('axe: every journey state, both languages', () => {
  const session = blockSession();
  let page: Page;
  const retries = { count: 0 };
  const figures: string[] = [];
  beforeAll(async () => {
    page = await session.context.newPage();
  });
  afterAll(() => {
    // The figures the issue asks for, one line per state and language.
    if (figures.length > 0) console.info(`axe:\n${figures.join('\n')}`);
  });

  async function openLink(visit: Visit, lang: Lang): Promise<void> {
    const q = [visit.query(), `lang=${lang}`].filter(Boolean).join('&');
    await gotoRetrying(page, `${inject('baseUrl')}?${q}`, retries);
    await waitForHeader(page);
    await waitForMapIdle(page);
  }

  async function check(state: State, lang: Lang): Promise<void> {
    await state.open?.(page);
    await page.locator(state.ready).first().waitFor({ state: 'visible' });
    const report: AxeReport = await axeCheck(page);
    figures.push(
      `  ${state.name} (${lang}): ${report.violations.length} violations, ` +
        `${report.passes} rules passed, undecided: ${report.incomplete.join(', ') || 'none'}`,
    );
    expect(report.passes, `${state.name} (${lang})`).toBeGreaterThan(0);
    expect(report.violations, `${state.name} (${lang})`).toEqual([]);
    await state.close?.(page);
  }

  it.each(VISITS.map((visit) => ({ visit, names: visit.states.map((s) => s.name).join(' → ') })))(
    '$names',
    async ({ visit }) => {
      // One tab for every visit: a link opened in it is a fresh page, only the window is kept.
      await page.setViewportSize(visit.viewport ?? DESKTOP);
      await page.emulateMedia({ media: 'screen' });
      let lang: Lang = 'zh';
      await openLink(visit, lang);
      for (const state of visit.states) {
        await state.reach?.(page);
        await check(state, lang);
        lang = other(lang);
        if (visit.reload) await openLink(visit, lang);
        else {
          await page.getByTestId('lang-toggle').click();
          await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
        }
        await check(state, lang);
      }
    },
  );
});
