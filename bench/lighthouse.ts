/**
 * Lighthouse (npm, pinned to 12.2.3, the last that runs on Node 20) with its default mobile
 * settings on Debian's Chromium, offline: one fresh browser per page, started here with a
 * debugging port and ended by its own process id.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';

/** The flags of ../shared/tools/README.md for WebGL without a GPU, headless. */
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export interface LighthouseScores {
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Milliseconds. */
  totalBlockingTime: number;
  firstContentfulPaint: number;
  largestContentfulPaint: number;
}

async function withChromium<T>(use: (port: number) => Promise<T>): Promise<T> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lighthouse-'));
  const chrome = spawn(
    '/usr/bin/chromium',
    [...FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error('Chromium gave no debugging port')), 60_000);
      chrome.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
      chrome.once('exit', () => reject(new Error(`Chromium ended: ${seen.slice(-300)}`)));
    });
    return await use(port);
  } finally {
    chrome.kill();
    await new Promise((done) =>
      chrome.exitCode !== null ? done(null) : chrome.once('exit', done),
    );
    // Chromium's helpers may still be writing to the profile just after it exits.
    fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
}

/** One Lighthouse run of `url` in a fresh browser. */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
  return withChromium(async (port) => {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`${runtimeError.code}: ${runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const ms = (id: string) => audits[id]?.numericValue ?? NaN;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      totalBlockingTime: ms('total-blocking-time'),
      firstContentfulPaint: ms('first-contentful-paint'),
      largestContentfulPaint: ms('largest-contentful-paint'),
    };
  });
}
