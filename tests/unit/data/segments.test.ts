import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/lib/data/segments';

describe('segmentText', () => {
  it('returns the whole text as one plain run without spans', () => {
    expect(segmentText('abc', [])).toEqual([{ start: 0, end: 3, text: 'abc', ids: [] }]);
  });

  it('marks a span and leaves the rest plain', () => {
    const segs = segmentText('新增学位27.8万个,有效', [{ id: 'f', start: 0, end: 10 }]);
    expect(segs.map((s) => [s.text, s.ids])).toEqual([
      ['新增学位27.8万个', ['f']],
      [',有效', []],
    ]);
  });

  it('splits overlapping spans and lists the innermost first', () => {
    const segs = segmentText('abcdefgh', [
      { id: 'outer', start: 1, end: 7 },
      { id: 'inner', start: 3, end: 5 },
    ]);
    expect(segs.map((s) => [s.text, s.ids])).toEqual([
      ['a', []],
      ['bc', ['outer']],
      ['de', ['inner', 'outer']],
      ['fg', ['outer']],
      ['h', []],
    ]);
  });

  it('ignores spans outside the text', () => {
    expect(segmentText('ab', [{ id: 'x', start: 1, end: 9 }])).toHaveLength(1);
  });

  it('always reassembles the original text, in order, whatever the spans', () => {
    const spans = fc.array(fc.record({ id: fc.string(), start: fc.nat(40), end: fc.nat(40) }), {
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), spans, (text, ss) => {
        const segs = segmentText(text, ss);
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
        expect(segmentText(text, [...ss].reverse())).toEqual(segs);
      }),
    );
  });
});
