/**
 * What the share & download journeys share: the view they open, its 新增学位 sentence, a
 * download read back, and a PNG's size and colours.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { atlas } from './journey-helpers';

export const BANAN = '500113';
export const PLACES = 'new-school-places';
/** 巴南区 with the 新增学位 layer on. */
export const VIEW = `r=${BANAN}&l=boundaries,labels,i.${PLACES}&i=${PLACES}`;

/** 巴南区's 新增学位 sentence, which the downloads must carry verbatim. */
export function bananPlaces() {
  const fact = atlas()
    .factsByRegion.get(BANAN as never)
    ?.find((f) => f.indicator === PLACES);
  if (!fact) throw new Error(`dataset has no ${PLACES} fact for ${BANAN}`);
  return fact;
}

/** Clicks the button of `testId` and reads the file it downloads. */
export async function downloaded(
  page: Page,
  testId: string,
): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Distinct colours among a sample of a PNG's pixels, decoded by the browser. */
export function pngColours(
  page: Page,
  png: Buffer,
): Promise<{ width: number; height: number; colours: number; white: number }> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    let white = 0;
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 97) {
      n++;
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 250 && g > 250 && b > 250) white++;
      seen.add((r << 16) | (g << 8) | b);
    }
    return { width: c.width, height: c.height, colours: seen.size, white: white / n };
  }, png.toString('base64'));
}

/** A PNG's width and height, from its IHDR chunk (big-endian, at bytes 16 and 20). */
export const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
