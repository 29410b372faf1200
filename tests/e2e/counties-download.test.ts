/**
 * The all-China counties' download, in Chromium on the built app: while the file is held back
 * the layer says how much has arrived and the rest of the map stays usable; a failed download
 * says so under the layer, and its button fetches the file again and draws it. In zh, then en.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Route } from 'playwright-core';
import { GEO_FILES } from '../../src/lib/domain/geometry';
import { LANGS, type Lang } from '../../src/lib/i18n/lang';
import { launch, waitForMapIdle, type Session } from './browser';
import { regionOption, selectedInList, waitForHeader } from './journey-helpers';
import { countyLines } from './offline-helpers';

const WORDS = {
  zh: { progress: '县界下载中：已收到 0.0 MB', failed: '县界下载失败', retry: '重试' },
  en: {
    progress: 'Downloading county borders: 0.0 MB received',
    failed: 'The county borders could not be downloaded',
    retry: 'Try again',
  },
} as const satisfies Record<Lang, unknown>;

describe('the all-China counties while they download', () => {
  const base = inject('baseUrl');
  let session: Session | null = null;
  afterEach(async () => {
    await session?.close();
    session = null;
  });

  it.each(LANGS)('show progress, then a failure and a retry that works (%s)', async (lang) => {
    session = await launch(lang === 'zh' ? 'zh-CN' : 'en-US');
    const pattern = `**/${GEO_FILES.counties}`;
    let held: (route: Route) => void = () => {};
    const request = new Promise<Route>((resolve) => (held = resolve));
    await session.context.route(pattern, (route) => held(route));
    const page = await session.context.newPage();
    await page.goto(`${base}?l=boundaries,labels,counties&c=107,30,5&lang=${lang}`);
    await waitForHeader(page);
    const route = await request;

    // Held back: the layer says what has arrived (nothing yet, size not known before headers).
    const status = page.getByTestId('counties-progress');
    await expect.poll(() => status.textContent().then((t) => t?.trim())).toBe(WORDS[lang].progress);
    // The rest of the map works meanwhile: it draws and a region can be chosen.
    await waitForMapIdle(page);
    await regionOption(page, '500101').click();
    await expect.poll(() => selectedInList(page)).toBe('500101');

    await route.fulfill({ status: 503, body: 'Service Unavailable' });
    const failed = page.getByTestId('counties-failed');
    await failed.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await failed.textContent()).toContain(WORDS[lang].failed);
    expect(await failed.textContent()).toContain(`${GEO_FILES.counties}: HTTP 503`);
    expect(await countyLines(page)).toBe(0);

    await session.context.unroute(pattern);
    await page.getByRole('button', { name: WORDS[lang].retry }).click();
    await expect.poll(() => countyLines(page), { timeout: 90_000 }).toBeGreaterThan(0);
    expect(await page.getByTestId('counties-failed').count()).toBe(0);
    expect(await page.getByTestId('counties-progress').count()).toBe(0);
    // The browser's own line about the 503 is the only error the guard lets through.
    session.guard.excuse(/503/);
  });
});
