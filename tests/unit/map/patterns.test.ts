import { describe, expect, it } from 'vitest';
import { addPatterns, HATCH_IMAGE, hatchTile } from '../../../src/lib/map/patterns';

const alphaAt = (tile: ReturnType<typeof hatchTile>, x: number, y: number) =>
  tile.data[(y * tile.width + x) * 4 + 3];

describe('hatchTile', () => {
  it('draws diagonal lines in the ink, transparent between', () => {
    const tile = hatchTile(8, 2, '#102030');
    expect(tile.data).toHaveLength(8 * 8 * 4);
    expect([...tile.data.slice(0, 4)]).toEqual([0x10, 0x20, 0x30, 200]);
    expect(alphaAt(tile, 7, 1)).toBe(200);
    expect(alphaAt(tile, 4, 0)).toBe(0);
    expect(alphaAt(tile, 3, 3)).toBe(0);
  });

  it('repeats without a seam: each row is the one above moved a pixel, wrapping at the edge', () => {
    const tile = hatchTile(8, 2);
    const opaque = (x: number, y: number) => alphaAt(tile, x % 8, y % 8) !== 0;
    for (let y = 0; y < 8; y++) {
      expect([...Array(8).keys()].filter((x) => opaque(x, y))).toHaveLength(2);
      for (let x = 0; x < 8; x++) expect(opaque(x, y + 1)).toBe(opaque(x + 1, y));
    }
  });
});

describe('addPatterns', () => {
  it('adds the hatching once', () => {
    const added: string[] = [];
    const map = {
      hasImage: (id: string) => added.includes(id),
      addImage: (id: string) => void added.push(id),
    };
    addPatterns(map as never);
    addPatterns(map as never);
    expect(added).toEqual([HATCH_IMAGE]);
  });
});
