import { describe, expect, it } from 'vitest';
import { wrap } from '../../../src/lib/export/picture-shapes';

/** One unit per character, as a monospace font would measure. */
const chars = (s: string) => [...s].length;

describe('wrap', () => {
  it('keeps every line within the width, and every character', () => {
    const text = '浅色：重庆市整体的数值（区县本身无数值）';
    const lines = wrap(chars, text, 8);
    expect(lines.every((l) => chars(l) <= 8)).toBe(true);
    expect(lines.join('')).toBe(text);
  });

  it('never starts a line with a closing bracket or a stop: the character before goes down too', () => {
    // At 19 the closing bracket alone would make the second line, as the zh legend drew it.
    const text = '浅色：重庆市整体的数值（区县本身无数值）';
    expect(wrap(chars, text, 19)).toEqual(['浅色：重庆市整体的数值（区县本身无数', '值）']);
    expect(wrap(chars, '达到国家标准。未达到', 6)).toEqual(['达到国家标', '准。未达到']);
    for (const width of [3, 4, 5, 6, 7, 9, 11])
      for (const line of wrap(chars, `${text}，另见说明。`, width))
        expect(line, `at ${width}`).not.toMatch(/^[）。，]/u);
  });

  it('breaks English at spaces', () => {
    expect(wrap(chars, 'light: the figure for Chongqing', 12)).toEqual([
      'light: the',
      'figure for',
      'Chongqing',
    ]);
  });
});
