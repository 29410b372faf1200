/**
 * A new release while a page is open, in Chromium on a copy of the build: the server starts
 * sending a new version (a changed dataset, so a new service worker); the open page keeps the
 * version it runs and offers a reload, and after the reload it runs the new one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DATASET_URL } from '../../src/lib/data/load';
import { launch, waitForMapIdle, type Page, type Session } from './browser';
import { shoot, waitForHeader } from './journey-helpers';
import { serveCopy, waitForServiceWorker, type ServedCopy } from './offline-helpers';

/** Writes a file with its brotli and gzip copies, as the build leaves them for the server. */
function publish(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

/**
 * Publishes a new version into `dir` as a build would: the dataset changes (one more byte,
 * the same data), and so does its revision in the service worker's precache list.
 */
function publishNewVersion(dir: string): number {
  const dataset = join(dir, DATASET_URL);
  const next = `${readFileSync(dataset, 'utf8')}\n`;
  publish(dataset, next);
  const sw = join(dir, 'sw.js');
  const pattern = new RegExp(`(url:"${DATASET_URL}",revision:")[^"]+"`);
  const before = readFileSync(sw, 'utf8');
  if (!pattern.test(before)) throw new Error(`sw.js does not precache ${DATASET_URL}`);
  publish(sw, before.replace(pattern, '$1next-release"'));
  return next.length;
}

/** The length of the dataset the page gets, through its service worker. */
const datasetLength = (page: Page) =>
  page.evaluate(async (url) => (await (await fetch(url)).text()).length, DATASET_URL);

describe('a new version', () => {
  let copy: ServedCopy;
  let session: Session;
  let page: Page;

  beforeAll(async () => {
    copy = await serveCopy(inject('distDir'));
    // The pages ask the copy's origin, not the global setup's server.
    session = await launch('zh-CN', copy.url, { serviceWorkers: 'allow' });
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await copy?.close();
  });

  it('is offered as a reload, and runs once the reader accepts', async () => {
    await page.goto(copy.url);
    await waitForMapIdle(page);
    await waitForServiceWorker(page);
    const prompt = page.getByTestId('update-prompt');
    expect(await prompt.count()).toBe(0);
    const oldLength = await datasetLength(page);

    const newLength = publishNewVersion(copy.dir);
    // Navigating makes the browser look for a new worker; it installs and then waits.
    await page.reload();
    await waitForHeader(page);
    await prompt.waitFor({ state: 'visible', timeout: 60_000 });
    // Until the reader says so, the page keeps the version it runs: the old dataset.
    expect(await datasetLength(page)).toBe(oldLength);
    await shoot(page, 'update-prompt');

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: /Reload/ }).click();
    await reloaded;
    await waitForMapIdle(page);
    expect(await prompt.count()).toBe(0);
    expect(await datasetLength(page)).toBe(newLength);
  });
});
