import { describe, expect, it } from 'vitest';
import { NO_DATA, categoricalColour, rampColours } from '../../../src/lib/scales/color';

describe('rampColours', () => {
  it('gives n distinct colours, none of them the no-data grey', () => {
    const cs = rampColours('share', 5);
    expect(new Set(cs).size).toBe(5);
    expect(cs).not.toContain(NO_DATA.fill);
  });

  it('uses a different ramp for coefficients, where lower is better', () => {
    expect(rampColours('coefficient', 3)).not.toEqual(rampColours('share', 3));
  });

  it('handles one and zero classes', () => {
    expect(rampColours('share', 1)).toHaveLength(1);
    expect(rampColours('share', 0)).toEqual([]);
  });
});

describe('categoricalColour', () => {
  it('cycles the palette', () => {
    expect(categoricalColour(7)).toBe(categoricalColour(0));
    expect(categoricalColour(1)).not.toBe(categoricalColour(0));
  });
});
