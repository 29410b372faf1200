import { describe, expect, it } from 'vitest';
import { convertSegments, loadSimplifier } from '../../../src/lib/data/simplify';

describe('loadSimplifier', () => {
  it('turns traditional characters into simplified ones', async () => {
    const convert = await loadSimplifier();
    expect(convert('健全完善集團化辦學退出機制')).toBe('健全完善集团化办学退出机制');
  });

  it('converts segment by segment, keeping their offsets', async () => {
    const convert = await loadSimplifier();
    const out = convertSegments([{ text: '銀川', start: 0, end: 2 }], convert);
    expect(out).toEqual([{ text: '银川', start: 0, end: 2 }]);
  });
});
