/**
 * Launches Debian's Chromium through playwright-core with software WebGL and a fresh profile,
 * and records what the browser tests check on every page: console errors, foreign requests and
 * Content-Security-Policy violations (these for every page of the session, failing its close).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/**
 * A browser on a throwaway profile; `close` removes the profile too, then throws if any page
 * of the session reported a Content-Security-Policy violation.
 */
export interface Session {
  context: BrowserContext;
  /** One line per `securitypolicyviolation` event, from every page of the session. */
  cspViolations: string[];
  close: () => Promise<void>;
}

/** The page-side name of the binding that reports violations to the test. */
const CSP_BINDING = '__atlasCspViolation';

/**
 * The browser of one `describe` block: launched (in `locale`) before its tests and closed after
 * them. Its `context` is read in the tests, once `beforeAll` has launched it.
 */
export function blockSession(locale = 'zh-CN'): { readonly context: BrowserContext } {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(locale);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get context() {
      if (!session) throw new Error("the block's browser is launched in beforeAll");
      return session.context;
    },
  };
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
  const cspViolations: string[] = [];
  await context.exposeBinding(CSP_BINDING, (_source, line: string) => {
    cspViolations.push(line);
  });
  // Registered before any page script runs, so a violation during loading is caught too.
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as Record<string, (line: string) => void>)[binding];
      report?.(
        `${location.href}: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}` +
          ` at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
      );
    });
  }, CSP_BINDING);
  return {
    context,
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (cspViolations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
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
