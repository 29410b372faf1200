import { describe, expect, it } from 'vitest';
import { sameCamera } from '../../../src/lib/map/camera';

describe('sameCamera', () => {
  const here = { center: [106.5, 29.4] as [number, number], zoom: 7 };
  it('treats a camera rounded for a link as the same one', () => {
    expect(sameCamera(here, { center: [106.50004, 29.39996], zoom: 7.004 })).toBe(true);
  });
  it('tells a moved camera apart', () => {
    expect(sameCamera(here, { center: [106.6, 29.4], zoom: 7 })).toBe(false);
    expect(sameCamera(here, { center: [106.5, 29.4], zoom: 7.5 })).toBe(false);
  });
});
