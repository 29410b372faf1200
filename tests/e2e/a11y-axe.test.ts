/**
 * Every reader, part one: axe-core finds no violation in any state a journey reaches, in
 * Chinese and in English, on a desktop and on a phone. One browser and one tab; each visit loads
 * one page in its window, and each state of it is opened in Chinese by its link: the first by the
 * page load, as a reader arriving from that link sees it, the others by a history entry of the
 * loaded page, as Back and Forward open one (the app reads both with the same codec), which
 * spares a page load each. A state a reader reaches with a click (a region chosen, the table of a
 * comparison) is reached from the state before. Each state is checked in its language, then
 * switched with the language button and checked again; a state reached by a click starts from
 * there. The comparison and the table are states of their own, on a desktop and on a phone.
 * States that last only while shown (the share dialog, printing) are opened for each check and
 * closed before the language changes; the embedded view has no language button, so its English
 * is opened by its own link. Each desktop state, once checked in a language, is also laid out at
 * every desktop size (desktop-sizes.ts: the page never scrolls, the map keeps half the width),
 * so the states are opened once for both checks.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RegionCode } from '../../src/lib/domain/schema';
import type { Lang } from '../../src/lib/i18n/lang';
import { TAB } from '../fixtures/tabs';
import { axeCheck, type AxeReport } from './axe';
import { blockSession, waitForMapIdle } from './browser';
import { checkDesktopSizes } from './desktop-sizes';
import { atlas, enterLink, gotoRetrying, regionOption, waitForHeader } from './journey-helpers';

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
  /**
   * The link (its query, without the language) that opens this state in Chinese: the visit's
   * first by a page load, the others by a history entry in the same page, as Back and Forward
   * open one. A state without one is reached from the state before it by `reach`.
   */
  link?: () => string;
  /** What the reader does, once, to come to this state from the one before in the visit. */
  reach?: (page: Page) => Promise<void>;
  /** A state that lasts only while shown: opened for each check, closed after it. */
  open?: (page: Page) => Promise<void>;
  close?: (page: Page) => Promise<void>;
  /** A desktop state the page is also laid out in at every desktop size (desktop-sizes.ts). */
  sizes?: true;
}

/** One page load, in one window, and the states checked in it one after another. */
interface Visit {
  name: string;
  viewport: { width: number; height: number };
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
    name: 'desktop',
    viewport: DESKTOP,
    states: [
      { name: 'first view', sizes: true, ready: 'header h1', link: () => '' },
      {
        name: 'region selected',
        sizes: true,
        ready: '.region-panel',
        reach: (page) => regionOption(page, LUEYANG).click(),
      },
      {
        // A region open at an earlier year: its later facts are set apart (\`.after\`), once
        // faded below WCAG contrast.
        name: 'timeline moved, region open',
        sizes: true,
        ready: '.region-panel .after',
        link: () => `y=${YEAR}&r=${LUEYANG}`,
      },
      {
        name: 'layer on',
        sizes: true,
        ready: '.legend',
        link: () => `l=boundaries,labels,i.${PLACES}`,
      },
      {
        name: 'layer drawn against the national standard',
        sizes: true,
        ready: '[data-testid="standard-drawing"] [data-standard]',
        link: () => 'v=2&std=1&l=boundaries,labels,c.difference-coefficient',
      },
      {
        name: 'document open',
        sizes: true,
        ready: 'mark[aria-current="true"]',
        link: () => `s=003&q=${placesFactId()}`,
      },
      {
        name: 'comparison being built',
        sizes: true,
        ready: 'section.comparison',
        link: () => `v=2&cmp=${BANAN}`,
      },
      { name: 'comparison', sizes: true, ready: 'section.comparison table', link: () => COMPARE },
      {
        // Sorted by its first value column, so aria-sort and the live region are set.
        name: 'table sorted, of a comparison',
        sizes: true,
        ready: SORTED,
        reach: async (page) => {
          await page.getByTestId(`tab-${TAB.table}`).click();
          await page.locator('.table-view thead button.sort').nth(1).click();
        },
      },
      {
        name: 'table',
        sizes: true,
        ready: '.table-view table',
        link: () => `v=2&tab=${TAB.table}`,
      },
      {
        name: 'share & download dialog',
        ready: '[data-testid="share-dialog"]',
        link: () => VIEW,
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
    name: 'phone',
    viewport: PHONE,
    states: [
      { name: 'phone', ready: 'header h1', link: () => '' },
      { name: 'phone, region selected', ready: '.region-panel', link: () => `r=${LUEYANG}` },
      { name: 'phone, comparison', ready: 'section.comparison table', link: () => COMPARE },
      { name: 'phone, table', ready: '.table-view table', link: () => `v=2&tab=${TAB.table}` },
    ],
  },
  {
    name: 'embedded',
    viewport: DESKTOP,
    reload: true,
    states: [
      { name: 'embedded', ready: '[data-testid="full-view"]', link: () => `${VIEW}&embed=1` },
    ],
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

  /** `link`'s query in `lang`. */
  const queryOf = (link: () => string, lang: Lang): string =>
    `?${[link(), `lang=${lang}`].filter(Boolean).join('&')}`;

  async function load(link: () => string, lang: Lang): Promise<void> {
    await gotoRetrying(page, `${inject('baseUrl')}${queryOf(link, lang)}`, retries);
    await waitForHeader(page);
    await waitForMapIdle(page);
  }

  /** Opens `link` as a new history entry of the loaded page, as Back and Forward do. */
  async function enter(link: () => string, lang: Lang): Promise<void> {
    await enterLink(page, queryOf(link, lang));
    await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
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
    if (state.sizes) await checkDesktopSizes(page, `${state.name} (${lang})`);
  }

  // A test per state, in order: a state reached by a click or a history entry starts from the
  // state before it, in the language that state was left in.
  let lang: Lang = 'zh';
  it.each(
    VISITS.flatMap((visit) => visit.states.map((state, n) => ({ visit, state, first: n === 0 }))),
  )('$visit.name: $state.name', async ({ visit, state, first }) => {
    if (first) {
      // One tab for every visit: a link opened in it is a fresh page, only the window is kept.
      await page.setViewportSize(visit.viewport);
      await page.emulateMedia({ media: 'screen' });
    }
    if (state.link) {
      lang = 'zh';
      await (first ? load : enter)(state.link, lang);
    }
    await state.reach?.(page);
    await check(state, lang);
    lang = other(lang);
    if (visit.reload && state.link) await load(state.link, lang);
    else {
      await page.getByTestId('lang-toggle').click();
      await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
    }
    await check(state, lang);
  });
});
