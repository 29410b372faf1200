/**
 * Launches Debian's Chromium through playwright-core with software WebGL and a fresh profile,
 * and records what the browser tests check on every page: console errors and foreign requests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/** A browser on a throwaway profile; `close` removes the profile too. */
export interface Session {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** `locale` sets navigator.languages, which picks the app's first language. */
export async function launch(locale = 'zh-CN'): Promise<Session> {
  const profile = mkdtempSync(path.join(tmpdir(), 'atlas-chromium-'));
  // A persistent context is how playwright takes a --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 800 },
    locale,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that the tests forbid. */
export interface PageLog {
  errors: string[];
  foreignRequests: string[];
}

/** Records console errors, uncaught exceptions and requests to any origin but `origin`. */
export function watch(page: Page, origin: string): PageLog {
  const log: PageLog = { errors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
  });
  page.on('pageerror', (err) => log.errors.push(err.message));
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) log.foreignRequests.push(req.url());
  });
  return log;
}

/** Resolves once the page has called performance.mark('map-idle'). */
export async function waitForMapIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout,
    polling: 100,
  });
}

export type { Page };
