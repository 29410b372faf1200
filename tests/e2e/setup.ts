/**
 * Runs in every e2e file: waits until the app the global setup builds is served; after each
 * test, the shared guard fails it if any open session saw a page error, a console error, a
 * request to another origin or a Content-Security-Policy violation (browser.ts records them on
 * every page); after the file, closes the file's browser.
 */
import { afterAll, afterEach, inject } from 'vitest';
import { checkOpenSessions, closeBrowser } from './browser';

/** Asks until the server answers (it holds the request while the build runs). */
async function appBuilt(statusUrl: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(statusUrl);
      if (res.ok) return;
      throw new Error(`the app did not build:\n${await res.text()}`);
    } catch (err) {
      // fetch's own failure (a TypeError) is a timeout while the build runs on: ask again.
      if (!(err instanceof TypeError) || attempt >= 3) throw err;
    }
  }
}

await appBuilt(inject('buildStatusUrl'));

afterEach(() => {
  checkOpenSessions();
});

afterAll(closeBrowser);
