import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LEGEND_INSET_PX, NO_INSET } from '../../../src/lib/map/camera';
import { firstFraming } from '../../../src/lib/state/url-first-view';

const square = (x: number, y: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 1, y],
      [x + 1, y + 1],
      [x, y],
    ],
  ],
});
const counties = [square(106, 29), square(108, 31)];
const byCode = new Map<string, Geometry>([
  ['500113', square(106, 29)],
  ['610727', square(108, 31)],
]);
const frame = (search: string) => firstFraming(search, 'zh', counties, byCode, false);

describe('firstFraming', () => {
  it('fits the focus counties when the link names no place', () => {
    expect(frame('')).toEqual({
      framing: {
        bounds: [
          [106, 29],
          [109, 32],
        ],
        inset: NO_INSET,
      },
      regionOpen: false,
    });
    expect(frame('?l=boundaries,labels,i.new-school-places&y=2021&lang=en')).toEqual(frame(''));
  });

  it('fits the region a link selects by its code', () => {
    expect(frame('?r=610727')).toEqual({
      framing: {
        bounds: [
          [108, 31],
          [109, 32],
        ],
        inset: NO_INSET,
      },
      regionOpen: true,
    });
    // A link from before versions spelled the key out.
    expect(frame('?region=610727')).toEqual(frame('?r=610727'));
  });

  it('keeps clear of the legend where one opens: a drawn layer, or the first view', () => {
    const wide = (search: string) => {
      const framing = firstFraming(search, 'zh', counties, byCode, true)?.framing;
      return framing && 'inset' in framing ? framing.inset.left : null;
    };
    expect(wide('')).toBe(LEGEND_INSET_PX);
    expect(wide('?l=boundaries,labels,i.new-school-places')).toBe(LEGEND_INSET_PX);
    expect(wide('?l=boundaries,labels')).toBe(0);
    // A link of version 1 without layers had no legend then, and has none now.
    expect(wide('?v=1&r=610727')).toBe(0);
    expect(wide('?v=2&r=610727')).toBe(LEGEND_INSET_PX);
    // Without v a link is of the current version: its first view has the family layer.
    expect(wide('?lang=en')).toBe(LEGEND_INSET_PX);
    expect(wide('?region=610727')).toBe(0);
  });

  it("takes the link's camera over its region", () => {
    expect(frame('?r=610727&c=106.5,29.5,8')).toEqual({
      framing: { camera: { center: [106.5, 29.5], zoom: 8 } },
      regionOpen: true,
    });
  });

  it('draws nothing when only the dataset can say where a region is', () => {
    expect(frame('?r=略阳')).toBeNull();
    expect(frame('?r=999999')).toBeNull();
  });
});
