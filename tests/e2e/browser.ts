/**
 * Debian's Chromium through playwright-core with software WebGL: one browser per test file, and
 * a fresh context of it (a profile of its own: cache, storage, service workers) for each
 * session. Every page of a session is under the shared guard: it records page errors, console
 * errors, requests to another origin and Content-Security-Policy violations, and fails the test
 * during which they happened (tests/e2e/setup.ts checks after each test) and the session's close.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

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
 * What the guard forbids, as recorded on every page (and service worker) of one session. Lines
 * start with the page's address; a console line ends with the file it is about, when another.
 */
export interface Guard {
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Requests to any origin but the app's (and those `allowOrigin` adds); not data: or blob:. */
  readonly foreignRequests: string[];
  /** One line per `securitypolicyviolation` event. */
  readonly cspViolations: string[];
  /** Lets requests to `origin` through too: another site's page that frames the app. */
  allowOrigin: (origin: string) => void;
  /**
   * Takes the errors and violations matching `pattern` out of the record and returns them: a
   * test that provokes them on purpose says which ones, and checks it got them if it cares.
   */
  excuse: (pattern: RegExp) => string[];
}

/** A browser context of its own, under the guard. */
export interface Session {
  context: BrowserContext;
  guard: Guard;
  /** Closes the context, then fails if the guard recorded anything since the last check. */
  close: () => Promise<void>;
}

/** The page-side name of the binding that reports violations to the test. */
const CSP_BINDING = '__atlasCspViolation';

/** Every session launched and not yet closed, for the check after each test. */
const openSessions = new Set<Session>();

/** Throws, listing them, if the guard recorded anything; starts its record over either way. */
function assertClean(guard: Guard): void {
  const found = (
    [
      ['page or console errors', guard.errors],
      ['requests to another origin', guard.foreignRequests],
      ['Content-Security-Policy violations', guard.cspViolations],
    ] as const
  )
    .filter(([, lines]) => lines.length > 0)
    .map(([what, lines]) => `${what}:\n  ${lines.splice(0).join('\n  ')}`);
  if (found.length > 0) throw new Error(`the guard saw\n${found.join('\n')}`);
}

/** Fails if any open session's guard recorded anything; run after every e2e test. */
export function checkOpenSessions(): void {
  for (const session of openSessions) assertClean(session.guard);
}

function guardContext(context: BrowserContext, origin: string): Guard {
  const origins = new Set([new URL(origin).origin]);
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const cspViolations: string[] = [];
  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const at = msg.page()?.url() ?? 'worker';
    // A failed load names its file only in the message's location.
    const file = msg.location().url;
    errors.push(`${at}: ${msg.text()}${file && file !== at ? ` (${file})` : ''}`);
  });
  context.on('weberror', (e) =>
    errors.push(`${e.page()?.url() ?? 'worker'}: ${e.error().message}`),
  );
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (!origins.has(url.origin)) foreignRequests.push(req.url());
  });
  return {
    errors,
    foreignRequests,
    cspViolations,
    allowOrigin: (o) => void origins.add(new URL(o).origin),
    excuse: (pattern) =>
      [errors, cspViolations].flatMap((lines) => {
        const taken = lines.filter((line) => pattern.test(line));
        const kept = lines.filter((line) => !pattern.test(line));
        lines.splice(0, lines.length, ...kept);
        return taken;
      }),
  };
}

/**
 * The browser of one `describe` block: launched (in `locale`) before its tests and closed after
 * them. Its `context` and `guard` are read in the tests, once `beforeAll` has launched it.
 */
export function blockSession(locale = 'zh-CN'): Pick<Session, 'context' | 'guard'> {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch(locale);
  });
  afterAll(async () => {
    await session?.close();
  });
  const launched = (): Session => {
    if (!session) throw new Error("the block's browser is launched in beforeAll");
    return session;
  };
  return {
    get context() {
      return launched().context;
    },
    get guard() {
      return launched().guard;
    },
  };
}

let browser: Promise<Browser> | undefined;

/** The test file's browser, launched on first use. */
function fileBrowser(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
  return browser;
}

/** Closes the test file's browser, if it was launched (tests/e2e/setup.ts, after the file). */
export async function closeBrowser(): Promise<void> {
  const launched = browser;
  browser = undefined;
  await (await launched)?.close();
}

/** How a session's pages differ from a first-time reader's defaults. */
export interface SessionOptions {
  /** The reader's `prefers-reduced-motion`. */
  motion?: 'reduce' | 'no-preference';
  /**
   * Whether the app's service worker may register. Installing it precaches the whole app again
   * (700 KiB compressed, 2.8 MB in the cache), about 2 s of CPU for each fresh session, a fifth
   * of the journeys' run, and a journey reads the network either way: so only the files that
   * test the worker (offline, update, broken files kept) and the bench let it in.
   */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * A new session: a fresh context of the file's browser, as new as a fresh profile and about a
 * fifth of the time of a launch. `locale` sets navigator.languages, which picks the app's first
 * language; `origin` is the one the pages may ask (the app's, from the global setup, unless a
 * test serves its own copy). `motion` is the reader's `prefers-reduced-motion`: reduced for the
 * tests (see below), as the reader's default for the bench, which times the map's own easing.
 * `serviceWorkers`: blocked unless a test or the bench asks for them (see below).
 */
export async function launch(
  locale = 'zh-CN',
  origin = inject('baseUrl'),
  { motion = 'reduce', serviceWorkers = 'block' }: SessionOptions = {},
): Promise<Session> {
  // Reduced motion, in the tests: MapLibre then frames a region at once instead of easing for half
  // a second, each frame of which software WebGL draws on the CPU (8 % of the e2e run). What is
  // tested is where the map ends, not the way there; the timeline's motion has its unit tests.
  const context = await (
    await fileBrowser()
  ).newContext({
    viewport: { width: 1280, height: 800 },
    locale,
    reducedMotion: motion,
    serviceWorkers,
  });
  const guard = guardContext(context, origin);
  await context.exposeBinding(CSP_BINDING, (_source, line: string) => {
    guard.cspViolations.push(line);
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
  const session: Session = {
    context,
    guard,
    close: async () => {
      openSessions.delete(session);
      await context.close();
      assertClean(guard);
    },
  };
  openSessions.add(session);
  return session;
}

/** Resolves once the page has called performance.mark('map-idle'). */
export async function waitForMapIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout,
    polling: 100,
  });
}

export type { Page };
